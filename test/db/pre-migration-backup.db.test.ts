import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/database.js';
import { migrateTo, pendingMigrationNames } from '../../src/server/db/migrate.js';
import { createTestServer } from '../db-helpers.js';

/**
 * A migration is preceded by an automatic backup (issue 6, item 8): when the embedded database
 * already holds an instance and has migrations pending, a copy goes to
 * data/backups/pre-migration-<time>.sqlite before the first pending migration runs.
 * SQLite only: PostgreSQL runs each migration in a transaction, and its operators back it up
 * with `upr-advocate backup` or their own tools (src/server/db/pre-migration-backup.ts).
 */
describe('automatic backup before migrating (SQLite)', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-pre-migration-'));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  const backups = () => (fs.existsSync(path.join(dataDir, 'backups')) ? fs.readdirSync(path.join(dataDir, 'backups')) : []);
  const all = pendingMigrationNames();

  it('copies an existing database with pending migrations, as it was, before migrating it', async () => {
    const older = all.slice(0, -1);
    const handle = openDatabase({ dataDir, databaseUrl: null });
    await migrateTo(handle.db, handle.engine, handle.schema, older.at(-1)!);
    await handle.db.insertInto('organization').values({ id: 'org-1', name: 'Before the upgrade', created_at: '2026-11-27T10:00:00.000Z' }).execute();
    await handle.close();

    const server = await createTestServer('sqlite', { dataDir });
    try {
      const files = backups();
      expect(files, files.join(' ')).toHaveLength(1);
      expect(files[0]).toMatch(/^pre-migration-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.sqlite$/);
      const copy = new SqliteDatabase(path.join(dataDir, 'backups', files[0]!), { readonly: true });
      try {
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        expect((copy.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((r) => r.name)).toEqual(older);
        expect(copy.prepare('select name from organization').all()).toEqual([{ name: 'Before the upgrade' }]);
      } finally {
        copy.close();
      }
      expect((await server.deps.db.selectFrom('organization').select('name').execute()).map((o) => o.name)).toEqual(['Before the upgrade']);
    } finally {
      await server.dispose();
    }

    // Up to date now: a restart copies nothing more.
    const again = await createTestServer('sqlite', { dataDir });
    await again.dispose();
    expect(backups()).toHaveLength(1);
  });

  it('does not copy a new, empty database', async () => {
    const server = await createTestServer('sqlite', { dataDir });
    await server.dispose();
    expect(backups()).toEqual([]);
  });
});
