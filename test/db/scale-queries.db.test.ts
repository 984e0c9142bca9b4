/**
 * Queries reshaped for organisations at scale (issue 7, bench/scale.ts) keep their answers:
 * the outreach board's last interaction per channel (picked in SQL instead of reading the
 * campaign's whole history) and the dashboard's briefings (one query for every campaign
 * instead of one per campaign), per organisation; and the migration adding the follow-up index
 * applies to an existing database (DESIGN.md, convention 10).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { createOrganisation, OTHER_ADMIN } from '../factories.js';
import { ADMIN, setUpInstance, TestClient } from '../http-client.js';

const MIGRATION = '2026-11-28T0400-performance-indexes';

describe.each(ENGINES)('queries reshaped for scale (%s)', (engine) => {
  let server: TestServer;
  let admin: TestClient;

  beforeEach(async () => {
    server = await createTestServer(engine); // today: 2026-11-27
    admin = await setUpInstance(server);
  });
  afterEach(async () => server.dispose());

  async function campaign(client: TestClient, name: string, targets: string[]): Promise<string> {
    const id = (await client.post('/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2027-01-20', name })).body.id as string;
    expect((await client.post(`/api/campaigns/${id}/targets`, { iso3: targets })).status).toBe(200);
    return id;
  }

  const log = async (id: string, iso3: string, channel: string, kind: string, date: string) => {
    expect((await admin.post(`/api/campaigns/${id}/outreach/${iso3}/${channel}/interactions`, { kind, date })).status).toBe(201);
  };

  it('shows each channel’s latest interaction: the latest date, then the one logged last', async () => {
    const id = await campaign(admin, 'Kazakhstan 2027', ['FRA', 'DEU', 'NOR']);
    await log(id, 'FRA', 'embassy', 'email', '2026-11-20');
    await log(id, 'FRA', 'embassy', 'call', '2026-11-25');
    await log(id, 'FRA', 'embassy', 'document-sent', '2026-10-01'); // logged later, but older
    await log(id, 'DEU', 'mission', 'email', '2026-11-02');
    await log(id, 'DEU', 'mission', 'call', '2026-11-02'); // same day, logged last
    await log(id, 'DEU', 'embassy', 'meeting', '2026-09-09');
    await admin.post(`/api/campaigns/${id}/outreach/NOR/embassy/posts`, { title: 'Ambassador' });

    const board = (await admin.get(`/api/campaigns/${id}/outreach`)).body as {
      targets: { iso3: string; channels: Record<'embassy' | 'mission', { lastInteraction: { date: string; kind: string } | null }> }[];
    };
    const last = Object.fromEntries(
      board.targets.map((t) => [t.iso3, { embassy: t.channels.embassy.lastInteraction, mission: t.channels.mission.lastInteraction }]),
    );
    expect(last).toEqual({
      FRA: { embassy: { date: '2026-11-25', kind: 'call' }, mission: null },
      DEU: { embassy: { date: '2026-09-09', kind: 'meeting' }, mission: { date: '2026-11-02', kind: 'call' } },
      NOR: { embassy: null, mission: null },
    });
  });

  it('lists the briefings ahead of every campaign on the dashboard, not those held, far off or of another organisation', async () => {
    const first = await campaign(admin, 'Kazakhstan 2027', ['FRA', 'DEU']);
    const second = await campaign(admin, 'Second campaign', ['NOR']);
    const brief = async (client: TestClient, id: string, title: string, date: string) => {
      const created = await client.post(`/api/campaigns/${id}/briefings`, { title, date, venue: 'geneva', regionalGroups: ['WEOG'] });
      expect(created.status).toBe(201);
      return created.body.id as string;
    };
    const a = await brief(admin, first, 'EU briefing', '2026-12-10');
    const b = await brief(admin, second, 'Nordic briefing', '2026-12-01');
    const held = await brief(admin, second, 'Held early', '2026-11-30');
    expect((await admin.put(`/api/campaigns/${second}/briefings/${held}/attendance`, { attendedChannelIds: [] })).status).toBe(200);
    await brief(admin, first, 'Far briefing', '2027-02-01');
    const other = await createOrganisation(server, 'Other bureau', OTHER_ADMIN);
    const otherCampaign = await campaign(other.client, 'Other campaign', ['FRA']);
    await brief(other.client, otherCampaign, 'Their briefing', '2026-12-05');

    const meetings = (
      (await admin.get('/api/dashboard')).body.meetingsAhead as { id: string; campaignId: string; campaignName: string; kind: string }[]
    ).filter((m) => m.kind === 'briefing');
    expect(meetings.map((m) => [m.id, m.campaignId, m.campaignName])).toEqual([
      [b, second, 'Second campaign'],
      [a, first, 'Kazakhstan 2027'],
    ]);
  });
});

describe.each(ENGINES)(`migration ${MIGRATION} on an existing database (%s)`, (engine) => {
  const dataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'upr-perf-index-'));

  async function hasIndex(server: TestServer): Promise<boolean> {
    const { rows } =
      engine === 'sqlite'
        ? await sql<{ name: string }>`select name from sqlite_master where type = 'index' and name = 'follow_up_channel_idx'`.execute(
            server.handle.db,
          )
        : await sql<{
            name: string;
          }>`select indexname as name from pg_indexes where schemaname = ${server.handle.schema} and indexname = 'follow_up_channel_idx'`.execute(
            server.handle.db,
          );
    return rows.length === 1;
  }

  it('adds the index to a database made before it, keeping the follow-ups, which calls still complete', async () => {
    const dir = dataDir();
    const before = await createTestServer(engine, { dataDir: dir, keepDatabase: true });
    const admin = await setUpInstance(before);
    const id = (await admin.post('/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2027-01-20', name: 'Kazakhstan 2027' })).body
      .id as string;
    await admin.post(`/api/campaigns/${id}/targets`, { iso3: ['FRA'] });
    expect(
      (await admin.post(`/api/campaigns/${id}/outreach/FRA/embassy/interactions`, { kind: 'document-sent', date: '2026-11-20' })).status,
    ).toBe(201);
    // Back to the database as it was before this migration.
    await sql`drop index follow_up_channel_idx`.execute(before.handle.db);
    // It and every later one are forgotten (later ones are written to run again unharmed).
    await before.handle.db
      .deleteFrom('kysely_migration' as any)
      .where('name', '>=', MIGRATION)
      .execute();
    expect(await hasIndex(before)).toBe(false);
    await before.dispose();

    const after = await createTestServer(engine, { dataDir: dir, pgSchema: before.pgSchema });
    try {
      expect(await hasIndex(after)).toBe(true);
      const client = new TestClient(after);
      expect((await client.signIn(ADMIN.email, ADMIN.password)).status).toBe(200);
      const open = (await client.get(`/api/campaigns/${id}/follow-ups`)).body as { kind: string }[];
      expect(open.map((f) => f.kind)).toEqual(['follow-up-call']);
      const called = await client.post(`/api/campaigns/${id}/outreach/FRA/embassy/interactions`, { kind: 'call', date: '2026-11-27' });
      expect(called.body.completedFollowUps).toHaveLength(1);
      expect((await client.get(`/api/campaigns/${id}/follow-ups`)).body).toEqual([]);
    } finally {
      await after.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
