import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSharedText } from '../fixtures/outcome/shared-texts.js';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { createOrganisation, inviteAndAccept, OTHER_ADMIN, VIEWER } from '../factories.js';
import { setUpInstance, type TestClient } from '../http-client.js';

// Slovenia's 4th review (28 January 2025, A/HRC/59/15: 254 recommendations "to be examined";
// Add.1: 217 supported, 37 noted; adopted at HRC 59, which opened on 16 June 2025), from the
// real texts of ../shared/data, with a campaign whose asks paraphrase 140.18/140.19 (the
// Ombudsman) and 140.75 (the "erased").
const report = readSharedText('upr_wg_report_texts/A_HRC_59_15_Slovenia_section_II.txt');
const addendum = readSharedText('upr_wg_report_texts/A_HRC_59_15_Add.1_Slovenia.txt');

const OMBUDSMAN = 'Guarantee the independence of the Human Rights Ombudsman and give the Office the financial autonomy it needs.';
const ERASED =
  'Adopt a law that restores permanent residence and full legal status to all persons "erased" from the register of permanent residents in 1992.';

interface Rec {
  id: string;
  paragraph: string;
  response: string | null;
  ofInterest: boolean;
  lobby: boolean;
  monitored: boolean;
}

describe.skipIf(!report || !addendum).each(ENGINES)('outcome: import, responses, lobbying, matching, thanks (%s)', (engine) => {
  let server: TestServer;
  let admin: TestClient;
  let campaignId: string;
  const base = () => `/api/campaigns/${campaignId}/outcome`;
  const outcome = async () => (await admin.get(base())).body;
  const rec = async (paragraph: string): Promise<Rec> => (await outcome()).recommendations.find((r: Rec) => r.paragraph === paragraph);

  async function saveReport() {
    const preview = await admin.post(`${base()}/preview`, { text: report });
    expect(preview.status).toBe(200);
    const recommendations = preview.body.recommendations.map(
      (r: { paragraph: string; text: string; recommendingStates: string[]; response: string | null }) => ({
        paragraph: r.paragraph,
        text: r.text,
        recommendingStates: r.recommendingStates,
        response: r.response,
      }),
    );
    return { preview: preview.body, recommendations, saved: await admin.put(base(), { documentSymbol: 'A/HRC/59/15', recommendations }) };
  }

  beforeEach(async () => {
    server = await createTestServer(engine, { today: '2025-02-03' });
    admin = await setUpInstance(server, 'Slovenian Human Rights Network');
    campaignId = (await admin.post('/api/campaigns', { stateIso3: 'SVN', reviewDate: '2025-01-28' })).body.id;
    expect((await admin.post(`/api/campaigns/${campaignId}/targets`, { iso3: ['IRL', 'CAN', 'FRA', 'KAZ'] })).status).toBe(200);
    for (const [title, tags, ask] of [
      ['An independent Ombudsman', ['NHRI'], OMBUDSMAN],
      ['The "erased"', ['Minorities'], ERASED],
    ] as const) {
      const created = await admin.post(`/api/campaigns/${campaignId}/key-issues`, { title, uprInfoIssues: tags, recommendations: [ask] });
      expect(created.status).toBe(201);
    }
  });
  afterEach(async () => server.dispose());

  it('previews the report, saves the corrected list all or nothing, and replaces it only when confirmed', async () => {
    const { preview, recommendations, saved } = await saveReport();
    expect(preview.recommendations).toHaveLength(254);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ total: 254, added: 254, updated: 0, removed: 0 });
    const o = await outcome();
    expect(o).toMatchObject({
      import: { documentSymbol: 'A/HRC/59/15' },
      adoption: { date: '2025-06-16' },
      counts: { total: 254, byResponse: { pending: 254 } },
    });
    expect(o.recommendations.find((r: Rec & { recommendingStates: string[] }) => r.paragraph === '140.75').recommendingStates).toEqual([
      'IRL',
    ]);

    const again = await admin.put(base(), { documentSymbol: 'A/HRC/59/15', recommendations });
    expect(again.status).toBe(409);
    expect(again.body.error.details.issues).toEqual([{ path: 'replace', message: 'confirm-replace' }]);
    const corrected = recommendations
      .slice(0, 253)
      .map((r: { paragraph: string; text: string }) => (r.paragraph === '140.1' ? { ...r, text: `${r.text} ` } : r));
    corrected[1] = { ...corrected[1], text: 'Ratify the Migrant Workers Convention (Egypt);' };
    const id2 = (await rec('140.2')).id;
    const replaced = await admin.put(base(), { documentSymbol: 'A/HRC/59/15', replace: true, recommendations: corrected });
    expect(replaced.body).toMatchObject({ total: 253, added: 0, updated: 1, removed: 1 });
    expect((await rec('140.2')).id).toBe(id2);
    expect(await rec('140.254')).toBeUndefined();
  });

  it('refuses bad lists with a field path and stores nothing', async () => {
    const one = { paragraph: '140.1', text: 'Ratify the Convention (Chile);', recommendingStates: ['CHL'] };
    const cases: [unknown, string][] = [
      [{ documentSymbol: 'A/HRC/59/15', recommendations: [one, one] }, 'recommendations.1.paragraph'],
      [
        { documentSymbol: 'A/HRC/59/15', recommendations: [{ ...one, recommendingStates: ['XYZ'] }] },
        'recommendations.0.recommendingStates.0',
      ],
      [{ documentSymbol: 'A/HRC/59/15', recommendations: [{ ...one, paragraph: 'one' }] }, 'recommendations.0.paragraph'],
      [{ documentSymbol: 'A/HRC/59/15', recommendations: [{ ...one, response: 'accepted' }] }, 'recommendations.0.response'],
      [{ documentSymbol: '', recommendations: [one] }, 'documentSymbol'],
      [{ documentSymbol: 'A/HRC/59/15', recommendations: [] }, 'recommendations'],
    ];
    for (const [body, path] of cases) {
      const r = await admin.put(base(), body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.details.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
    expect((await admin.post(`${base()}/preview`, { text: '' })).status).toBe(400);
    const emptyAddendum = await admin.post(`${base()}/responses`, { text: '', dryRun: 'yes' });
    expect(emptyAddendum.status).toBe(400);
    expect(emptyAddendum.body.error.details.issues.map((i: { path: string }) => i.path)).toEqual(['text', 'dryRun']);
    expect((await admin.post(`${base()}/responses`, { text: addendum })).status).toBe(409);
    expect((await admin.post(`${base()}/matches/suggest`)).status).toBe(409);
    expect(
      (await admin.request('POST', `${base()}/preview?fileName=report.rtf`, 'x', { 'content-type': 'application/octet-stream' })).status,
    ).toBe(400);
    expect((await outcome()).import).toBeNull();
  });

  it('reads a report uploaded as a file', async () => {
    const r = await admin.request('POST', `${base()}/preview?fileName=A_HRC_59_15.txt`, report!, { 'content-type': 'text/plain' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ source: { fileName: 'A_HRC_59_15.txt', kind: 'txt' } });
    expect(r.body.recommendations).toHaveLength(254);
  });

  it('imports the Add.1 responses (217 supported, 37 noted); a dry run changes nothing', async () => {
    await saveReport();
    const dry = await admin.post(`${base()}/responses`, { text: addendum, dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({
      dryRun: true,
      stated: { supported: 217, noted: 37 },
      counts: { supported: 217, noted: 37 },
      changed: 254,
    });
    expect((await outcome()).counts.byResponse.pending).toBe(254);
    const applied = await admin.request('POST', `${base()}/responses?fileName=Add1.txt`, addendum!, { 'content-type': 'text/plain' });
    expect(applied.body).toMatchObject({ dryRun: false, changed: 254 });
    expect((await outcome()).counts.byResponse).toMatchObject({ supported: 217, noted: 37, pending: 0 });
    expect(await rec('140.75')).toMatchObject({ response: 'noted', lobby: false });
    expect((await admin.post(`${base()}/responses`, { text: addendum })).body).toMatchObject({ changed: 0, unchanged: 254 });
  });

  it('lobbies on a noted recommendation of interest until a week before adoption; once supported it is monitored instead', async () => {
    await saveReport();
    await admin.post(`${base()}/responses`, { text: addendum });
    const erased = await rec('140.75');
    const followed = await admin.patch(`${base()}/recommendations/${erased.id}`, { ofInterest: true });
    expect(followed.body).toMatchObject({
      recommendation: { response: 'noted', ofInterest: true, lobby: true, monitored: false },
      lobbyTasks: { created: 1 },
    });
    const [task] = (await admin.get(`${base()}/tasks`)).body;
    // HRC 59 opens on 16 June 2025: the task is due on 9 June, before the adoption.
    expect(task).toMatchObject({ kind: 'lobby', stateIso3: 'SVN', paragraph: '140.75', dueDate: '2025-06-09', doneAt: null });
    expect((await admin.get('/api/outcome-reminders')).body.upcoming).toEqual([]);
    server.clock.set('2025-06-01');
    expect((await admin.get('/api/outcome-reminders')).body.upcoming.map((t: { id: string }) => t.id)).toEqual([task.id]);

    const supported = await admin.patch(`${base()}/recommendations/${erased.id}`, { response: 'supported' });
    expect(supported.body).toMatchObject({
      recommendation: { response: 'supported', lobby: false, monitored: true },
      lobbyTasks: { removed: 1 },
    });
    expect((await admin.get(`${base()}/tasks`)).body).toEqual([]);
    expect((await admin.get(`/api/campaigns/${campaignId}/monitoring`)).body.recommendations.map((r: Rec) => r.paragraph)).toEqual([
      '140.75',
    ]);
  });

  it('a pending recommendation of interest is lobbied on too; none are made after the adoption', async () => {
    await saveReport();
    const omb = await rec('140.18');
    expect((await admin.patch(`${base()}/recommendations/${omb.id}`, { ofInterest: true })).body.lobbyTasks.created).toBe(1);
    server.clock.set('2025-06-17');
    const late = await rec('140.19');
    expect((await admin.patch(`${base()}/recommendations/${late.id}`, { ofInterest: true })).body.lobbyTasks.created).toBe(0);
    expect((await admin.patch(`${base()}/recommendations/${late.id}`, { response: 'maybe' })).status).toBe(400);
  });

  it('suggests matches, takes decisions, scores our asks and thanks the targets that delivered', async () => {
    await saveReport();
    await admin.post(`${base()}/responses`, { text: addendum });
    const suggested = await admin.post(`${base()}/matches/suggest`);
    expect(suggested.status).toBe(200);
    const asks = suggested.body.matches.filter((m: { askIndex: number | null }) => m.askIndex === 0);
    const top = (text: string) => asks.filter((m: { askText: string }) => m.askText === text);
    expect(
      top(OMBUDSMAN)
        .slice(0, 2)
        .map((m: { paragraph: string }) => m.paragraph)
        .sort(),
    ).toEqual(['140.18', '140.19']);
    expect(top(OMBUDSMAN)[0].level).toBe('high');
    expect(top(ERASED)[0]).toMatchObject({ paragraph: '140.75', level: 'high' });
    expect(suggested.body.matches.map((m: { paragraph: string }) => m.paragraph)).not.toContain('140.1');

    const decide = (m: { id: string }, status: string) => admin.patch(`${base()}/matches/${m.id}`, { status });
    const [m18, m19] = top(OMBUDSMAN);
    expect((await decide(top(ERASED)[0], 'confirmed')).body).toMatchObject({ status: 'confirmed', paragraph: '140.75' });
    await decide(m18, 'confirmed');
    await decide(m19, 'rejected');
    expect((await decide(m19, 'accepted')).status).toBe(400);
    // Confirming made 140.75 (noted) of interest: a lobbying task follows.
    expect(await rec('140.75')).toMatchObject({ ofInterest: true, lobby: true });

    const again = (await admin.post(`${base()}/matches/suggest`)).body;
    expect(again.decided).toBe(3);
    expect(again.matches.find((m: { id: string }) => m.id === m19.id).status).toBe('rejected');

    const board = (await admin.get(`${base()}/scoreboard`)).body;
    expect(board.totals).toMatchObject({ asks: 2, asksMade: 2, targets: 4, targetsDelivered: 1 });
    const erasedAsk = board.issues.find((i: { title: string }) => i.title === 'The "erased"').asks[0];
    expect(erasedAsk).toMatchObject({ made: true, states: ['IRL'], targetsDelivered: ['IRL'] });
    expect(board.targets.find((t: { iso3: string }) => t.iso3 === 'FRA')).toMatchObject({ delivered: false });

    const thanks = await admin.post(`${base()}/thank-tasks`);
    expect(thanks.body.created).toEqual([
      expect.objectContaining({ kind: 'thank', stateIso3: 'IRL', stateName: 'Ireland', dueDate: '2025-02-10' }),
    ]);
    expect((await admin.post(`${base()}/thank-tasks`)).body).toEqual({ created: [], existing: 1 });
    expect((await admin.get(`${base()}/scoreboard`)).body.thanked).toEqual(['IRL']);
    const thank = thanks.body.created[0];
    expect((await admin.patch(`${base()}/tasks/${thank.id}`, { done: true, note: 'Letter to the embassy' })).status).toBe(204);
    expect((await admin.get(`${base()}/tasks?includeDone=true`)).body.find((t: { id: string }) => t.id === thank.id).doneAt).not.toBeNull();
    const badTask = await admin.patch(`${base()}/tasks/${thank.id}`, { dueDate: '2025-13-01' });
    expect(badTask.status).toBe(400);
    expect(badTask.body.error.details.issues[0].path).toBe('dueDate');

    const actions = (await admin.get('/api/audit')).body.map((e: { action: string }) => e.action);
    for (const a of [
      'outcome.import',
      'outcome.responses.import',
      'outcome.matches.suggest',
      'outcome.match.decide',
      'outcome.thank-tasks.create',
      'outcome.task.update',
    ]) {
      expect(actions).toContain(a);
    }
    // Deleting a key issue takes its matches along; deleting the campaign takes everything.
    const erasedIssue = board.issues.find((i: { title: string }) => i.title === 'The "erased"').keyIssueId;
    expect((await admin.delete(`/api/campaigns/${campaignId}/key-issues/${erasedIssue}`)).status).toBe(204);
    expect((await admin.get(`${base()}/scoreboard`)).body.totals).toMatchObject({ asks: 1, targetsDelivered: 0 });
    expect((await admin.delete(`/api/campaigns/${campaignId}`)).status).toBe(204);
    expect((await admin.get(base())).status).toBe(404);
  });

  it('answers 404 to another organisation on every route, and 403 to a viewer on writes', async () => {
    await saveReport();
    const { matches } = (await admin.post(`${base()}/matches/suggest`)).body;
    const recId = (await rec('140.75')).id;
    await admin.patch(`${base()}/recommendations/${recId}`, { ofInterest: true });
    const taskId = (await admin.get(`${base()}/tasks`)).body[0].id;
    const routes: [string, string, unknown?][] = [
      ['GET', base()],
      ['POST', `${base()}/preview`, { text: report }],
      ['PUT', base(), { documentSymbol: 'X', replace: true, recommendations: [{ paragraph: '1.1', text: 'x', recommendingStates: [] }] }],
      ['PATCH', `${base()}/recommendations/${recId}`, { ofInterest: false }],
      ['POST', `${base()}/responses`, { text: addendum }],
      ['POST', `${base()}/matches/suggest`, {}],
      ['PATCH', `${base()}/matches/${matches[0].id}`, { status: 'rejected' }],
      ['GET', `${base()}/scoreboard`],
      ['POST', `${base()}/thank-tasks`, {}],
      ['GET', `${base()}/tasks`],
      ['PATCH', `${base()}/tasks/${taskId}`, { done: true }],
    ];
    const other = (await createOrganisation(server, 'Other NGO', OTHER_ADMIN)).client;
    for (const [method, url, body] of routes) expect((await other.request(method, url, body)).status, `${method} ${url}`).toBe(404);
    expect((await other.get('/api/outcome-reminders')).body.upcoming).toEqual([]);
    const viewer = (await inviteAndAccept(server, admin, VIEWER, 'viewer')).client;
    for (const [method, url, body] of routes) {
      const expected = method === 'GET' || url.endsWith('/preview') ? 200 : 403;
      expect((await viewer.request(method, url, body)).status, `${method} ${url}`).toBe(expected);
    }
    expect((await rec('140.75')).ofInterest).toBe(true);
  });
});
