import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { createOrganisation, inviteAndAccept, OTHER_ADMIN, VIEWER } from '../factories.js';
import { setUpInstance, type TestClient } from '../http-client.js';

// Implementation monitoring two years after Slovenia's review of 28 January 2025 (mid-term
// report time), on three recommendations in the wording of A/HRC/59/15.
const RECOMMENDATIONS = [
  {
    paragraph: '140.18',
    text: 'Adopt the necessary measures to ensure the independence and financial autonomy of the Human Rights Ombudsman (Algeria);',
    recommendingStates: ['DZA'],
    response: 'supported',
  },
  {
    paragraph: '140.19',
    text: 'Further strengthen the independence of the Office of the Human Rights Ombudsman (Kazakhstan);',
    recommendingStates: ['KAZ'],
    response: 'supported',
  },
  {
    paragraph: '140.75',
    text: 'Adopt a law to restore permanent residency rights to the “erased” people (Ireland);',
    recommendingStates: ['IRL'],
    response: 'noted',
  },
  {
    paragraph: '140.220',
    text: 'Improve access of the Roma community to education, employment and healthcare (Cyprus);',
    recommendingStates: ['CYP'],
    response: 'partially-supported',
  },
];

interface Monitored {
  id: string;
  paragraph: string;
  status: string;
  ministry: string;
  keyIssueIds: string[];
  timeline: { kind: string; date: string; text: string; source: string; status: string | null }[];
}

describe.each(ENGINES)('monitoring: status, evidence timeline, summary per issue (%s)', (engine) => {
  let server: TestServer;
  let admin: TestClient;
  let campaignId: string;
  let ids: Record<string, string>;
  let issueId: string;
  const url = (path = '') => `/api/campaigns/${campaignId}/monitoring${path}`;
  const monitoring = async () => (await admin.get(url())).body;
  const item = async (paragraph: string): Promise<Monitored> =>
    (await monitoring()).recommendations.find((r: Monitored) => r.paragraph === paragraph);

  beforeEach(async () => {
    server = await createTestServer(engine, { today: '2027-01-15' });
    admin = await setUpInstance(server, 'Slovenian Human Rights Network');
    campaignId = (await admin.post('/api/campaigns', { stateIso3: 'SVN', reviewDate: '2025-01-28' })).body.id;
    issueId = (
      await admin.post(`/api/campaigns/${campaignId}/key-issues`, {
        title: 'An independent Ombudsman',
        uprInfoIssues: ['NHRI'],
        recommendations: ['Guarantee the independence and financial autonomy of the Human Rights Ombudsman.'],
      })
    ).body.id;
    expect(
      (await admin.put(`/api/campaigns/${campaignId}/outcome`, { documentSymbol: 'A/HRC/59/15', recommendations: RECOMMENDATIONS })).status,
    ).toBe(200);
    const outcome = (await admin.get(`/api/campaigns/${campaignId}/outcome`)).body;
    ids = Object.fromEntries(outcome.recommendations.map((r: { paragraph: string; id: string }) => [r.paragraph, r.id]));
    const { matches } = (await admin.post(`/api/campaigns/${campaignId}/outcome/matches/suggest`)).body;
    const m18 = matches.find((m: { paragraph: string; askIndex: number | null }) => m.paragraph === '140.18' && m.askIndex === 0);
    expect((await admin.patch(`/api/campaigns/${campaignId}/outcome/matches/${m18.id}`, { status: 'confirmed' })).status).toBe(200);
    for (const p of ['140.19', '140.75', '140.220'])
      await admin.patch(`/api/campaigns/${campaignId}/outcome/recommendations/${ids[p]}`, { ofInterest: true });
  });
  afterEach(async () => server.dispose());

  it('monitors the supported (and partly supported) recommendations of interest, not the noted one', async () => {
    const m = await monitoring();
    expect(m.recommendations.map((r: Monitored) => r.paragraph)).toEqual(['140.18', '140.19', '140.220']);
    expect(m.recommendations[0]).toMatchObject({ status: 'not-started', ministry: '', keyIssueIds: [issueId], timeline: [] });
    expect((await admin.patch(url(`/${ids['140.75']}`), { status: 'in-progress' })).status).toBe(409);
    // Once the State supports it (a later update of its position), it enters monitoring.
    await admin.patch(`/api/campaigns/${campaignId}/outcome/recommendations/${ids['140.75']}`, { response: 'supported' });
    expect((await monitoring()).recommendations.map((r: Monitored) => r.paragraph)).toContain('140.75');
  });

  it('keeps a dated timeline of status changes and evidence with sources', async () => {
    const id = ids['140.18'];
    expect((await admin.patch(url(`/${id}`), { status: 'in-progress', ministry: 'Ministry of Justice', date: '2025-09-01' })).status).toBe(
      204,
    );
    const law = await admin.post(url(`/${id}/evidence`), {
      date: '2026-06-10',
      text: 'Amendment of the Human Rights Ombudsman Act gives the Office its own budget line.',
      source: 'Official Gazette No. 44/2026',
    });
    expect(law.status).toBe(201);
    await admin.post(url(`/${id}/evidence`), {
      date: '2025-05-20',
      text: 'Draft amendment published for public consultation.',
      source: 'e-demokracija.gov.si',
    });
    await admin.patch(url(`/${id}`), { status: 'implemented' });
    const r = await item('140.18');
    expect(r).toMatchObject({ status: 'implemented', ministry: 'Ministry of Justice' });
    expect(r.timeline.map((e) => [e.date, e.kind, e.status ?? e.source])).toEqual([
      ['2025-05-20', 'evidence', 'e-demokracija.gov.si'],
      ['2025-09-01', 'status', 'in-progress'],
      ['2026-06-10', 'evidence', 'Official Gazette No. 44/2026'],
      ['2027-01-15', 'status', 'implemented'],
    ]);
    // Setting the same status again records nothing.
    await admin.patch(url(`/${id}`), { status: 'implemented' });
    expect((await item('140.18')).timeline).toHaveLength(4);
  });

  it('summarises per key issue, with the recommendations not tied to an issue apart', async () => {
    await admin.patch(url(`/${ids['140.18']}`), { status: 'implemented' });
    await admin.patch(url(`/${ids['140.19']}`), { status: 'regressed' });
    await admin.patch(url(`/${ids['140.220']}`), { status: 'partially-implemented' });
    const m = await monitoring();
    expect(m.issues).toEqual([
      {
        keyIssueId: issueId,
        title: 'An independent Ombudsman',
        recommendationIds: [ids['140.18']],
        summary: expect.objectContaining({ total: 1, progress: 1 }),
      },
      {
        keyIssueId: null,
        title: '',
        recommendationIds: [ids['140.19'], ids['140.220']],
        summary: expect.objectContaining({ total: 2, progress: 0.25 }),
      },
    ]);
    expect(m.overall.counts).toMatchObject({ implemented: 1, regressed: 1, 'partially-implemented': 1 });
  });

  it('keeps monitoring when the report is saved again with the same paragraphs', async () => {
    await admin.post(url(`/${ids['140.18']}/evidence`), { date: '2026-06-10', text: 'Budget line adopted.' });
    const replaced = await admin.put(`/api/campaigns/${campaignId}/outcome`, {
      documentSymbol: 'A/HRC/59/15',
      replace: true,
      recommendations: RECOMMENDATIONS.slice(0, 2),
    });
    expect(replaced.body).toMatchObject({ removed: 2 });
    expect((await item('140.18')).timeline.map((e) => e.text)).toEqual(['Budget line adopted.']);
  });

  it('refuses bad input with a field path, never a 500', async () => {
    const id = ids['140.18'];
    const cases: [string, unknown, string][] = [
      [url(`/${id}`), { status: 'done' }, 'status'],
      [url(`/${id}`), { date: '2027-02-30' }, 'date'],
      [url(`/${id}`), { status: 'implemented', date: '2027-06-01' }, 'date'],
      [url(`/${id}/evidence`), { date: '2026-01-01', text: '' }, 'text'],
      [url(`/${id}/evidence`), { date: '2030-01-01', text: 'Future' }, 'date'],
      [url(`/${id}/evidence`), { text: 'No date' }, 'date'],
    ];
    for (const [path, body, field] of cases) {
      const r = path.endsWith('/evidence') ? await admin.post(path, body) : await admin.patch(path, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.details.issues.map((i: { path: string }) => i.path)).toContain(field);
    }
    expect((await admin.patch(url('/no-such-id'), { status: 'implemented' })).status).toBe(404);
    expect((await item('140.18')).timeline).toEqual([]);
  });

  it('answers 404 to another organisation and 403 to a viewer on writes; writes are audited', async () => {
    const id = ids['140.18'];
    await admin.patch(url(`/${id}`), { status: 'in-progress' });
    await admin.post(url(`/${id}/evidence`), { date: '2026-01-10', text: 'Draft law tabled.' });
    const other = (await createOrganisation(server, 'Other NGO', OTHER_ADMIN)).client;
    expect((await other.get(url())).status).toBe(404);
    expect((await other.patch(url(`/${id}`), { status: 'implemented' })).status).toBe(404);
    expect((await other.post(url(`/${id}/evidence`), { date: '2026-01-10', text: 'x' })).status).toBe(404);
    const viewer = (await inviteAndAccept(server, admin, VIEWER, 'viewer')).client;
    expect((await viewer.get(url())).status).toBe(200);
    expect((await viewer.patch(url(`/${id}`), { status: 'implemented' })).status).toBe(403);
    expect((await viewer.post(url(`/${id}/evidence`), { date: '2026-01-10', text: 'x' })).status).toBe(403);
    expect((await item('140.18')).status).toBe('in-progress');
    const actions = (await admin.get('/api/audit')).body.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['monitoring.update', 'monitoring.evidence.add', 'outcome.recommendation.update']));
  });
});
