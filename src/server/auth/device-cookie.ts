/**
 * Device cookies (OWASP): after a complete sign-in the browser gets `nonce.signature`, where
 * the signature is an HMAC of the account and the nonce under the auth secret. A later sign-in
 * to the same account from that browser is recognised without storing anything on the server;
 * the cookie names no account (only its HMAC does) and is useless for any other account.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const DEVICE_COOKIE = 'upr_device';
/** A known device stays known for half a year after its last complete sign-in. */
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 180 * 24 * 3600;

function signature(secret: string, email: string, nonce: string): Buffer {
  return createHmac('sha256', secret).update(`device|${email.trim().toLowerCase()}|${nonce}`).digest();
}

export function newDeviceCookieValue(secret: string, email: string): string {
  const nonce = randomBytes(16).toString('base64url');
  return `${nonce}.${signature(secret, email, nonce).toString('base64url')}`;
}

/** The nonce of `value` when it is a device cookie issued for `email`; null otherwise. */
export function deviceKeyOf(secret: string, value: string | undefined, email: string): string | null {
  if (!value) return null;
  const [nonce, signed, ...rest] = value.split('.');
  if (!nonce || !signed || rest.length > 0 || nonce.length > 64) return null;
  const expected = signature(secret, email, nonce);
  const given = Buffer.from(signed, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected) ? nonce : null;
}

export function deviceCookieHeader(value: string, secure: boolean): string {
  return [`${DEVICE_COOKIE}=${value}`, 'Path=/api/auth', `Max-Age=${DEVICE_COOKIE_MAX_AGE_SECONDS}`, 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])].join('; ');
}
