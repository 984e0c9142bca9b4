/**
 * One-time secrets (setup code, invitation links, calendar feed URLs). Tokens carry 256 bits of
 * randomness; only their SHA-256 is stored.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A setup code people can type from a server log: 12 characters without look-alikes. */
export function newSetupCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}

export function sameSecret(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a.trim().toUpperCase()).digest();
  const hb = createHash('sha256').update(b.trim().toUpperCase()).digest();
  return timingSafeEqual(ha, hb);
}
