import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest, pendingMigrationNames } from '../../src/server/db/migrate.js';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { ADMIN, setUpInstance, TestClient } from '../http-client.js';

/**
 * Forward-only migrations on an existing database (DESIGN.md, convention 10): a restart on the
 * same data folder (SQLite) or schema (PostgreSQL) applies nothing twice, fails nothing, and
 * keeps every row.
 */
describe.each(ENGINES)('restart on an existing database (%s)', (engine) => {
  let dataDir: string;
  const servers: TestServer[] = [];
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-migrate-'));
  });
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.dispose();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function open(reuse: { pgSchema?: string; keepDatabase?: boolean } = {}): Promise<TestServer> {
    const server = await createTestServer(engine, { dataDir, ...reuse });
    servers.push(server);
    return server;
  }

  it('keeps campaigns, progress, users and imports across a restart', async () => {
    const first = await open({ keepDatabase: true });
    if (engine === 'sqlite') expect(fs.existsSync(path.join(dataDir, 'upr-advocate.sqlite'))).toBe(true);
    const admin = await setUpInstance(first);
    const campaign = (await admin.post('/api/campaigns', { stateIso3: 'SUR', reviewDate: '2026-11-02', name: 'Survives restart' })).body;
    await admin.patch(`/api/campaigns/${campaign.id}/tasks/embassies/follow-up-call`, { done: true, note: 'called on Monday' });
    const hrc = fs.readFileSync(new URL('../../data/hrc-sessions.csv', import.meta.url), 'utf8').trimEnd();
    const imported = await admin.request('POST', '/api/admin/calendar/import?kind=hrc-sessions', `${hrc}\n64,2027-03-01,2027-04-02,confirmed,test\n`, {
      'content-type': 'text/csv',
    });
    expect(imported.status).toBe(200);
    await first.dispose();
    servers.splice(servers.indexOf(first), 1);

    const second = await open({ pgSchema: first.pgSchema });
    // Nothing left to apply, and every migration is recorded once.
    expect(await migrateToLatest(second.handle.db, engine, second.handle.schema)).toEqual({ applied: [] });
    const recorded = await second.handle.db.selectFrom('kysely_migration' as any).select('name').execute();
    expect(recorded.map((r: any) => r.name).sort()).toEqual(pendingMigrationNames());

    const anonymous = new TestClient(second);
    expect((await anonymous.get('/api/setup/status')).body).toEqual({ needsSetup: false });
    const claim = await anonymous.post('/api/setup', { setupCode: 'TEST-CODE-0001', organisationName: 'Intruder', name: 'X', email: 'x@example.org', password: 'another long password' });
    expect(claim.status).toBe(409);

    const again = new TestClient(second);
    expect((await again.signIn(ADMIN.email, ADMIN.password)).status).toBe(200);
    const list = (await again.get('/api/campaigns')).body;
    expect(list.map((c: any) => c.name)).toEqual(['Survives restart']);
    const reloaded = (await again.get(`/api/campaigns/${campaign.id}`)).body;
    const task = reloaded.stages.find((s: any) => s.key === 'embassies').tasks.find((t: any) => t.key === 'follow-up-call');
    expect(task).toMatchObject({ done: true, note: 'called on Monday' });
    // The seeded calendar does not overwrite the admin's import on restart.
    expect(reloaded.adoption).toEqual({ date: '2027-03-01', hrcSession: 64, estimated: false });
    const actions = (await again.get('/api/audit')).body.map((e: any) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['organisation.create', 'campaign.create', 'task.update', 'calendar.import']));
  });

  it('migrates a fresh database to the latest version', async () => {
    const server = await open();
    expect(await migrateToLatest(server.handle.db, engine, server.handle.schema)).toEqual({ applied: [] });
    const recorded = await server.handle.db.selectFrom('kysely_migration' as any).select('name').execute();
    expect(recorded.map((r: any) => r.name).sort()).toEqual(pendingMigrationNames());
    expect((await new TestClient(server).get('/api/setup/status')).body).toEqual({ needsSetup: true });
  });
});
