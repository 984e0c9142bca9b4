import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { EDITOR, inviteAndAccept } from '../factories.js';
import { setUpInstance, type TestClient } from '../http-client.js';

const dataFile = (name: string) => fs.readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');
const HRC_CSV = dataFile('hrc-sessions.csv').trimEnd();
const REVIEWS_CSV = dataFile('upr-reviews.csv').trimEnd();
const CSV = { 'content-type': 'text/csv' };

/** Suriname is reviewed in UPR session 53 (Nov 2026), whose outcome HRC session 64 adopts. */
const SUR_REVIEW = '2026-11-02';
const HRC_64 = '64,2027-03-01,2027-04-02,confirmed,test: HRC 64 programme';

describe.each(ENGINES)('admin import of the UPR calendar (%s)', (engine) => {
  let server: TestServer;
  let admin: TestClient;
  beforeEach(async () => {
    server = await createTestServer(engine);
    admin = await setUpInstance(server);
  });
  afterEach(async () => server.dispose());

  const importCsv = (kind: string, text: string, client = admin) => client.request('POST', `/api/admin/calendar/import?kind=${kind}`, text, CSV);

  it('imports HRC sessions and plans follow the published adoption date', async () => {
    const campaign = (await admin.post('/api/campaigns', { stateIso3: 'SUR', reviewDate: SUR_REVIEW })).body;
    expect(campaign.session).toBe(53);
    // HRC 64 is not published yet: projected a year after HRC 61 (23 Feb 2026).
    expect(campaign.adoption).toEqual({ date: '2027-02-23', hrcSession: 64, estimated: true });

    const rows = HRC_CSV.split('\n').length; // the data rows (all but the header) plus HRC 64
    const imported = await importCsv('hrc-sessions', `${HRC_CSV}\n${HRC_64}\n`);
    expect(imported.status).toBe(200);
    expect(imported.body).toEqual({ rows });

    const after = (await admin.get(`/api/campaigns/${campaign.id}`)).body;
    expect(after.adoption).toEqual({ date: '2027-03-01', hrcSession: 64, estimated: false });
    expect(after.deadlines.outcomeAdoption).toBe('2027-03-01');
    const audit = (await admin.get('/api/audit')).body.find((e: any) => e.action === 'calendar.import');
    expect(audit).toMatchObject({ objectId: 'hrc-sessions', changes: { rows } });
  });

  it('refuses a file with a bad date, names the line, and changes nothing', async () => {
    const campaign = (await admin.post('/api/campaigns', { stateIso3: 'SUR', reviewDate: SUR_REVIEW })).body;
    const lines = HRC_CSV.split('\n');
    const bad = [lines[0], lines[1], '99,2027-02-30,2027-04-02,confirmed,typo', HRC_64].join('\n');
    const refused = await importCsv('hrc-sessions', bad);
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('validation');
    expect(refused.body.error.message).toMatch(/line 3\b/);
    expect(refused.body.error.message).toContain('2027-02-30');
    // The valid HRC 64 row after the bad one was not taken either, and the old sessions remain.
    const after = (await admin.get(`/api/campaigns/${campaign.id}`)).body;
    expect(after.adoption).toEqual(campaign.adoption);
    expect(after.genevaOutreach).toEqual(campaign.genevaOutreach);
    expect((await admin.get('/api/audit')).body.some((e: any) => e.action === 'calendar.import')).toBe(false);
  });

  it('refuses wrong columns, an empty file and an unknown kind', async () => {
    const columns = await importCsv('hrc-sessions', 'session,start,end\n64,2027-03-01,2027-04-02\n');
    expect(columns.status).toBe(400);
    expect(columns.body.error.message).toContain('hrc_session');
    const empty = await importCsv('hrc-sessions', `${HRC_CSV.split('\n')[0]}\n`);
    expect(empty.status).toBe(400);
    const kind = await importCsv('everything', HRC_CSV);
    expect(kind.status).toBe(400);
    expect(kind.body.error.details.issues[0].path).toBe('kind');
  });

  it('imports reviews: a published review day becomes the confirmed suggestion', async () => {
    const before = (await admin.get('/api/states/TGO/review-date')).body.next;
    expect(before).toMatchObject({ session: 54, source: 'session', reviewDate: '2027-01-19' });
    const edited = REVIEWS_CSV.replace(/^54,TGO,,unknown,.*$/m, '54,TGO,2027-01-21,confirmed,test: programme of work');
    expect(edited).not.toBe(REVIEWS_CSV);
    const imported = await importCsv('reviews', edited);
    expect(imported.status).toBe(200);
    expect(imported.body.rows).toBe(REVIEWS_CSV.split('\n').length - 1);
    const after = (await admin.get('/api/states/TGO/review-date')).body.next;
    expect(after).toMatchObject({ session: 54, source: 'confirmed', reviewDate: '2027-01-21' });
    const created = await admin.post('/api/campaigns', { stateIso3: 'TGO' });
    expect(created.body).toMatchObject({ reviewDate: '2027-01-21', reviewDateSource: 'confirmed' });
  });

  it('refuses a review outside its session and keeps the old reviews', async () => {
    const edited = REVIEWS_CSV.replace(/^54,TGO,,unknown,.*$/m, '54,TGO,2027-06-01,confirmed,test');
    const lineNo = edited.split('\n').findIndex((l) => l.startsWith('54,TGO,')) + 1;
    const refused = await importCsv('reviews', edited);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain(`line ${lineNo}:`);
    expect((await admin.get('/api/states/TGO/review-date')).body.next.source).toBe('session');
  });

  it('is for admins only', async () => {
    const campaign = (await admin.post('/api/campaigns', { stateIso3: 'SUR', reviewDate: SUR_REVIEW })).body;
    const { client: editor } = await inviteAndAccept(server, admin, EDITOR, 'editor');
    const refused = await importCsv('hrc-sessions', `${HRC_CSV}\n${HRC_64}\n`, editor);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    expect((await editor.get(`/api/campaigns/${campaign.id}`)).body.adoption.estimated).toBe(true);
  });
});
