import { describe, expect, it } from 'vitest';
import { SESSION_CACHE_TTL_MS, SessionCache, sessionCookieKey, type ValidatedSession } from './session-cache.js';

const COOKIE = 'better-auth.session_token=abc.signature';
const headers = (cookie?: string) => new Headers(cookie === undefined ? {} : { cookie });
const session = (id: string, expiresAt = '2100-01-01T00:00:00.000Z'): ValidatedSession => ({
  session: { id, expiresAt },
  user: { id: `user-${id}` },
});

/** A cache on a clock the test moves, and a validator that counts its calls. */
function setUp() {
  let now = 1_000_000;
  const cache = new SessionCache(() => now);
  const calls: string[] = [];
  const validator = (answer: ValidatedSession | null) => async () => {
    calls.push('validate');
    return answer;
  };
  return { cache, calls, validator, advance: (ms: number) => (now += ms), at: () => now };
}

describe('sessionCookieKey', () => {
  it('keys a request by its session cookie only, hashed', () => {
    const key = sessionCookieKey(`theme=dark; ${COOKIE}; upr-device=xyz`);
    expect(key).toBe(sessionCookieKey(COOKIE));
    expect(key).not.toContain('abc');
    expect(sessionCookieKey('__Secure-better-auth.session_token=abc.signature')).not.toBe(key);
    expect(sessionCookieKey('better-auth.session_token=abd.signature')).not.toBe(key);
  });

  it('has no key without a session cookie', () => {
    expect(sessionCookieKey(null)).toBeNull();
    expect(sessionCookieKey('theme=dark; better-auth.session_data=x')).toBeNull();
    expect(sessionCookieKey('better-auth.session_token=')).toBeNull();
  });
});

describe('SessionCache', () => {
  it('asks better-auth once per browser within the time to live, then again', async () => {
    const { cache, calls, validator, advance } = setUp();
    const validate = validator(session('s1'));
    expect(await cache.lookup(headers(COOKIE), validate)).toEqual(session('s1'));
    advance(SESSION_CACHE_TTL_MS - 1);
    expect(await cache.lookup(headers(`${COOKIE}; theme=dark`), validate)).toEqual(session('s1'));
    expect(calls).toHaveLength(1);
    advance(1);
    await cache.lookup(headers(COOKIE), validate);
    expect(calls).toHaveLength(2);
  });

  it('keeps no session past its own expiry', async () => {
    const { cache, calls, validator, advance, at } = setUp();
    const validate = validator(session('s1', new Date(at() + 1000).toISOString()));
    await cache.lookup(headers(COOKIE), validate);
    advance(999);
    await cache.lookup(headers(COOKIE), validate);
    expect(calls).toHaveLength(1);
    advance(1);
    await cache.lookup(headers(COOKIE), validate);
    expect(calls).toHaveLength(2);
  });

  it('remembers neither a refusal nor a request without a session cookie', async () => {
    const { cache, calls, validator } = setUp();
    expect(await cache.lookup(headers(COOKIE), validator(null))).toBeNull();
    expect(await cache.lookup(headers(COOKIE), validator(null))).toBeNull();
    await cache.lookup(headers(), validator(null));
    await cache.lookup(headers('theme=dark'), validator(null));
    expect(calls).toHaveLength(4);
    expect(cache.size).toBe(0);
  });

  it('tells browsers apart', async () => {
    const { cache, validator } = setUp();
    await cache.lookup(headers(COOKIE), validator(session('s1')));
    const other = await cache.lookup(headers('better-auth.session_token=other.sig'), validator(session('s2')));
    expect(other).toEqual(session('s2'));
    expect(await cache.lookup(headers(COOKIE), validator(session('never asked')))).toEqual(session('s1'));
  });

  it('forgets every session when the session table changes, and remembers none for a time to live', async () => {
    const { cache, calls, validator, advance } = setUp();
    await cache.lookup(headers(COOKIE), validator(session('s1')));
    cache.sessionsChanged();
    expect(cache.size).toBe(0);
    expect(await cache.lookup(headers(COOKIE), validator(null))).toBeNull();
    await cache.lookup(headers(COOKIE), validator(session('s1')));
    await cache.lookup(headers(COOKIE), validator(session('s1')));
    expect(calls).toHaveLength(4);
    advance(SESSION_CACHE_TTL_MS);
    await cache.lookup(headers(COOKIE), validator(session('s1')));
    await cache.lookup(headers(COOKIE), validator(session('s1')));
    expect(calls).toHaveLength(5);
  });

  it('does not remember a check that a change of the session table overtook', async () => {
    const { cache, advance } = setUp();
    let validations = 0;
    const racing = async () => {
      validations++;
      // A revocation commits while better-auth is still answering from what it read before.
      cache.sessionsChanged();
      advance(SESSION_CACHE_TTL_MS);
      return session('s1');
    };
    await cache.lookup(headers(COOKIE), racing);
    expect(cache.size).toBe(0);
    await cache.lookup(headers(COOKIE), async () => {
      validations++;
      return session('s1');
    });
    expect(validations).toBe(2);
  });
});
