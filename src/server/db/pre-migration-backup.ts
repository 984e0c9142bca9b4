/**
 * The automatic copy of an embedded database taken before an upgrade migrates it: SQLite's
 * online backup (consistent even if another process writes meanwhile) into
 * `<dataDir>/backups/pre-migration-<time>.sqlite`. PostgreSQL installations are backed up by
 * their operators (`upr-advocate backup`, or their own dumps); a migration there runs in one
 * transaction and changes nothing when it fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';

export interface PreMigrationBackupTarget {
  sqlite: SqliteDatabase.Database;
  dataDir: string;
  /** The time in the file name (tests pin it). */
  now?: () => Date;
}

export function preMigrationBackupDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/** Copies the database and returns the copy's path. */
export async function backupBeforeMigration(target: PreMigrationBackupTarget): Promise<string> {
  const dir = preMigrationBackupDir(target.dataDir);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  // Colons are not allowed in Windows file names; the instant stays sortable.
  const stamp = (target.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
  let file = path.join(dir, `pre-migration-${stamp}.sqlite`);
  for (let n = 2; fs.existsSync(file); n += 1) file = path.join(dir, `pre-migration-${stamp}-${n}.sqlite`);
  await target.sqlite.backup(file);
  // A single self-contained file (no -wal/-shm beside it when opened): easy to move or put back.
  const copy = new SqliteDatabase(file);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  fs.chmodSync(file, 0o600);
  return file;
}
