/**
 * `upr-advocate backup PATH` and `upr-advocate restore PATH` (decision 0004): the whole
 * instance in one file, optionally encrypted with a passphrase (--passphrase-file FILE, or
 * UPR_BACKUP_PASSPHRASE). Progress goes to stderr, the summary to stdout.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createBackup, type BackupSummary } from '../server/app/backup.js';
import { restoreBackup, type RestoreSummary } from '../server/app/restore.js';
import { loadConfig, type Config } from '../server/config.js';
import { VERSION } from '../server/create-server.js';
import { openDatabase } from '../server/db/database.js';
import { UsageError, writeJson } from './output.js';

export interface BackupCommandOptions {
  data?: string;
  passphraseFile?: string;
  force?: boolean;
  format: 'text' | 'json';
}

const progress = (line: string) => void process.stderr.write(`${line}\n`);

/** The passphrase: the first line of --passphrase-file, else UPR_BACKUP_PASSPHRASE, else none. */
export function passphraseOf(opts: BackupCommandOptions, config: Config): string | null {
  if (opts.passphraseFile) {
    let text: string;
    try {
      text = fs.readFileSync(opts.passphraseFile, 'utf8');
    } catch {
      throw new UsageError(`cannot read the passphrase file ${opts.passphraseFile}: give a file holding the passphrase on its first line.`);
    }
    const first = text.split(/\r?\n/)[0] ?? '';
    if (!first) throw new UsageError(`the passphrase file ${opts.passphraseFile} is empty: write the passphrase on its first line.`);
    return first;
  }
  return config.backupPassphrase;
}

export async function backupCommand(target: string, opts: BackupCommandOptions): Promise<BackupSummary> {
  const config = loadConfig({ dataDir: opts.data });
  const passphrase = passphraseOf(opts, config);
  if (fs.existsSync(target) && !opts.force) throw new UsageError(`${target} already exists: choose another file name, or add --force to overwrite it.`);
  if (!fs.existsSync(path.dirname(path.resolve(target)))) throw new UsageError(`the folder of ${target} does not exist: create it first.`);
  const sqliteFile = path.join(config.dataDir, 'upr-advocate.sqlite');
  if (!config.databaseUrl && !fs.existsSync(sqliteFile)) {
    throw new UsageError(`there is no database in ${config.dataDir}: give the data folder with --data DIR (or set DATABASE_URL for PostgreSQL).`);
  }
  // Opened without migrating: a backup keeps the database exactly as it is.
  const handle = openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    if (!passphrase) progress('backup: not encrypted (give --passphrase-file FILE or UPR_BACKUP_PASSPHRASE to encrypt it)');
    const summary = await createBackup(handle, { target, passphrase, dataDir: config.dataDir, appVersion: VERSION, progress });
    if (opts.format === 'json') writeJson(summary);
    else process.stdout.write(`Backup written to ${summary.file} (${summary.bytes} bytes${summary.encrypted ? ', encrypted' : ''}).\n`);
    return summary;
  } finally {
    await handle.close();
  }
}

export async function restoreCommand(source: string, opts: BackupCommandOptions): Promise<RestoreSummary> {
  const config = loadConfig({ dataDir: opts.data });
  if (!fs.existsSync(source)) throw new UsageError(`cannot read ${source}: no such file.`);
  const summary = await restoreBackup(
    { dataDir: config.dataDir, databaseUrl: config.databaseUrl },
    { source, passphrase: passphraseOf(opts, config), force: opts.force === true, progress },
  );
  if (opts.format === 'json') writeJson(summary);
  else {
    const where = summary.engine === 'sqlite' ? config.dataDir : 'the PostgreSQL database (DATABASE_URL)';
    const upgraded = summary.upgraded.length ? `, then upgraded by ${summary.upgraded.length} migration(s)` : '';
    process.stdout.write(`Restored into ${where}${upgraded}.\n`);
  }
  return summary;
}
