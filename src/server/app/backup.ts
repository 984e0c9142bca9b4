/**
 * `upr-advocate backup`: a consistent copy of the whole instance while it may be running.
 * SQLite: the database's online backup API (a consistent snapshot even while the server
 * writes). PostgreSQL: every table read in one repeatable-read snapshot (backup/pg-tables.ts).
 * The instance secret of the data folder goes along: it signs sessions and encrypts
 * two-factor secrets, which a restore without it could not read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/errors.js';
import { writeBackupFile, type PayloadSink } from '../backup/backup-file.js';
import { writeRecord } from '../backup/backup-records.js';
import { countRows, tableRows, tablesInLoadOrder } from '../backup/pg-tables.js';
import type { DatabaseHandle } from '../db/database.js';
import { appliedMigrationNames } from '../db/migrate.js';

export const INSTANCE_FILES = ['auth-secret'] as const;

export interface BackupOptions {
  target: string;
  passphrase: string | null;
  /** The data folder (its instance secret is backed up with the database). */
  dataDir: string;
  appVersion: string;
  progress: (line: string) => void;
}

export interface BackupSummary {
  file: string;
  bytes: number;
  encrypted: boolean;
  engine: 'sqlite' | 'postgres';
  migrations: number;
  tables?: number;
  rows?: number;
}

async function streamFile(sink: PayloadSink, file: string): Promise<void> {
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) await sink(chunk as Buffer);
  await sink(Buffer.from('\n'));
}

async function backupSqlite(handle: DatabaseHandle, sink: PayloadSink, scratch: string, progress: BackupOptions['progress']): Promise<void> {
  let lastShown = -1;
  await handle.sqlite!.backup(scratch, {
    progress: ({ totalPages, remainingPages }) => {
      const percent = totalPages ? Math.floor(((totalPages - remainingPages) / totalPages) * 100) : 100;
      if (percent >= lastShown + 10) {
        lastShown = percent;
        progress(`backup: copying the database ${percent}%`);
      }
      return 256;
    },
  });
  // A small database is copied in one step, without a progress call.
  if (lastShown < 100) progress('backup: copying the database 100%');
  await writeRecord(sink, { kind: 'sqlite', bytes: fs.statSync(scratch).size });
  await streamFile(sink, scratch);
}

async function backupPostgres(handle: DatabaseHandle, sink: PayloadSink, progress: BackupOptions['progress']): Promise<{ tables: number; rows: number }> {
  const schema = handle.schema ?? 'public';
  let rows = 0;
  const tables = await handle.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const names = await tablesInLoadOrder(trx, schema);
      for (const table of names) {
        const count = await countRows(trx, schema, table);
        await writeRecord(sink, { kind: 'table', name: table, rows: count });
        let written = 0;
        for await (const page of tableRows(trx, schema, table)) {
          written += page.length;
          if (written > count) throw new Error(`table ${table} changed during the backup`);
          await sink(Buffer.from(`${page.join('\n')}\n`, 'utf8'));
        }
        if (written !== count) throw new Error(`table ${table} changed during the backup`);
        rows += count;
        progress(`backup: table ${table}, ${count.toLocaleString('en-US')} rows`);
      }
      return names.length;
    });
  return { tables, rows };
}

export async function createBackup(handle: DatabaseHandle, options: BackupOptions): Promise<BackupSummary> {
  const migrations = await appliedMigrationNames(handle.db, handle.engine, handle.schema);
  if (!migrations.length) throw new AppError('validation', 'the database is empty (never started): there is nothing to back up.');
  const target = path.resolve(options.target);
  const scratch = `${target}.sqlite-snapshot`;
  let counts: { tables: number; rows: number } | undefined;
  try {
    const written = await writeBackupFile(target, handle.engine, options.passphrase, async (sink) => {
      await writeRecord(sink, { kind: 'manifest', format: 'upr-advocate-backup', engine: handle.engine, migrations, app: options.appVersion });
      let records = 1;
      for (const name of INSTANCE_FILES) {
        const file = path.join(options.dataDir, name);
        if (!fs.existsSync(file)) continue;
        await writeRecord(sink, { kind: 'file', name, bytes: fs.statSync(file).size });
        await streamFile(sink, file);
        records += 1;
      }
      if (handle.engine === 'sqlite') await backupSqlite(handle, sink, scratch, options.progress);
      else counts = await backupPostgres(handle, sink, options.progress);
      await writeRecord(sink, { kind: 'end', records: records + (counts?.tables ?? 1) });
    });
    options.progress(`backup: written ${target} (${(written.bytes / 1024 / 1024).toFixed(1)} MB${written.encrypted ? ', encrypted' : ''})`);
    return { file: target, ...written, engine: handle.engine, migrations: migrations.length, ...counts };
  } finally {
    fs.rmSync(scratch, { force: true });
  }
}
