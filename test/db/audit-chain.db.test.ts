import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuditBrokenError, reportAuditVerification } from '../../src/cli/audit-command.js';
import { verifyAuditLog } from '../../src/server/app/audit-verify.js';
import { auditEntryHash, GENESIS_HASH } from '../../src/server/db/audit-hash.js';
import { openDatabase } from '../../src/server/db/database.js';
import { migrateTo, migrateToLatest, pendingMigrationNames } from '../../src/server/db/migrate.js';
import { appendAudit } from '../../src/server/db/repos/audit-repo.js';
import { cliIn } from '../cli-runner.js';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { createOrganisation } from '../factories.js';
import { setUpInstance } from '../http-client.js';

/**
 * The audit log's hash chain (issue 6, item 5): every entry links to the one before it in its
 * organisation's chain, so a changed, deleted or reordered entry is found by `audit verify`.
 */
describe.each(ENGINES)('audit hash chain (%s)', (engine) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer(engine);
    const admin = await setUpInstance(server);
    for (const name of ['First', 'Second', 'Third']) await admin.post('/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2027-01-20', name });
    const other = await createOrganisation(server, 'Second organisation', { name: 'Bo', email: 'bo@example.org', password: 'bo password 12' });
    await other.client.post('/api/campaigns', { stateIso3: 'NOR', reviewDate: '2027-01-20', name: 'Theirs' });
    await admin.post('/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2027-01-20', name: 'Fourth' });
  });
  afterEach(async () => server.dispose());

  const entries = () => server.deps.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
  const verify = () => verifyAuditLog(server.deps);

  it('links every entry to the previous one of its organisation and verifies OK', async () => {
    const rows = await entries();
    expect(rows.length).toBeGreaterThanOrEqual(6);
    const byOrg = new Map<string, string>();
    for (const row of rows) {
      const key = row.org_id ?? '';
      expect(row.prev_hash).toBe(byOrg.get(key) ?? GENESIS_HASH);
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
      byOrg.set(key, row.hash);
    }
    const result = await verify();
    expect(result).toMatchObject({ entries: rows.length, chains: byOrg.size, broken: null });
    expect(result.heads.map((h) => [h.chain, h.lastHash])).toEqual([...byOrg].sort(([a], [b]) => a.localeCompare(b)));
    expect(byOrg.size).toBeGreaterThanOrEqual(2);
  });

  it('names the entry whose changes were tampered with', async () => {
    const rows = await entries();
    const victim = rows[2]!;
    await server.deps.db.updateTable('audit_log').set({ changes: '{"name":"Nothing happened"}' }).where('id', '=', victim.id).execute();
    expect((await verify()).broken).toEqual({ id: Number(victim.id), at: victim.at, chain: victim.org_id ?? '', reason: 'changed' });
  });

  it('names the entry after a deleted one', async () => {
    const rows = await entries();
    const orgId = rows.at(-1)!.org_id;
    const chain = rows.filter((r) => r.org_id === orgId);
    const [deleted, next] = [chain[1]!, chain[2]!];
    await server.deps.db.deleteFrom('audit_log').where('id', '=', deleted.id).execute();
    expect((await verify()).broken).toEqual({ id: Number(next.id), at: next.at, chain: orgId, reason: 'link' });
  });

  it('detects a deleted newest entry through the chain head', async () => {
    const newest = (await entries()).at(-1)!;
    await server.deps.db.deleteFrom('audit_log').where('id', '=', newest.id).execute();
    expect((await verify()).broken).toEqual({ id: Number(newest.id), at: null, chain: newest.org_id, reason: 'missing-newest' });
  });

  it('detects reordered entries (ids swapped) and swapped contents', async () => {
    const rows = await entries();
    const orgId = rows.at(-1)!.org_id;
    const [a, b] = rows.filter((r) => r.org_id === orgId).slice(1, 3) as [(typeof rows)[0], (typeof rows)[0]];
    const { db } = server.deps;
    await db.updateTable('audit_log').set({ id: -1 }).where('id', '=', a.id).execute();
    await db.updateTable('audit_log').set({ id: a.id }).where('id', '=', b.id).execute();
    await db.updateTable('audit_log').set({ id: b.id }).where('id', '=', -1).execute();
    expect((await verify()).broken).toMatchObject({ id: Number(a.id), reason: 'link' });
    // Put the ids back, then swap what the two entries say instead.
    await db.updateTable('audit_log').set({ id: -1 }).where('id', '=', a.id).execute();
    await db.updateTable('audit_log').set({ id: a.id }).where('id', '=', b.id).execute();
    await db.updateTable('audit_log').set({ id: b.id }).where('id', '=', -1).execute();
    expect((await verify()).broken).toBeNull();
    await db.updateTable('audit_log').set({ action: b.action, changes: b.changes, object_id: b.object_id }).where('id', '=', a.id).execute();
    await db.updateTable('audit_log').set({ action: a.action, changes: a.changes, object_id: a.object_id }).where('id', '=', b.id).execute();
    expect((await verify()).broken).toEqual({ id: Number(a.id), at: a.at, chain: orgId, reason: 'changed' });
  });

  it('keeps one unbroken chain when many transactions append at once', async () => {
    const orgId = (await entries()).at(-1)!.org_id;
    const writes = Array.from({ length: 40 }, (_, i) =>
      server.deps.db.transaction().execute(async (trx) => {
        // Work before the audit entry widens the window in which writers overlap.
        await sql`select 1`.execute(trx);
        await appendAudit(trx, { orgId: i % 4 === 0 ? null : orgId, actorId: null, action: 'test.concurrent', objectType: 'test', objectId: String(i), changes: { i }, at: server.clock.now() });
      }),
    );
    // Outside a transaction appendAudit opens its own (the head lock must not be released early).
    writes.push(appendAudit(server.deps.db, { orgId, actorId: null, action: 'test.alone', objectType: 'test', objectId: null, changes: {}, at: server.clock.now() }));
    await Promise.all(writes);
    const result = await verify();
    expect(result.broken).toBeNull();
    expect(result.entries).toBe((await entries()).length);
  });

  it('prints OK with the count, or fails naming the first broken entry (command body)', async () => {
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
    try {
      const rows = await entries();
      const chains = new Set(rows.map((r) => r.org_id ?? '')).size;
      await reportAuditVerification(server.deps, 'text');
      expect(out.join('')).toBe(`OK: ${rows.length} audit entries in ${chains} chain(s), hash chains intact.\n`);
      const victim = (await entries())[1]!;
      await server.deps.db.updateTable('audit_log').set({ at: '2020-01-01T00:00:00.000Z' }).where('id', '=', victim.id).execute();
      const failure = reportAuditVerification(server.deps, 'text');
      await expect(failure).rejects.toBeInstanceOf(AuditBrokenError);
      await expect(failure).rejects.toThrow(`audit log broken at entry ${victim.id} (2020-01-01T00:00:00.000Z)`);
    } finally {
      vi.restoreAllMocks();
    }
  });
});

describe.each(ENGINES)('migration 2026-11-28T0200 hashes the existing entries (%s)', (engine) => {
  const before = pendingMigrationNames()[pendingMigrationNames().indexOf('2026-11-28T0200-audit-chain') - 1]!;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-audit-migration-'));
  const url = process.env.DATABASE_URL ?? '';
  const schema = `t_audit_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  async function admin(statement: string) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(statement);
    await client.end();
  }
  afterEach(async () => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (engine === 'postgres') await admin(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  });

  it('links the entries written before it, per organisation, oldest first', async () => {
    if (engine === 'postgres') await admin(`CREATE SCHEMA "${schema}"`);
    const handle = openDatabase({ dataDir, databaseUrl: engine === 'postgres' ? url : null, pgSchema: engine === 'postgres' ? schema : undefined });
    try {
      await migrateTo(handle.db, handle.engine, handle.schema, before);
      const old = [
        { org_id: 'org-a', action: 'campaign.create', changes: '{"name":"A"}' },
        { org_id: null, action: 'calendar.import', changes: '{"rows":3}' },
        { org_id: 'org-a', action: 'campaign.update', changes: '{"name":"A2"}' },
        { org_id: 'org-b', action: 'campaign.create', changes: '{"name":"B"}' },
      ];
      const db = handle.db as unknown as import('kysely').Kysely<any>;
      for (const [i, row] of old.entries()) {
        await db.insertInto('audit_log').values({ ...row, actor_id: 'u1', object_type: 'campaign', object_id: `c${i}`, at: `2026-11-0${i + 1}T10:00:00.000Z` }).execute();
      }
      await migrateToLatest(handle.db, handle.engine, handle.schema);
      const rows = await handle.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
      expect(rows.map((r) => r.prev_hash === GENESIS_HASH)).toEqual([true, true, false, true]);
      expect(rows[2]!.prev_hash).toBe(rows[0]!.hash);
      const r = rows[2]!;
      expect(r.hash).toBe(
        auditEntryHash({ prevHash: r.prev_hash, id: Number(r.id), at: r.at, orgId: r.org_id, actorId: r.actor_id, action: r.action, objectType: r.object_type, objectId: r.object_id, changes: r.changes }),
      );
      expect(await verifyAuditLog(handle)).toMatchObject({ entries: 4, chains: 3, broken: null });
      // New entries continue the migrated chains.
      await appendAudit(handle.db, { orgId: 'org-a', actorId: null, action: 'after', objectType: 'x', objectId: null, changes: {}, at: '2026-11-28T10:00:00.000Z' });
      expect((await verifyAuditLog(handle)).broken).toBeNull();
    } finally {
      await handle.close();
    }
  });
});

describe('upr-advocate audit verify (the executable, SQLite)', () => {
  it('prints OK with the count, exits 1 naming a tampered entry with its id and time', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-audit-cli-'));
    try {
      const server = await createTestServer('sqlite', { dataDir });
      const admin = await setUpInstance(server);
      await admin.post('/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2027-01-20', name: 'Audited' });
      const rows = await server.deps.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
      await server.dispose();
      const cli = cliIn(dataDir);
      const ok = cli('audit', 'verify');
      expect(ok.stderr).toBe('');
      expect(ok.stdout).toBe(`OK: ${rows.length} audit entries in 1 chain(s), hash chains intact.\n`);
      expect(ok.code).toBe(0);
      const json = cli('audit', 'verify', '--format', 'json');
      expect(JSON.parse(json.stdout)).toEqual({ ok: true, entries: rows.length, chains: 1, broken: null, heads: [{ chain: rows[0]!.org_id, lastId: Number(rows.at(-1)!.id), lastHash: rows.at(-1)!.hash }] });

      const victim = rows.at(-1)!;
      const handle = openDatabase({ dataDir, databaseUrl: null });
      await handle.db.updateTable('audit_log').set({ changes: '{"name":"Forged"}' }).where('id', '=', victim.id).execute();
      await handle.close();
      const broken = cli('audit', 'verify');
      expect(broken.code).toBe(1);
      expect(broken.stdout).toBe('');
      expect(broken.stderr).toBe(
        `upr-advocate: audit log broken at entry ${victim.id} (${victim.at}) in organisation ${victim.org_id}: its content does not match its hash (the entry was changed).\n`,
      );
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    // Three runs of the real executable: a few seconds each, more on a busy machine.
  }, 240_000);
});
