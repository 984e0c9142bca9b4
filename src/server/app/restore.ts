/**
 * `upr-advocate restore`: a backup (app/backup.ts) into a fresh instance. The file is checked
 * whole (checksum, passphrase) before anything is written; the target must be empty unless
 * forced; an older backup is migrated forward after it is restored.
 */
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { AppError } from '../../core/errors.js';
import { openBackupFile, type OpenedBackup } from '../backup/backup-file.js';
import type { BackupRecord, RecordReader } from '../backup/backup-records.js';
import { dropAllTables, insertableColumns, insertRows, listTables, resetSequences, tablesInLoadOrder, TRIGGER_COUNTERS } from '../backup/pg-tables.js';
import { openDatabase, type DatabaseOptions } from '../db/database.js';
import { migrateTo, migrateToLatest, pendingMigrationNames } from '../db/migrate.js';
import { renewSearchIndexInstance } from '../search/facet-index.js';
import { INSTANCE_FILES } from './backup.js';
import { reusePlansForBulkWrites } from '../db/bulk-write-plans.js';

export interface RestoreOptions {
  source: string;
  passphrase: string | null;
  /** Replace a target that already holds data. */
  force: boolean;
  progress: (line: string) => void;
}

export interface RestoreSummary {
  engine: 'sqlite' | 'postgres';
  migrations: number;
  /** Migrations applied after the restore (the backup was made by an older version). */
  upgraded: string[];
  tables?: number;
  rows?: number;
}

const SQLITE_DEFAULT_FILE = 'upr-advocate.sqlite';
const refuse = (message: string) => new AppError('validation', message);

type Manifest = Extract<BackupRecord, { kind: 'manifest' }>;

function checkManifest(record: BackupRecord, engine: 'sqlite' | 'postgres'): Manifest {
  if (record.kind !== 'manifest' || record.format !== 'upr-advocate-backup') throw refuse('the backup file is corrupted: it does not start with its manifest.');
  if (record.engine !== engine) {
    const how = record.engine === 'sqlite' ? 'without DATABASE_URL (embedded SQLite)' : 'with DATABASE_URL set (PostgreSQL)';
    throw refuse(`this is a backup of a ${record.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'} instance: restore it ${how}.`);
  }
  const known = pendingMigrationNames();
  if (record.migrations.some((name, i) => known[i] !== name)) {
    throw refuse(`this backup was made by a newer version of UPR Advocate (${record.app}); upgrade this installation first.`);
  }
  return record;
}

async function readInstanceFile(records: RecordReader, record: Extract<BackupRecord, { kind: 'file' }>): Promise<Buffer> {
  if (!(INSTANCE_FILES as readonly string[]).includes(record.name)) throw refuse('the backup file is corrupted: it holds an unknown file.');
  const parts: Buffer[] = [];
  await records.bytes(record.bytes, (chunk) => void parts.push(Buffer.from(chunk)));
  return Buffer.concat(parts);
}

function writeInstanceFiles(dataDir: string, files: Map<string, Buffer>): void {
  fs.mkdirSync(dataDir, { recursive: true });
  for (const [name, bytes] of files) fs.writeFileSync(path.join(dataDir, name), bytes, { mode: 0o600 });
}

async function expectEnd(records: RecordReader): Promise<void> {
  const end = await records.record();
  if (end.kind !== 'end') throw refuse('the backup file is corrupted: unexpected data after the database.');
  if ((await records.line()) !== null) throw refuse('the backup file is corrupted: unexpected data after its last record.');
}

async function restoreSqlite(target: DatabaseOptions, backup: OpenedBackup, manifest: Manifest, options: RestoreOptions): Promise<RestoreSummary> {
  const file = path.join(target.dataDir, target.sqliteFile ?? SQLITE_DEFAULT_FILE);
  fs.mkdirSync(target.dataDir, { recursive: true });
  const partial = `${file}.restoring`;
  const files = new Map<string, Buffer>();
  try {
    for (;;) {
      const record = await backup.records.record();
      if (record.kind === 'file') files.set(record.name, await readInstanceFile(backup.records, record));
      else if (record.kind === 'sqlite') {
        const out = fs.openSync(partial, 'w', 0o600);
        let copied = 0;
        let shown = -1;
        try {
          await backup.records.bytes(record.bytes, (chunk) => {
            fs.writeSync(out, chunk);
            copied += chunk.length;
            const percent = Math.floor((copied / Math.max(record.bytes, 1)) * 100);
            if (percent >= shown + 10) {
              shown = percent;
              options.progress(`restore: writing the database ${percent}%`);
            }
          });
          fs.fsyncSync(out);
        } finally {
          fs.closeSync(out);
        }
        break;
      } else throw refuse('the backup file is corrupted: no database in it.');
    }
    await expectEnd(backup.records);
    const check = new SqliteDatabase(partial, { readonly: true });
    try {
      if (check.pragma('integrity_check', { simple: true }) !== 'ok') throw refuse('the database inside the backup is damaged (integrity check failed); use another copy.');
    } finally {
      check.close();
    }
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
    fs.renameSync(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  writeInstanceFiles(target.dataDir, files);
  const handle = openDatabase(target);
  try {
    const upgraded = (await migrateToLatest(handle.db, handle.engine, handle.schema, { backupBefore: { sqlite: handle.sqlite!, dataDir: target.dataDir } })).applied;
    await renewSearchIndexInstance(handle.db);
    return { engine: 'sqlite', migrations: manifest.migrations.length, upgraded };
  } finally {
    await handle.close();
  }
}

async function loadTables(handle: ReturnType<typeof openDatabase>, backup: OpenedBackup, options: RestoreOptions): Promise<{ tables: number; rows: number; files: Map<string, Buffer> }> {
  const schema = handle.schema ?? 'public';
  const files = new Map<string, Buffer>();
  return handle.db.transaction().execute(async (trx) => {
    await reusePlansForBulkWrites(trx, handle.engine);
    // Migrations may seed rows; the backup's rows replace them.
    for (const table of (await tablesInLoadOrder(trx, schema)).reverse()) await sql`delete from ${sql.table(`${schema}.${table}`)}`.execute(trx);
    let tables = 0;
    let rows = 0;
    for (;;) {
      const record = await backup.records.record();
      if (record.kind === 'file') files.set(record.name, await readInstanceFile(backup.records, record));
      else if (record.kind === 'table') {
        const columns = await insertableColumns(trx, schema, record.name);
        if (!columns.length) throw refuse(`the backup holds a table this version does not have (${record.name}).`);
        if (TRIGGER_COUNTERS.has(record.name)) await sql`delete from ${sql.table(`${schema}.${record.name}`)}`.execute(trx);
        let batch: string[] = [];
        for (let i = 0; i < record.rows; i += 1) {
          const line = await backup.records.line();
          if (line === null) throw refuse('the backup file is corrupted: a table is cut short.');
          batch.push(line);
          if (batch.length === 500) {
            await insertRows(trx, schema, record.name, columns, batch);
            batch = [];
          }
        }
        await insertRows(trx, schema, record.name, columns, batch);
        tables += 1;
        rows += record.rows;
        options.progress(`restore: table ${record.name}, ${record.rows.toLocaleString('en-US')} rows`);
      } else if (record.kind === 'end') {
        if ((await backup.records.line()) !== null) throw refuse('the backup file is corrupted: unexpected data after its last record.');
        break;
      } else throw refuse('the backup file is corrupted: unexpected record.');
    }
    await resetSequences(trx, schema);
    return { tables, rows, files };
  });
}

async function restorePostgres(target: DatabaseOptions, backup: OpenedBackup, manifest: Manifest, options: RestoreOptions): Promise<RestoreSummary> {
  const handle = openDatabase(target);
  try {
    const schema = handle.schema ?? 'public';
    if (options.force) await dropAllTables(handle.db, schema);
    await migrateTo(handle.db, handle.engine, handle.schema, manifest.migrations.at(-1)!);
    const loaded = await loadTables(handle, backup, options);
    writeInstanceFiles(target.dataDir, loaded.files);
    const upgraded = (await migrateToLatest(handle.db, handle.engine, handle.schema)).applied;
    await renewSearchIndexInstance(handle.db);
    return { engine: 'postgres', migrations: manifest.migrations.length, upgraded, tables: loaded.tables, rows: loaded.rows };
  } finally {
    await handle.close();
  }
}

/** True when the target already holds a database (a restore would overwrite it). */
export async function targetHasData(target: DatabaseOptions): Promise<boolean> {
  if (!target.databaseUrl) {
    const file = path.join(target.dataDir, target.sqliteFile ?? SQLITE_DEFAULT_FILE);
    return fs.existsSync(file) && fs.statSync(file).size > 0;
  }
  const handle = openDatabase(target);
  try {
    return (await listTables(handle.db, handle.schema ?? 'public')).length > 0;
  } finally {
    await handle.close();
  }
}

export async function restoreBackup(target: DatabaseOptions, options: RestoreOptions): Promise<RestoreSummary> {
  const engine = target.databaseUrl ? 'postgres' : 'sqlite';
  if (!options.force && (await targetHasData(target))) {
    const where = engine === 'sqlite' ? `the data folder ${target.dataDir}` : 'the PostgreSQL database (DATABASE_URL)';
    throw refuse(`${where} already holds an instance: restore into an empty one, or add --force to replace it (stop the server first).`);
  }
  const backup = await openBackupFile(options.source, options.passphrase);
  const manifest = checkManifest(await backup.records.record(), engine);
  options.progress(`restore: backup of ${backup.header.createdAt}, ${manifest.migrations.length} migrations`);
  return engine === 'sqlite' ? restoreSqlite(target, backup, manifest, options) : restorePostgres(target, backup, manifest, options);
}
