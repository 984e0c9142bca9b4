import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { createOrganisation, OTHER_ADMIN, inviteAndAccept, VIEWER } from '../factories.js';
import { setUpInstance, type TestClient } from '../http-client.js';

const issue = (n: number, extra: Record<string, unknown> = {}) => ({
  title: `Пытки в местах лишения свободы ${n}`,
  uprInfoIssues: ['Torture and other CID treatment'],
  summary: 'В 2025 году омбудсмен получил 212 жалоб на пытки; ни одно дело не дошло до суда.',
  recommendations: ['Криминализировать пытки в соответствии со статьёй 1 Конвенции против пыток', ''],
  questions: ['Какие меры приняты для расследования жалоб?'],
  references: ['Совместное представление, п. 12'],
  ...extra,
});

describe.each(ENGINES)('advocacy document: key issues and settings (%s)', (engine) => {
  let server: TestServer;
  let admin: TestClient;
  let campaignId: string;

  beforeEach(async () => {
    server = await createTestServer(engine);
    admin = await setUpInstance(server, 'Бюро по правам человека');
    campaignId = (await admin.post('/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2027-01-20' })).body.id;
  });
  afterEach(async () => server.dispose());

  it('starts with defaults: the organisation name, a word budget, no issues', async () => {
    const ws = await admin.get(`/api/campaigns/${campaignId}/advocacy`);
    expect(ws.status).toBe(200);
    expect(ws.body).toMatchObject({ maxIssues: 4, issues: [], wordCount: 0, settings: { organisationName: 'Бюро по правам человека', wordBudget: 700, language: 'en' } });
  });

  it('keeps four issues in order, refuses a fifth with a clear message, and leaves the four intact', async () => {
    for (const n of [1, 2, 3, 4]) expect((await admin.post(`/api/campaigns/${campaignId}/key-issues`, issue(n))).status).toBe(201);
    const fifth = await admin.post(`/api/campaigns/${campaignId}/key-issues`, issue(5));
    expect(fifth.status).toBe(400);
    expect(fifth.body.error.message).toContain('4 key issues');
    expect(fifth.body.error.details.issues).toEqual([{ path: 'issues', message: 'too-many-key-issues' }]);
    const ws = (await admin.get(`/api/campaigns/${campaignId}/advocacy`)).body;
    expect(ws.issues.map((i: { title: string }) => i.title)).toEqual([1, 2, 3, 4].map((n) => `Пытки в местах лишения свободы ${n}`));
    expect(ws.issues[0].recommendations).toHaveLength(1);
    expect(ws.wordCount).toBeGreaterThan(4 * 20);
  });

  it('refuses 0 or 3 recommendations and unknown UPR Info issues, naming the field', async () => {
    const none = await admin.post(`/api/campaigns/${campaignId}/key-issues`, issue(1, { recommendations: ['', ' '] }));
    expect(none.status).toBe(400);
    expect(JSON.stringify(none.body.error.details)).toContain('recommendations');
    const three = await admin.post(`/api/campaigns/${campaignId}/key-issues`, issue(1, { recommendations: ['a', 'b', 'c'] }));
    expect(three.status).toBe(400);
    const unknown = await admin.post(`/api/campaigns/${campaignId}/key-issues`, issue(1, { uprInfoIssues: ['Torturre'] }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('Torturre');
    expect((await admin.get(`/api/campaigns/${campaignId}/advocacy`)).body.issues).toEqual([]);
  });

  it('edits, reorders and deletes issues; their UPR Info tags join the target finder issues', async () => {
    const a = (await admin.post(`/api/campaigns/${campaignId}/key-issues`, issue(1))).body;
    const b = (await admin.post(`/api/campaigns/${campaignId}/key-issues`, issue(2, { uprInfoIssues: ['Rights of the Child'] }))).body;
    const edited = await admin.put(`/api/campaigns/${campaignId}/key-issues/${a.id}`, issue(1, { title: 'Torture', recommendations: ['Criminalise torture', 'Set up an NPM'] }));
    expect(edited.body).toMatchObject({ title: 'Torture', recommendations: ['Criminalise torture', 'Set up an NPM'] });
    const reordered = await admin.put(`/api/campaigns/${campaignId}/key-issues/order`, { ids: [b.id, a.id] });
    expect(reordered.body.issues.map((i: { id: string }) => i.id)).toEqual([b.id, a.id]);
    expect((await admin.put(`/api/campaigns/${campaignId}/key-issues/order`, { ids: [a.id] })).status).toBe(400);
    const finder = (await admin.get(`/api/campaigns/${campaignId}/issues`)).body;
    expect(finder.issues.map((i: { issue: string }) => i.issue).sort()).toEqual(['Rights of the Child', 'Torture and other CID treatment']);
    expect((await admin.delete(`/api/campaigns/${campaignId}/key-issues/${b.id}`)).status).toBe(204);
    const ws = (await admin.get(`/api/campaigns/${campaignId}/advocacy`)).body;
    expect(ws.issues.map((i: { id: string; position: number }) => [i.id, i.position])).toEqual([[a.id, 1]]);
    const audit = (await admin.get('/api/audit?limit=20')).body as { action: string }[];
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['key-issue.create', 'key-issue.update', 'key-issue.reorder', 'key-issue.delete']));
  });

  it('saves document settings and validates them', async () => {
    const saved = await admin.patch(`/api/campaigns/${campaignId}/advocacy/settings`, { language: 'ru', about: 'Мы защищаем права заключённых с 2004 года.', wordBudget: 600, contactEmail: 'info@bureau.kz' });
    expect(saved.status).toBe(200);
    expect(saved.body.settings).toMatchObject({ language: 'ru', wordBudget: 600, contactEmail: 'info@bureau.kz' });
    expect(saved.body.wordCount).toBe(7);
    expect((await admin.patch(`/api/campaigns/${campaignId}/advocacy/settings`, { wordBudget: 5 })).status).toBe(400);
    expect((await admin.patch(`/api/campaigns/${campaignId}/advocacy/settings`, { orgId: 'x' })).status).toBe(400);
  });

  it('exports DOCX, PDF and HTML once there is an issue, in the language asked for', async () => {
    const empty = await admin.get(`/api/campaigns/${campaignId}/document/pdf`);
    expect(empty.status).toBe(400);
    await admin.post(`/api/campaigns/${campaignId}/key-issues`, issue(1));
    const docx = await admin.get(`/api/campaigns/${campaignId}/document/docx?lang=ru`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-disposition')).toContain('advocacy-KAZ-2027-01-20.docx');
    const html = await admin.get(`/api/campaigns/${campaignId}/document/html?lang=ru`);
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.text).toContain('Пытки в местах лишения свободы 1');
    expect(html.text).toContain('Казахстан');
    expect((await admin.get(`/api/campaigns/${campaignId}/document/odt`)).status).toBe(404);
  });

  it("lets a viewer read but not write, and hides another organisation's campaign", async () => {
    const { client: viewer } = await inviteAndAccept(server, admin, VIEWER, 'viewer');
    expect((await viewer.get(`/api/campaigns/${campaignId}/advocacy`)).status).toBe(200);
    expect((await viewer.post(`/api/campaigns/${campaignId}/key-issues`, issue(1))).status).toBe(403);
    const other = await createOrganisation(server, 'Other', OTHER_ADMIN);
    const theirs = await other.client.get(`/api/campaigns/${campaignId}/advocacy`);
    const missing = await other.client.get(`/api/campaigns/${crypto.randomUUID()}/advocacy`);
    expect(theirs.status).toBe(404);
    expect(theirs.text).toBe(missing.text);
    expect((await other.client.post(`/api/campaigns/${campaignId}/key-issues`, issue(1))).status).toBe(404);
  });
});
