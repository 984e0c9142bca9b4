/**
 * An authenticator app in a few lines (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps), written
 * independently of better-auth, so the tests prove that a real app's codes are accepted.
 */
import { createHmac } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32Decode(text: string): Buffer {
  let bits = '';
  for (const char of text.replace(/=+$/, '').toUpperCase()) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) throw new Error(`not Base32: ${char}`);
    bits += value.toString(2).padStart(5, '0');
  }
  const bytes = bits.match(/.{8}/g) ?? [];
  return Buffer.from(bytes.map((b) => parseInt(b, 2)));
}

/** The secret key of an `otpauth://totp/…?secret=…` URI, as an app reads it from the QR code. */
export function secretOfUri(otpauthUri: string): Buffer {
  const url = new URL(otpauthUri);
  if (url.protocol !== 'otpauth:' || url.host !== 'totp') throw new Error(`not a TOTP URI: ${otpauthUri}`);
  return base32Decode(url.searchParams.get('secret') ?? '');
}

/** The code an app shows at `atMs` (default: now), `offsetSteps` periods away. */
export function totpCode(key: Buffer, atMs = Date.now(), offsetSteps = 0): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(atMs / 30_000) + offsetSteps));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return binary.toString().padStart(6, '0');
}

/** A 6-digit code that is certainly not valid now (nor one period around). */
export function wrongCode(key: Buffer): string {
  const valid = new Set([-1, 0, 1].map((step) => totpCode(key, Date.now(), step)));
  for (let n = 0; ; n++) {
    const candidate = n.toString().padStart(6, '0');
    if (!valid.has(candidate)) return candidate;
  }
}
