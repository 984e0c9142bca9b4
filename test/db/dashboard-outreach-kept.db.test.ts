/**
 * The dashboard's outreach lists kept between requests (src/server/app/dashboard-outreach.ts)
 * never show an old state: they are keyed by the organisation's outreach counter, which
 * triggers raise on every change to its follow-ups and briefings, and by the campaigns' names.
 * Each way of changing them counts at once: through the API, in SQL behind the server's back,
 * and through a second server on the same database (as a second process would).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDashboard } from '../../src/server/app/dashboard.js';
import type { Actor } from '../../src/server/app/deps.js';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { ADMIN, setUpInstance, TestClient } from '../http-client.js';

interface Listed {
  id: string;
  campaignName: string;
  due?: string;
  date?: string;
}

/** What the dashboard lists, by follow-up or briefing id. */
async function lists(client: TestClient) {
  const dash = (await client.get('/api/dashboard')).body as { followUpsDue: Listed[]; followUpsDueTotal: number; meetingsAhead: Listed[] };
  return { due: dash.followUpsDue, total: dash.followUpsDueTotal, ahead: dash.meetingsAhead };
}
const ids = (items: Listed[]) => items.map((i) => i.id);

describe.each(ENGINES)("the dashboard's outreach lists, kept between requests (%s)", (engine) => {
  let server: TestServer;
  let admin: TestClient;
  let campaignId: string;
  const base = () => `/api/campaigns/${campaignId}`;
  const log = async (client: TestClient, iso3: string, body: Record<string, unknown>) => {
    const r = await client.post(`${base()}/outreach/${iso3}/embassy/interactions`, body);
    expect(r.status).toBe(201);
    return r.body.followUp?.id as string;
  };

  beforeEach(async () => {
    server = await createTestServer(engine); // today: 2026-11-27
    admin = await setUpInstance(server);
    campaignId = (await admin.post('/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2027-01-20', name: 'Kazakhstan 2027' })).body.id;
    expect((await admin.post(`${base()}/targets`, { iso3: ['FRA', 'DEU', 'NOR'] })).status).toBe(200);
  });
  afterEach(async () => server.dispose());

  it('serves the same lists while nothing changed, and new ones after each change through the API', async () => {
    const overdue = await log(admin, 'FRA', { kind: 'document-sent', date: '2026-11-13' });
    const me = (await admin.get('/api/me')).body;
    const actor = { userId: me.user.id, orgId: me.organisation.id, role: 'admin' } as Actor;
    const first = await getDashboard(server.deps, actor, 'en');
    // Kept: the very same lists, not read again.
    expect((await getDashboard(server.deps, actor, 'en')).followUpsDue).toBe(first.followUpsDue);
    expect(ids(first.followUpsDue)).toEqual([overdue]);

    const meeting = await log(admin, 'DEU', { kind: 'meeting-request', date: '2026-11-27', meetingDate: '2026-12-09' });
    expect(ids((await lists(admin)).ahead)).toEqual([meeting]);
    const briefing = (await admin.post(`${base()}/briefings`, { title: 'Briefing', date: '2026-12-01', venue: 'geneva', euMembers: true })).body.id;
    expect(ids((await lists(admin)).ahead)).toEqual([briefing, meeting]);

    expect((await admin.patch(`${base()}/follow-ups/${overdue}`, { done: true })).status).toBe(204);
    expect(await lists(admin)).toMatchObject({ due: [], total: 0 });
    expect((await admin.patch(`${base()}/follow-ups/${meeting}`, { dueDate: '2026-12-02' })).status).toBe(204);
    expect((await lists(admin)).ahead.map((i) => i.date)).toEqual(['2026-12-01', '2026-12-02']);
    // Calling the embassy completes nothing here, but the meeting held does.
    await log(admin, 'DEU', { kind: 'meeting', date: '2026-12-02' });
    expect(ids((await lists(admin)).ahead)).toEqual([briefing]);
    const after = await getDashboard(server.deps, actor, 'en');
    expect(after.followUpsDue).not.toBe(first.followUpsDue);
  });

  it('shows a renamed campaign and a new day at once', async () => {
    await log(admin, 'FRA', { kind: 'document-sent', date: '2026-11-13' });
    expect((await lists(admin)).due[0]!.campaignName).toBe('Kazakhstan 2027');
    expect((await admin.patch(base(), { name: 'Kazakhstan, fourth cycle' })).status).toBe(200);
    expect((await lists(admin)).due[0]!.campaignName).toBe('Kazakhstan, fourth cycle');
    const call = await log(admin, 'NOR', { kind: 'document-sent', date: '2026-11-27' }); // due 4 December
    expect(ids((await lists(admin)).due)).not.toContain(call);
    server.clock.set('2026-11-29'); // the week now ends on 5 December
    expect(ids((await lists(admin)).due)).toContain(call);
  });

  it('counts a change made in SQL behind the server, and a deleted campaign', async () => {
    const call = await log(admin, 'FRA', { kind: 'document-sent', date: '2026-11-13' });
    expect(ids((await lists(admin)).due)).toEqual([call]);
    await sql`update follow_up set due_date = ${'2027-01-05'} where id = ${call}`.execute(server.deps.db);
    expect((await lists(admin)).due).toEqual([]);
    await sql`update follow_up set due_date = ${'2026-11-20'} where id = ${call}`.execute(server.deps.db);
    expect(ids((await lists(admin)).due)).toEqual([call]);
    expect((await admin.delete(base())).status).toBe(204);
    expect(await lists(admin)).toMatchObject({ due: [], total: 0, ahead: [] });
  });

  it('a second server on the same database shows a change made through the first', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-two-dashboards-'));
    const first = await createTestServer(engine, { dataDir: dir, keepDatabase: true });
    const second = await createTestServer(engine, { dataDir: dir, pgSchema: first.pgSchema });
    try {
      const one = await setUpInstance(first);
      campaignId = (await one.post('/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2027-01-20' })).body.id;
      expect((await one.post(`${base()}/targets`, { iso3: ['FRA'] })).status).toBe(200);
      second.clock.set(first.clock.today());
      const other = new TestClient(second);
      expect((await other.signIn(ADMIN.email, ADMIN.password)).status).toBe(200);
      expect((await lists(other)).due).toEqual([]); // the second server now keeps its lists
      const call = await log(one, 'FRA', { kind: 'document-sent', date: '2026-11-13' });
      expect(ids((await lists(other)).due)).toEqual([call]);
      expect((await one.patch(`${base()}/follow-ups/${call}`, { done: true })).status).toBe(204);
      expect((await lists(other)).due).toEqual([]);
    } finally {
      await first.dispose();
      await second.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
