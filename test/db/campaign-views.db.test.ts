/**
 * Plan views kept between requests (src/server/app/campaign-views.ts) never show an old state:
 * every change to a campaign's progress raises its progress_version in the same transaction,
 * and views are keyed by it. Two servers on one database (as two processes would be) each keep
 * their own views; a tick through one shows at once on the other. The migration adding the
 * counter applies to a database made before it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates.js';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { ADMIN, setUpInstance, TestClient } from '../http-client.js';

const MIGRATION = '2026-11-28T0600-campaign-progress-version';
const TASK = 'embassies/find-upr-contact';

interface Item {
  stageKey: string;
  taskKey: string;
}
const keys = (items: Item[]) => items.map((i) => `${i.stageKey}/${i.taskKey}`);

/** What each view says about the campaign's task: the page, the list and the dashboard. */
async function seen(client: TestClient, id: string) {
  const page = (await client.get(`/api/campaigns/${id}`)).body;
  const task = page.stages
    .find((s: { key: string }) => s.key === 'embassies')
    .tasks.find((t: { key: string }) => t.key === 'find-upr-contact');
  const summary = ((await client.get('/api/campaigns')).body as { id: string; tasksDone: number; overdue: number }[]).find(
    (c) => c.id === id,
  )!;
  const dashboard = (await client.get('/api/dashboard')).body as { overdue: Item[] };
  return {
    done: task.done as boolean,
    tasksDone: summary.tasksDone,
    listOverdue: summary.overdue,
    onDashboard: keys(dashboard.overdue).includes(TASK),
  };
}

async function campaignWithOverdueTask(server: TestServer, admin: TestClient): Promise<string> {
  const created = (await admin.post('/api/campaigns', { stateIso3: 'KAZ', name: 'Views' })).body;
  const embassies = created.stages.find((s: { key: string }) => s.key === 'embassies');
  // Day 8 of the embassy stage: finding the UPR contact (due on day 7) is overdue.
  server.clock.set(addDays(embassies.start, 8));
  return created.id as string;
}

describe.each(ENGINES)('plan views kept between requests (%s)', (engine) => {
  let server: TestServer;
  let admin: TestClient;

  beforeEach(async () => {
    server = await createTestServer(engine);
    admin = await setUpInstance(server);
  });
  afterEach(async () => server.dispose());

  it('a tick, an untick and an assignment show at once on the page, the list and the dashboard', async () => {
    const id = await campaignWithOverdueTask(server, admin);
    const before = await seen(admin, id);
    expect(before).toMatchObject({ done: false, tasksDone: 0, onDashboard: true });
    expect(before.listOverdue).toBeGreaterThan(0);

    await admin.patch(`/api/campaigns/${id}/tasks/${TASK}`, { done: true });
    expect(await seen(admin, id)).toEqual({ done: true, tasksDone: 1, listOverdue: before.listOverdue - 1, onDashboard: false });

    await admin.patch(`/api/campaigns/${id}/tasks/${TASK}`, { done: false });
    expect(await seen(admin, id)).toEqual(before);

    const me = (await admin.get('/api/me')).body.user.id as string;
    await admin.patch(`/api/campaigns/${id}/tasks/${TASK}`, { assigneeId: me });
    const dashboard = (await admin.get('/api/dashboard')).body as { overdue: (Item & { assigneeId: string | null })[] };
    expect(dashboard.overdue.find((i) => `${i.stageKey}/${i.taskKey}` === TASK)?.assigneeId).toBe(me);
  });

  it('a renamed campaign or a moved review date is shown at once', async () => {
    const id = await campaignWithOverdueTask(server, admin);
    await seen(admin, id);
    expect((await admin.patch(`/api/campaigns/${id}`, { name: 'Renamed' })).status).toBe(200);
    const list = (await admin.get('/api/campaigns')).body as { id: string; name: string; reviewDate: string }[];
    expect(list.find((c) => c.id === id)?.name).toBe('Renamed');
    const reviewDate = list.find((c) => c.id === id)!.reviewDate;
    expect((await admin.patch(`/api/campaigns/${id}`, { reviewDate: addDays(reviewDate, 7) })).status).toBe(200);
    expect((await admin.get(`/api/campaigns/${id}`)).body.reviewDate).toBe(addDays(reviewDate, 7));
  });

  it('a second server on the same database shows a tick made through the first', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-two-servers-'));
    const first = await createTestServer(engine, { dataDir: dir, keepDatabase: true });
    const second = await createTestServer(engine, { dataDir: dir, pgSchema: first.pgSchema });
    try {
      const admin = await setUpInstance(first);
      const id = await campaignWithOverdueTask(first, admin);
      second.clock.set(first.clock.today());
      const other = new TestClient(second);
      expect((await other.signIn(ADMIN.email, ADMIN.password)).status).toBe(200);
      const before = await seen(other, id); // the second server now keeps its views
      expect(before).toMatchObject({ done: false, onDashboard: true });

      await admin.patch(`/api/campaigns/${id}/tasks/${TASK}`, { done: true });
      expect(await seen(other, id)).toMatchObject({ done: true, tasksDone: before.tasksDone + 1, onDashboard: false });
      await admin.patch(`/api/campaigns/${id}/tasks/${TASK}`, { done: false });
      expect(await seen(other, id)).toEqual(before);
    } finally {
      await first.dispose();
      await second.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(ENGINES)(`migration ${MIGRATION} on an existing database (%s)`, (engine) => {
  it('adds the counter to a database made before it; ticks made before and after show', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-progress-version-'));
    const before = await createTestServer(engine, { dataDir: dir, keepDatabase: true });
    const admin = await setUpInstance(before);
    const id = await campaignWithOverdueTask(before, admin);
    await admin.patch(`/api/campaigns/${id}/tasks/${TASK}`, { done: true });
    // Back to the database as it was before this migration, which and every later one are forgotten.
    await sql`alter table campaign drop column progress_version`.execute(before.handle.db);
    await before.handle.db
      .deleteFrom('kysely_migration' as any)
      .where('name', '>=', MIGRATION)
      .execute();
    const today = before.clock.today();
    await before.dispose();

    const after = await createTestServer(engine, { dataDir: dir, pgSchema: before.pgSchema });
    try {
      after.clock.set(today);
      const client = new TestClient(after);
      expect((await client.signIn(ADMIN.email, ADMIN.password)).status).toBe(200);
      const ticked = await seen(client, id);
      expect(ticked).toMatchObject({ done: true, tasksDone: 1, onDashboard: false });
      await client.patch(`/api/campaigns/${id}/tasks/${TASK}`, { done: false });
      expect(await seen(client, id)).toMatchObject({ done: false, tasksDone: 0, onDashboard: true });
    } finally {
      await after.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
