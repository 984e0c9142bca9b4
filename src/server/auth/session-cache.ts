/**
 * A short memory of sessions better-auth has validated, so that a signed-in request does not
 * ask better-auth again (cookie signature check + two queries) when the same browser asked a
 * moment ago: the page of a campaign fires several requests at once, each behind the session
 * gate. The member's role, language and two-step policy are remembered apart, by the same rules
 * (decision record 0011).
 *
 * Safety, first (the rules of short-memory.ts):
 * - An entry lives at most SESSION_CACHE_TTL_MS (5 s), and never past the session's expiry.
 * - Any change to the `session` table through this server's database handle (sign-out,
 *   revoking a session, "sign out everywhere else", a password change or reset, removing a
 *   member, better-auth's clean-up of an expired session: every path, better-auth's and ours,
 *   seen by the writeWatcher plugin of create-server.ts) empties the cache at once, and it
 *   remembers nothing for the next TTL.
 * - Keyed by the SHA-256 of the session cookie: no token is kept as a key.
 * A revocation made by another process on the same database (a command line run while the
 * server runs) counts within TTL.
 */
import { createHash } from 'node:crypto';
import { SHORT_MEMORY_TTL_MS, ShortMemory } from './short-memory.js';

export const SESSION_CACHE_TTL_MS = SHORT_MEMORY_TTL_MS;

/** What the session gate reads of better-auth's answer. */
export interface ValidatedSession {
  session: { id: string; expiresAt: Date | string };
  user: { id: string };
}

/** The session cookies of a request (`better-auth.session_token`, `__Secure-…`), as one hashed key. */
export function sessionCookieKey(cookieHeader: string | null): string | null {
  const pairs = (cookieHeader ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => /^[^=]*(^|\.)session_token=./.test(part))
    .sort();
  return pairs.length === 0 ? null : createHash('sha256').update(pairs.join('; ')).digest('base64url');
}

export class SessionCache<T extends ValidatedSession = ValidatedSession> {
  private readonly memory: ShortMemory<T>;

  constructor(now: () => number = Date.now, ttlMs = SESSION_CACHE_TTL_MS) {
    this.memory = new ShortMemory<T>(now, ttlMs);
  }

  /**
   * The session of these request headers: remembered, or validated by `validate` (better-auth)
   * and remembered when nothing changed in the session table meanwhile.
   */
  async lookup(headers: Headers, validate: () => Promise<T | null>): Promise<T | null> {
    const key = sessionCookieKey(headers.get('cookie'));
    if (key === null) return validate();
    return this.memory.lookup(key, validate, (value) => new Date(value.session.expiresAt).getTime());
  }

  /** A session row was deleted or changed: forget every session, and remember none for a TTL. */
  sessionsChanged(): void {
    this.memory.changed();
  }

  get size(): number {
    return this.memory.size;
  }
}
