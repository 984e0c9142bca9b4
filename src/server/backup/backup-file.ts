/**
 * The backup file (docs/decisions/0005-backup-format.md):
 *
 *   UPR-ADVOCATE-BACKUP\n              magic line
 *   {"version":1,…}\n                  header: engine, time, encryption parameters (or null)
 *   body                               gzip of the payload records, AES-256-GCM encrypted when
 *                                      a passphrase is given (the two lines above are its AAD)
 *   [16-byte GCM tag]                  when encrypted
 *   32-byte SHA-256                    of everything before it: a damaged or truncated file is
 *                                      refused before anything is restored
 *
 * The payload is a sequence of records, each a JSON line, some followed by raw bytes or lines
 * (backup-records.ts). Files are written as `PATH.partial` and renamed when complete.
 */
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import fs from 'node:fs';
import { once } from 'node:events';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { AppError } from '../../core/errors.js';
import { backupKeyFor, isSupportedEncryption, newBackupKey, type EncryptionHeader } from './backup-crypto.js';
import { RecordReader } from './backup-records.js';

export const BACKUP_MAGIC = 'UPR-ADVOCATE-BACKUP\n';
export const BACKUP_VERSION = 1;
const CHECKSUM_BYTES = 32;
const TAG_BYTES = 16;

export interface BackupHeader {
  version: number;
  engine: 'sqlite' | 'postgres';
  createdAt: string;
  encryption: EncryptionHeader | null;
}

export type BackupProblem = 'not-a-backup' | 'corrupted' | 'unsupported' | 'passphrase-needed' | 'wrong-passphrase';

/** A backup that cannot be read: exit 1 with a message saying why (never a stack trace). */
export function backupError(reason: BackupProblem, message: string): AppError {
  return new AppError('validation', message, { reason });
}

/** Raw bytes written into the (compressed, maybe encrypted) payload, with back-pressure. */
export type PayloadSink = (chunk: Buffer) => Promise<void>;

/** Writes a backup to `target` (via `target.partial`); `produce` writes the payload. */
export async function writeBackupFile(
  target: string,
  engine: BackupHeader['engine'],
  passphrase: string | null,
  produce: (sink: PayloadSink) => Promise<void>,
): Promise<{ bytes: number; encrypted: boolean }> {
  const key = passphrase === null ? null : await newBackupKey(passphrase);
  const header: BackupHeader = { version: BACKUP_VERSION, engine, createdAt: new Date().toISOString(), encryption: key?.header ?? null };
  const preamble = Buffer.from(`${BACKUP_MAGIC}${JSON.stringify(header)}\n`, 'utf8');
  const cipher = key ? createCipheriv('aes-256-gcm', key.key, key.iv).setAAD(preamble) : null;
  const checksum = createHash('sha256');
  const trailer = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      checksum.update(chunk);
      done(null, chunk);
    },
    // Runs after the cipher has finished, so its tag exists.
    flush(done) {
      if (cipher) {
        const tag = cipher.getAuthTag();
        checksum.update(tag);
        this.push(tag);
      }
      this.push(checksum.digest());
      done();
    },
  });
  const partial = `${target}.partial`;
  const gzip = zlib.createGzip({ level: 6 });
  trailer.write(preamble);
  const written = pipeline([gzip, ...(cipher ? [cipher] : []), trailer, fs.createWriteStream(partial, { mode: 0o600 })]);
  const sink: PayloadSink = async (chunk) => {
    if (!gzip.write(chunk)) await Promise.race([once(gzip, 'drain'), written]);
  };
  try {
    await produce(sink);
    gzip.end();
    await written;
    fs.renameSync(partial, target);
  } catch (error) {
    gzip.destroy();
    await written.catch(() => undefined);
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return { bytes: fs.statSync(target).size, encrypted: key !== null };
}

async function checksumOk(file: string, size: number): Promise<boolean> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { start: 0, end: size - CHECKSUM_BYTES - 1 })) hash.update(chunk as Buffer);
  const stored = Buffer.alloc(CHECKSUM_BYTES);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, stored, 0, CHECKSUM_BYTES, size - CHECKSUM_BYTES);
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest().equals(stored);
}

function readPreamble(file: string): { header: BackupHeader; preamble: Buffer } {
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(8192);
  let length = 0;
  try {
    length = fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  const text = head.subarray(0, length);
  if (!text.subarray(0, BACKUP_MAGIC.length).equals(Buffer.from(BACKUP_MAGIC))) {
    throw backupError('not-a-backup', 'this file is not an UPR Advocate backup (made by `upr-advocate backup`).');
  }
  const end = text.indexOf(10, BACKUP_MAGIC.length);
  if (end < 0) throw backupError('corrupted', 'the backup file is corrupted or truncated: its header is incomplete.');
  let header: BackupHeader;
  try {
    header = JSON.parse(text.subarray(BACKUP_MAGIC.length, end).toString('utf8')) as BackupHeader;
  } catch {
    throw backupError('corrupted', 'the backup file is corrupted: its header is not readable.');
  }
  return { header, preamble: text.subarray(0, end + 1) };
}

export interface OpenedBackup {
  header: BackupHeader;
  records: RecordReader;
}

/** Checks and opens a backup: a damaged file, a missing or wrong passphrase are refused first. */
export async function openBackupFile(file: string, passphrase: string | null): Promise<OpenedBackup> {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw backupError('not-a-backup', `cannot read ${file}: no such file.`);
  }
  const { header, preamble } = readPreamble(file);
  if (header.version !== BACKUP_VERSION) {
    throw backupError('unsupported', `this backup has format version ${header.version}; this version of UPR Advocate reads version ${BACKUP_VERSION}. Use a newer version.`);
  }
  const trailerBytes = CHECKSUM_BYTES + (header.encryption ? TAG_BYTES : 0);
  if (size < preamble.length + trailerBytes || !(await checksumOk(file, size))) {
    throw backupError('corrupted', 'the backup file is corrupted or truncated (its checksum does not match); use another copy.');
  }
  const bodyEnd = size - trailerBytes - 1;
  let decipher: ReturnType<typeof createDecipheriv> | null = null;
  if (header.encryption) {
    if (!isSupportedEncryption(header.encryption)) throw backupError('unsupported', 'this backup uses an encryption this version cannot read.');
    if (passphrase === null) {
      throw backupError('passphrase-needed', 'this backup is encrypted: give its passphrase with --passphrase-file FILE or UPR_BACKUP_PASSPHRASE.');
    }
    const key = await backupKeyFor(passphrase, header.encryption);
    if (!key) throw backupError('wrong-passphrase', 'wrong passphrase: this backup was encrypted with another one.');
    const tag = Buffer.alloc(TAG_BYTES);
    const fd = fs.openSync(file, 'r');
    try {
      fs.readSync(fd, tag, 0, TAG_BYTES, size - trailerBytes);
    } finally {
      fs.closeSync(fd);
    }
    decipher = createDecipheriv('aes-256-gcm', key.key, key.iv).setAAD(preamble).setAuthTag(tag);
  }
  const body = fs.createReadStream(file, { start: preamble.length, end: bodyEnd });
  const gunzip = zlib.createGunzip();
  // Errors (a bad tag, bad gzip data) destroy every stream; the reader reports them as damage.
  pipeline(decipher ? [body, decipher, gunzip] : [body, gunzip]).catch(() => undefined);
  return { header, records: new RecordReader(gunzip[Symbol.asyncIterator]() as AsyncIterator<Buffer>) };
}
