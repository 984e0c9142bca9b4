/**
 * Throttling of password sign-in (OWASP "device cookies"): at most 10 failures in 15 minutes
 * per client address, per account from devices it does not know, and per known device. A
 * browser that once signed in to the account carries a device cookie and is counted on its
 * own, so someone guessing passwords elsewhere cannot lock the owner out of their own laptop;
 * the per-address limit still applies to everybody. Unknown and known e-mails are counted
 * the same way (by a hash of the typed address), so the answers never tell them apart.
 */
import { createHash } from 'node:crypto';
import { countLoginFailures, insertLoginFailure } from '../db/repos/login-failures-repo.js';
import type { AppDeps } from './deps.js';

export const SIGN_IN_FAILURE_LIMIT = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60_000;

export interface SignInAttempt {
  ip: string;
  email: string;
  /** The nonce of a device cookie that is valid for this e-mail; null without one. */
  deviceKey: string | null;
}

/** The account as typed: trimmed and lower-cased like better-auth looks it up, then hashed. */
export function accountKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

const windowStart = (now: string) => new Date(Date.parse(now) - SIGN_IN_WINDOW_MS).toISOString();

/** Whether this attempt must be refused before its password is even checked. */
export async function isSignInThrottled(deps: AppDeps, attempt: SignInAttempt): Promise<boolean> {
  const counts = await countLoginFailures(
    deps.db,
    { ip: attempt.ip, accountKey: accountKey(attempt.email), deviceKey: attempt.deviceKey },
    windowStart(deps.clock.now()),
  );
  if (counts.ip >= SIGN_IN_FAILURE_LIMIT) return true;
  // A known device has its own budget (a stolen device cookie cannot guess without limit);
  // the failures of unknown devices do not count against it.
  return attempt.deviceKey ? counts.device >= SIGN_IN_FAILURE_LIMIT : counts.accountUnknownDevices >= SIGN_IN_FAILURE_LIMIT;
}

/** Counts a failed password sign-in (bookkeeping of the throttle, not a change of data to audit). */
export async function recordSignInFailure(deps: AppDeps, attempt: SignInAttempt): Promise<void> {
  const now = deps.clock.now();
  await insertLoginFailure(deps.db, { ip: attempt.ip, accountKey: accountKey(attempt.email), deviceKey: attempt.deviceKey, at: now }, windowStart(now));
}
