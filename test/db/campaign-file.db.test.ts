import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { createOrganisation, OTHER_ADMIN } from '../factories.js';
import { setUpInstance, type TestClient } from '../http-client.js';

describe.each(ENGINES)('portable campaign file upr-advocate/campaign@1 (%s)', (engine) => {
  let server: TestServer;
  let admin: TestClient;
  let campaignId: string;
  const base = () => `/api/campaigns/${campaignId}`;

  beforeEach(async () => {
    server = await createTestServer(engine);
    admin = await setUpInstance(server, 'Коалиция НПО');
    campaignId = (await admin.post('/api/campaigns', { stateIso3: 'TJK', reviewDate: '2027-01-20', name: 'Таджикистан 2027' })).body.id;
    await admin.patch(`${base()}/advocacy/settings`, { language: 'ru', about: 'Коалиция 12 организаций.', contactEmail: 'info@ngo.tj' });
    await admin.post(`${base()}/key-issues`, { title: 'Домашнее насилие', uprInfoIssues: ['Women\'s rights'], summary: 'Факты.', recommendations: ['Принять закон'], questions: ['Когда?'], references: ['п. 5'] });
    await admin.post(`${base()}/targets`, { iso3: ['DEU'] });
    const { postId } = (await admin.post(`${base()}/outreach/DEU/mission/posts`, { title: 'UPR focal point', person: { name: 'Anna', since: '2025-01-01' } })).body;
    await admin.post(`${base()}/posts/${postId}/people`, { name: 'Jonas', since: '2026-09-01' });
  });
  afterEach(async () => server.dispose());

  it('exports the campaign and imports it elsewhere with issues, targets, posts and their history', async () => {
    const exported = await admin.get(`${base()}/campaign-file`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toContain('campaign-TJK-2027-01-20.json');
    const file = exported.body;
    expect(file).toMatchObject({
      format: 'upr-advocate/campaign@1', state: 'TJK', reviewDate: '2027-01-20', language: 'ru',
      organisation: { name: 'Коалиция НПО', about: 'Коалиция 12 организаций.' },
      issues: [{ title: 'Домашнее насилие', uprInfoIssues: ["Women's rights"], recommendations: ['Принять закон'], questions: ['Когда?'], references: ['п. 5'] }],
    });
    expect(file.targets[0].channels[0].posts[0].people.map((p: { name: string; until: string | null }) => [p.name, p.until])).toEqual([['Anna', '2026-09-01'], ['Jonas', null]]);

    const other = (await createOrganisation(server, 'Partner', OTHER_ADMIN)).client;
    const imported = await other.post('/api/campaigns/import', file);
    expect(imported.status).toBe(201);
    const id = imported.body.id;
    expect(imported.body).toMatchObject({ name: 'Таджикистан 2027', state: { iso3: 'TJK' }, reviewDate: '2027-01-20' });
    const again = (await other.get(`/api/campaigns/${id}/campaign-file`)).body;
    expect(again).toEqual(file);
  });

  it('refuses a file with 5 issues or an issue with 3 recommendations and creates nothing', async () => {
    const file = (await admin.get(`${base()}/campaign-file`)).body;
    const five = { ...file, issues: [1, 2, 3, 4, 5].map(() => file.issues[0]) };
    const r5 = await admin.post('/api/campaigns/import', five);
    expect(r5.status).toBe(400);
    expect(r5.body.error.message).toContain('at most 4');
    const three = { ...file, issues: [{ ...file.issues[0], recommendations: ['a', 'b', 'c'] }] };
    const r3 = await admin.post('/api/campaigns/import', three);
    expect(r3.status).toBe(400);
    expect(r3.body.error.message).toContain('Issue 1 has 3 recommendations');
    const wrongFormat = await admin.post('/api/campaigns/import', { ...file, format: 'something/else' });
    expect(wrongFormat.body.error.message).toContain('format');
    const badState = await admin.post('/api/campaigns/import', { ...file, targets: [{ state: 'XYZ', channels: [] }] });
    expect(badState.status).toBe(400);
    expect((await admin.get('/api/campaigns')).body).toHaveLength(1);
  });
});
