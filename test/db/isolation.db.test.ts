import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { createOrganisation, OTHER_ADMIN, pathOf, tokenOf, unfoldIcs, type CreatedOrganisation } from '../factories.js';
import { setUpInstance, TestClient, type ApiResponse } from '../http-client.js';

/** Another organisation's object must be answered exactly like a missing one (DESIGN.md, convention 5). */
describe.each(ENGINES)('tenant isolation between two organisations (%s)', (engine) => {
  let server: TestServer;
  let a: TestClient;
  let b: CreatedOrganisation;
  const marker = `B-SECRET-${Math.random().toString(36).slice(2, 10)}`;

  beforeEach(async () => {
    server = await createTestServer(engine);
    a = await setUpInstance(server, 'Organisation A');
    b = await createOrganisation(server, 'Organisation B', OTHER_ADMIN);
  });
  afterEach(async () => server.dispose());

  const same = (theirs: ApiResponse, missing: ApiResponse, what: string) => {
    expect(theirs.status, what).toBe(missing.status);
    expect(theirs.status, what).toBe(404);
    expect(theirs.text, what).toBe(missing.text);
    expect(theirs.text, what).not.toContain(marker);
  };

  async function bCampaign(): Promise<string> {
    const created = await b.client.post('/api/campaigns', { stateIso3: 'UZB', name: `${marker} campaign`, reviewDate: '2027-02-01' });
    expect(created.status).toBe(201);
    await b.client.patch(`/api/campaigns/${created.body.id}/tasks/embassies/follow-up-call`, { note: `${marker} note`, done: true });
    return created.body.id;
  }

  it('signs B in to its own organisation', async () => {
    const me = await b.client.get('/api/me');
    expect(me.body).toMatchObject({ organisation: { id: b.orgId, name: 'Organisation B' }, role: 'admin', user: { email: OTHER_ADMIN.email } });
    expect((await a.get('/api/me')).body.organisation.name).toBe('Organisation A');
  });

  it("answers A about B's campaign exactly as about a missing one", async () => {
    const theirs = await bCampaign();
    const missing = crypto.randomUUID();
    const paths = (id: string) => ({
      get: () => a.get(`/api/campaigns/${id}`),
      patch: () => a.patch(`/api/campaigns/${id}`, { name: 'Taken over' }),
      task: () => a.patch(`/api/campaigns/${id}/tasks/embassies/follow-up-call`, { done: false, note: 'overwritten' }),
      ics: () => a.get(`/api/campaigns/${id}/plan.ics`),
      delete: () => a.delete(`/api/campaigns/${id}`),
    });
    for (const [what, call] of Object.entries(paths(theirs))) {
      same(await call(), await paths(missing)[what as keyof ReturnType<typeof paths>](), what);
    }
    // Nothing of B's changed.
    const still = await b.client.get(`/api/campaigns/${theirs}`);
    expect(still.status).toBe(200);
    expect(still.body.name).toBe(`${marker} campaign`);
    const t = still.body.stages.find((s: any) => s.key === 'embassies').tasks.find((x: any) => x.key === 'follow-up-call');
    expect(t).toMatchObject({ done: true, note: `${marker} note` });
  });

  it("never shows B's data in A's lists, dashboard, audit, members or calendar feed", async () => {
    await a.post('/api/campaigns', { stateIso3: 'KAZ', name: 'A campaign' });
    const theirs = await bCampaign();
    await b.client.post('/api/invitations', { email: `${marker.toLowerCase()}@example.org`, role: 'editor' });
    await b.client.post('/api/calendar-feed');

    const list = await a.get('/api/campaigns');
    expect(list.body.map((c: any) => c.name)).toEqual(['A campaign']);
    for (const url of ['/api/campaigns', '/api/dashboard', '/api/audit?limit=500', '/api/members', '/api/invitations']) {
      const response = await a.get(url);
      expect(response.status, url).toBe(200);
      expect(response.text, url).not.toContain(marker);
      expect(response.text, url).not.toContain(theirs);
      expect(response.text.toLowerCase(), url).not.toContain(OTHER_ADMIN.email);
    }
    const feed = await a.post('/api/calendar-feed');
    const ics = await new TestClient(server).get(pathOf(feed.body.url));
    expect(ics.status).toBe(200);
    const text = unfoldIcs(ics.text);
    expect(text).toContain('[A campaign]');
    expect(text).not.toContain(marker);
    expect(text).not.toContain(theirs);

    // And B's own views contain B's data, so the checks above can fail.
    expect((await b.client.get('/api/campaigns')).text).toContain(marker);
    expect((await b.client.get('/api/audit')).text).toContain(marker);
    expect((await b.client.get('/api/dashboard')).text).toContain(marker);
    expect(unfoldIcs((await new TestClient(server).get(pathOf((await b.client.post('/api/calendar-feed')).body.url))).text)).toContain(marker);
    expect((await b.client.get('/api/invitations')).text).toContain(marker.toLowerCase());
    expect((await b.client.get('/api/campaigns')).text).not.toContain('A campaign');
  });

  it("answers A about B's members and invitations exactly as about missing ones", async () => {
    const bMembers = (await b.client.get('/api/members')).body;
    expect(bMembers).toHaveLength(1);
    const bMember = bMembers[0].id;
    expect(bMember).toBe(b.memberId);
    const invited = await b.client.post('/api/invitations', { email: 'b-invitee@example.org', role: 'viewer' });
    const missing = crypto.randomUUID();

    same(await a.patch(`/api/members/${bMember}`, { role: 'viewer' }), await a.patch(`/api/members/${missing}`, { role: 'viewer' }), 'member role');
    same(await a.delete(`/api/members/${bMember}`), await a.delete(`/api/members/${missing}`), 'member remove');
    same(await a.delete(`/api/invitations/${invited.body.id}`), await a.delete(`/api/invitations/${missing}`), 'invitation revoke');

    expect((await b.client.get('/api/me')).body.role).toBe('admin');
    expect((await b.client.get('/api/members')).body).toHaveLength(1);
    expect((await b.client.get('/api/invitations')).body[0].status).toBe('pending');
    // The invitation still works for the person B invited, and joins B, not A.
    const invitee = new TestClient(server);
    const accepted = await invitee.post(`/api/invitations/by-token/${tokenOf(invited.body.link)}/accept`, { name: 'Bea', password: 'bea password 123' });
    expect(accepted.status).toBe(200);
    expect((await invitee.get('/api/me')).body.organisation.name).toBe('Organisation B');
    expect((await a.get('/api/members')).text).not.toContain('b-invitee@example.org');
  });

  it("does not let B assign A's members or A's admin act in B", async () => {
    const theirs = await bCampaign();
    const aUser = (await a.get('/api/me')).body.user.id;
    const assign = await b.client.patch(`/api/campaigns/${theirs}/tasks/embassies/follow-up-call`, { assigneeId: aUser });
    expect(assign.status).toBe(400);
    expect(assign.body.error.details.issues[0].path).toBe('assigneeId');
    const dashboardB = (await b.client.get('/api/dashboard')).body;
    expect(dashboardB.overdue.length).toBeGreaterThan(0);
    expect(dashboardB.overdue.every((i: any) => i.campaignId === theirs)).toBe(true);
    const dashboardA = (await a.get('/api/dashboard')).body;
    expect(dashboardA.overdue).toEqual([]);
    expect(dashboardA.dueThisWeek).toEqual([]);
  });
});
