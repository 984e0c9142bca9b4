/**
 * The passphrase of an encrypted backup: scrypt turns it into an AES-256-GCM key and a
 * separate check value, so that a wrong passphrase is told apart from a damaged file before
 * anything is decrypted.
 */
import { createHmac, randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface EncryptionHeader {
  cipher: 'aes-256-gcm';
  kdf: 'scrypt';
  /** scrypt cost parameters: N (CPU/memory), r (block size), p (parallelism). */
  N: number;
  r: number;
  p: number;
  /** base64 */
  salt: string;
  /** base64, 12 bytes */
  iv: string;
  /** base64 HMAC proving the passphrase without revealing the key. */
  check: string;
}

// 2^16 × 8 × 128 bytes = 64 MiB of memory and a fraction of a second per attempt: costly for
// someone guessing passphrases of a stolen backup, cheap for one restore.
const COST = { N: 2 ** 16, r: 8, p: 1 };

function scrypt(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scryptCallback(passphrase.normalize('NFC'), salt, 64, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

const checkOf = (checkKey: Buffer) => createHmac('sha256', checkKey).update('upr-advocate backup passphrase check').digest();

export interface BackupKey {
  key: Buffer;
  iv: Buffer;
  header: EncryptionHeader;
}

/** Parameters this version can use (and that cannot make a restore allocate gigabytes). */
export function isSupportedEncryption(header: EncryptionHeader): boolean {
  return header.cipher === 'aes-256-gcm' && header.kdf === 'scrypt' && header.N <= 2 ** 20 && header.r <= 32 && header.p <= 16;
}

/** A fresh key (new salt and IV) for a new backup. */
export async function newBackupKey(passphrase: string): Promise<BackupKey> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const derived = await scrypt(passphrase, salt, COST);
  const header: EncryptionHeader = {
    cipher: 'aes-256-gcm',
    kdf: 'scrypt',
    ...COST,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    check: checkOf(derived.subarray(32)).toString('base64'),
  };
  return { key: derived.subarray(0, 32), iv, header };
}

/** The key of an existing backup, or null when the passphrase is not the one it was made with. */
export async function backupKeyFor(passphrase: string, header: EncryptionHeader): Promise<BackupKey | null> {
  const derived = await scrypt(passphrase, Buffer.from(header.salt, 'base64'), header);
  const expected = Buffer.from(header.check, 'base64');
  const actual = checkOf(derived.subarray(32));
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  return { key: derived.subarray(0, 32), iv: Buffer.from(header.iv, 'base64'), header };
}
