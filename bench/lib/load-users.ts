/**
 * The signed-in users of the load benchmark: members of the seeded organisation written straight
 * through the repositories (as the tests' factories do; one password hash for all), then signed
 * in over HTTP on the real server, one session each.
 */
import { hashPassword } from '../../src/server/auth/passwords.js';
import type { AppDeps } from '../../src/server/app/deps.js';
import { insertMember } from '../../src/server/db/repos/members-repo.js';
import { insertUserWithPassword, setLanguage } from '../../src/server/db/repos/users-repo.js';
import { HttpSession } from './http-session.js';

const PASSWORD = 'load test horse battery staple';
const emailOf = (k: number) => `load-user-${k + 1}@example.org`;

/** Adds `count` editors to the organisation (idempotent per instance: adds only the missing ones). */
export async function addLoadUsers(deps: AppDeps, orgId: string, count: number): Promise<void> {
  const existing = await deps.db.selectFrom('user').select('email').where('email', 'like', 'load-user-%').execute();
  const have = new Set(existing.map((u) => u.email));
  const passwordHash = await hashPassword(PASSWORD);
  const now = deps.clock.now();
  for (let k = 0; k < count; k++) {
    if (have.has(emailOf(k))) continue;
    const userId = crypto.randomUUID();
    await deps.db.transaction().execute(async (trx) => {
      await insertUserWithPassword(trx, deps.engine, { id: userId, name: `Load user ${k + 1}`, email: emailOf(k), passwordHash, now });
      await insertMember(trx, { id: crypto.randomUUID(), orgId, userId, role: 'editor', now });
      await setLanguage(trx, userId, k % 2 === 0 ? 'en' : 'ru', now);
    });
  }
}

/** Signs the `count` load users in on the server at `origin`; their Cookie headers, one session each. */
export async function signInLoadUsers(origin: string, count: number): Promise<string[]> {
  const cookies: string[] = [];
  for (let k = 0; k < count; k++) {
    const session = new HttpSession(fetch, origin);
    await session.signInAs(emailOf(k), PASSWORD);
    cookies.push(session.cookieHeader());
  }
  return cookies;
}
