import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupCommand } from '../../src/cli/backup-command.js';
import { verifyAuditLog } from '../../src/server/app/audit-verify.js';
import { createBackup } from '../../src/server/app/backup.js';
import { restoreBackup } from '../../src/server/app/restore.js';
import { loadConfig } from '../../src/server/config.js';
import { createServer } from '../../src/server/create-server.js';
import { postgresRows, rowCount, sqliteRows } from '../backup-compare.js';
import { ROOT, type CliResult } from '../cli-runner.js';
import { createTestServer, ENGINES, TEST_SETUP_CODE, type TestServer } from '../db-helpers.js';
import { ADMIN, setUpInstance, TestClient } from '../http-client.js';
import { SEED_TODAY, seedWorld } from './security/seed.js';

/**
 * `upr-advocate backup` → `restore` gives identical data (issue 6, item 8): every row of every
 * table compared, on SQLite through the real executable while the source server is running,
 * and on PostgreSQL (the use cases on test schemas, and the executable on two databases).
 */
const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `upr-backup-${name}-`));
const SQLITE = 'upr-advocate.sqlite';
// Each test runs the real executable several times (a few seconds each on a busy machine).
const SLOW = 240_000;

function run(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/upr-advocate.js'), ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: '', UPR_BACKUP_PASSPHRASE: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function signsIn(server: TestServer): Promise<TestClient> {
  const client = new TestClient(server);
  expect((await client.signIn(ADMIN.email, ADMIN.password)).status).toBe(200);
  return client;
}

describe('backup and restore with the executable (SQLite)', () => {
  const source = tmp('source');
  const work = tmp('work');
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer('sqlite', { dataDir: source, today: SEED_TODAY });
    await seedWorld(server);
    // `serve` keeps its generated instance secret here (tests give theirs in the config).
    fs.writeFileSync(path.join(source, 'auth-secret'), 'instance-secret-of-the-source');
  }, SLOW);
  afterAll(async () => {
    await server.dispose();
    for (const dir of [source, work]) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('restores identical data (every table, every row) into a fresh folder, from a backup taken while the server runs', async () => {
    const file = path.join(work, 'plain.uprbak');
    const backup = await run(['backup', file, '--data', source]);
    expect(backup.stderr).toMatch(/backup: copying the database 100%/);
    expect(backup.stderr).toMatch(/not encrypted/);
    expect(backup.stdout).toMatch(/^Backup written to .*plain\.uprbak \(\d+ bytes\)\.\n$/);
    expect(backup.code).toBe(0);

    const target = path.join(work, 'restored');
    const restore = await run(['restore', file, '--data', target]);
    expect(restore.stdout).toBe(`Restored into ${target}.\n`);
    expect(restore.code).toBe(0);
    const before = sqliteRows(path.join(source, SQLITE));
    expect(rowCount(before)).toBeGreaterThan(100);
    expect(sqliteRows(path.join(target, SQLITE))).toEqual(before);
    // The restored database has an id of its own (the search's in-memory index is kept by it).
    const instanceOf = (file: string) => {
      const db = new SqliteDatabase(file, { readonly: true });
      try {
        return (db.prepare('select instance from search_index_version').get() as { instance: string }).instance;
      } finally {
        db.close();
      }
    };
    expect(instanceOf(path.join(target, SQLITE))).not.toBe(instanceOf(path.join(source, SQLITE)));
    expect(fs.readFileSync(path.join(target, 'auth-secret'), 'utf8')).toBe(fs.readFileSync(path.join(source, 'auth-secret'), 'utf8'));

    const restored = await createTestServer('sqlite', { dataDir: target, today: SEED_TODAY });
    try {
      const admin = await signsIn(restored);
      expect((await admin.get('/api/campaigns')).body).toEqual((await (await signsIn(server)).get('/api/campaigns')).body);
      expect((await verifyAuditLog(restored.deps)).broken).toBeNull();
    } finally {
      await restored.dispose();
    }
  }, SLOW);

  const restoreInto = (dataDir: string, source: string, passphrase: string | null = null, force = false) =>
    restoreBackup({ dataDir, databaseUrl: null }, { source, passphrase, force, progress: () => undefined });

  it('takes a consistent snapshot while the server keeps writing', async () => {
    const file = path.join(work, 'busy.uprbak');
    const admin = await signsIn(server);
    let writing = true;
    const names: string[] = [];
    const writer = (async () => {
      for (let i = 0; writing; i += 1) {
        const answer = await admin.post('/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2027-01-20', name: `During backup ${i}` });
        expect(answer.status).toBe(201);
        names.push(answer.body.name);
      }
    })();
    const backup = await run(['backup', file, '--data', source]);
    writing = false;
    await writer;
    expect(backup.code).toBe(0);
    const target = path.join(work, 'busy');
    await restoreInto(target, file);
    const restored = await createTestServer('sqlite', { dataDir: target, today: SEED_TODAY });
    try {
      const campaigns = (await restored.deps.db.selectFrom('campaign').select(['id', 'name']).execute()).filter((c) => c.name.startsWith('During backup'));
      const audited = new Set((await restored.deps.db.selectFrom('audit_log').select('object_id').where('action', '=', 'campaign.create').execute()).map((r) => r.object_id));
      // A snapshot: each campaign with its audit entry, a prefix of what was written, a valid chain.
      expect(campaigns.every((c) => audited.has(c.id))).toBe(true);
      expect(campaigns.map((c) => c.name).sort()).toEqual(names.slice(0, campaigns.length).sort());
      expect((await verifyAuditLog(restored.deps)).broken).toBeNull();
    } finally {
      await restored.dispose();
    }
  }, SLOW);

  it('encrypts with a passphrase and refuses a missing or wrong passphrase, a damaged or truncated file', async () => {
    const file = path.join(work, 'secret.uprbak');
    const passphrase = 'correct horse battery staple';
    expect((await run(['backup', file, '--data', source], { UPR_BACKUP_PASSPHRASE: passphrase })).code).toBe(0);
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 20).toString()).toBe('UPR-ADVOCATE-BACKUP\n');
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(JSON.parse(bytes.subarray(20, bytes.indexOf(10, 20)).toString()).encryption).toMatchObject({ cipher: 'aes-256-gcm', kdf: 'scrypt' });

    const target = (name: string) => path.join(work, name);
    const passphraseFile = path.join(work, 'wrong-passphrase.txt');
    fs.writeFileSync(passphraseFile, 'Correct horse battery staple\n');
    const wrong = await run(['restore', file, '--data', target('wrong'), '--passphrase-file', passphraseFile]);
    expect([wrong.code, wrong.stderr]).toEqual([1, 'upr-advocate: wrong passphrase: this backup was encrypted with another one.\n']);
    expect(fs.existsSync(path.join(target('wrong'), SQLITE))).toBe(false);
    await expect(restoreInto(target('none'), file)).rejects.toThrow('this backup is encrypted: give its passphrase with --passphrase-file FILE or UPR_BACKUP_PASSPHRASE.');

    const damaged = path.join(work, 'damaged.uprbak');
    const copy = Buffer.from(bytes);
    copy[Math.floor(copy.length / 2)]! ^= 0xff;
    fs.writeFileSync(damaged, copy);
    const truncated = path.join(work, 'truncated.uprbak');
    fs.writeFileSync(truncated, bytes.subarray(0, bytes.length - 1000));
    for (const [name, bad] of [['damaged', damaged], ['truncated', truncated]] as const) {
      await expect(restoreInto(target(name), bad, passphrase)).rejects.toThrow('the backup file is corrupted or truncated (its checksum does not match); use another copy.');
      expect(fs.existsSync(path.join(target(name), SQLITE))).toBe(false);
    }
    await expect(restoreInto(target('text'), passphraseFile)).rejects.toThrow('this file is not an UPR Advocate backup (made by `upr-advocate backup`).');

    await restoreInto(target('good'), file, passphrase);
    expect(sqliteRows(path.join(target('good'), SQLITE))).toEqual(sqliteRows(path.join(source, SQLITE)));
  }, SLOW);

  it('refuses to restore over an instance unless --force, and will not overwrite a backup file', async () => {
    const file = path.join(work, 'force.uprbak');
    await createBackup(server.handle, { target: file, passphrase: null, dataDir: source, appVersion: 'test', progress: () => undefined });
    await expect(backupCommand(file, { data: source, format: 'text' })).rejects.toThrow(`${file} already exists: choose another file name, or add --force to overwrite it.`);
    const occupied = tmp('occupied');
    try {
      const other = await createTestServer('sqlite', { dataDir: occupied });
      await setUpInstance(other, 'Someone else');
      await other.dispose();
      await expect(restoreInto(occupied, file)).rejects.toThrow(`the data folder ${occupied} already holds an instance: restore into an empty one, or add --force to replace it (stop the server first).`);
      await restoreInto(occupied, file, null, true);
      expect(sqliteRows(path.join(occupied, SQLITE))).toEqual(sqliteRows(path.join(source, SQLITE)));
    } finally {
      fs.rmSync(occupied, { recursive: true, force: true });
    }
  }, SLOW);
});

describe.each(ENGINES.filter((e) => e === 'postgres'))('backup and restore (%s)', () => {
  const url = process.env.DATABASE_URL ?? '';
  const work = tmp('pg');
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  async function admin(statement: string) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  }

  it('restores identical data into an empty schema, encrypted, and the restored instance works', async () => {
    const server = await createTestServer('postgres', { today: SEED_TODAY });
    const schema = `t_restore_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    await admin(`CREATE SCHEMA "${schema}"`);
    try {
      await seedWorld(server);
      const file = path.join(work, 'pg.uprbak');
      const lines: string[] = [];
      const summary = await createBackup(server.handle, { target: file, passphrase: 'pg passphrase', dataDir: work, appVersion: 'test', progress: (l) => lines.push(l) });
      expect(summary).toMatchObject({ engine: 'postgres', encrypted: true });
      expect(lines).toContain(`backup: table campaign, ${(await server.deps.db.selectFrom('campaign').select('id').execute()).length} rows`);
      const target = { dataDir: path.join(work, 'restored'), databaseUrl: url, pgSchema: schema };
      await expect(restoreBackup(target, { source: file, passphrase: 'wrong', force: false, progress: () => undefined })).rejects.toMatchObject({ details: { reason: 'wrong-passphrase' } });
      const restored = await restoreBackup(target, { source: file, passphrase: 'pg passphrase', force: false, progress: () => undefined });
      expect(restored).toMatchObject({ engine: 'postgres', upgraded: [] });
      const before = await postgresRows(url, server.pgSchema!);
      expect(rowCount(before)).toBeGreaterThan(100);
      expect(await postgresRows(url, schema)).toEqual(before);
      await expect(restoreBackup(target, { source: file, passphrase: 'pg passphrase', force: false, progress: () => undefined })).rejects.toThrow(/already holds an instance/);

      const reopened = await createTestServer('postgres', { pgSchema: schema, dataDir: target.dataDir, today: SEED_TODAY, keepDatabase: true });
      try {
        const client = await signsIn(reopened);
        // Serial counters were moved past the restored ids: new audit entries do not collide.
        expect((await client.post('/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2027-01-20', name: 'After restore' })).status).toBe(201);
        expect((await verifyAuditLog(reopened.deps)).broken).toBeNull();
      } finally {
        await reopened.dispose();
      }
    } finally {
      await server.dispose();
      await admin(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    }
  }, SLOW);

  it('backs up and restores with the executable between two databases', async () => {
    const suffix = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const urlOf = (name: string) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();
    const [src, dst] = [`upr_backup_src_${suffix}`, `upr_backup_dst_${suffix}`];
    await admin(`CREATE DATABASE "${src}"`);
    await admin(`CREATE DATABASE "${dst}"`);
    try {
      const config = { ...loadConfig({ dataDir: path.join(work, 'src') }, {}), databaseUrl: urlOf(src), authSecret: 'pg-cli-secret'.padEnd(40, 'x') };
      const server = await createServer({ config, setupCode: TEST_SETUP_CODE });
      const client = await setUpInstance(server as unknown as TestServer);
      expect((await client.post('/api/campaigns', { stateIso3: 'KEN', reviewDate: '2027-01-20', name: 'Nairobi' })).status).toBe(201);
      await server.close();
      const file = path.join(work, 'cli-pg.uprbak');
      const backup = await run(['backup', file, '--data', path.join(work, 'src')], { DATABASE_URL: urlOf(src) });
      expect(backup.stderr).toMatch(/backup: table campaign, 1 rows/);
      expect(backup.code).toBe(0);
      const restore = await run(['restore', file, '--data', path.join(work, 'dst')], { DATABASE_URL: urlOf(dst) });
      expect(restore.stdout).toBe('Restored into the PostgreSQL database (DATABASE_URL).\n');
      expect(restore.code).toBe(0);
      expect(await postgresRows(urlOf(dst), 'public')).toEqual(await postgresRows(urlOf(src), 'public'));
    } finally {
      await admin(`DROP DATABASE IF EXISTS "${src}" WITH (FORCE)`);
      await admin(`DROP DATABASE IF EXISTS "${dst}" WITH (FORCE)`);
    }
  }, SLOW);
});
