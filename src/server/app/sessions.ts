/**
 * The signed-in user's own sessions: list them (browser, address, when started and last used,
 * which one is this browser), end one, end all others, and change the password, which ends
 * every other session. Sessions belong to a user, not an organisation: another user's session
 * is answered exactly like a missing one. Session times come from better-auth, which uses the
 * real clock; audit entries use ours like every use case.
 */
import { AppError } from '../../core/errors.js';
import type { ChangePasswordRequest, SessionDto } from '../../shared/contracts/account-security.js';
import { changePasswordSchema } from '../../shared/contracts/account-security.js';
import { hashPassword } from '../auth/passwords.js';
import { appendAudit } from '../db/repos/audit-repo.js';
import * as repo from '../db/repos/sessions-repo.js';
import { notFound, type Actor, type AppDeps } from './deps.js';
import { checkCurrentPassword } from './two-factor.js';

const iso = (value: string | Date) => new Date(value).toISOString();

export async function listMySessions(deps: AppDeps, actor: Actor, currentSessionId: string): Promise<SessionDto[]> {
  const now = Date.now();
  const rows = await repo.listSessionsOfUser(deps.db, actor.userId);
  return rows
    .filter((r) => new Date(r.expiresAt).getTime() > now)
    .map((r) => {
      const createdAt = iso(r.createdAt);
      const lastActiveAt = [createdAt, iso(r.updatedAt), r.lastActiveAt ? iso(r.lastActiveAt) : createdAt].sort().at(-1)!;
      return { id: r.id, userAgent: r.userAgent, ipAddress: r.ipAddress, createdAt, lastActiveAt, expiresAt: iso(r.expiresAt), current: r.id === currentSessionId };
    })
    .sort((a, b) => Number(b.current) - Number(a.current) || b.lastActiveAt.localeCompare(a.lastActiveAt));
}

export async function revokeMySession(deps: AppDeps, actor: Actor, sessionId: string): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await repo.deleteSessionOfUser(trx, actor.userId, sessionId))) throw notFound('Session');
    await appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action: 'session.revoke', objectType: 'session', objectId: sessionId, changes: {}, at: now });
  });
}

/** "Sign out everywhere else": every session of the user except this browser's. */
export async function revokeMyOtherSessions(deps: AppDeps, actor: Actor, currentSessionId: string): Promise<{ revoked: number }> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const revoked = await repo.deleteOtherSessions(trx, actor.userId, currentSessionId);
    await appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action: 'session.revoke-others', objectType: 'user', objectId: actor.userId, changes: { sessions: revoked }, at: now });
    return { revoked };
  });
}

/** Changes the password after checking the current one; every other session ends. */
export async function changePassword(deps: AppDeps, actor: Actor, currentSessionId: string, input: ChangePasswordRequest): Promise<{ sessionsRevoked: number }> {
  const request = changePasswordSchema.parse(input);
  await checkCurrentPassword(deps, actor.userId, request.currentPassword, 'currentPassword');
  if (request.newPassword === request.currentPassword) {
    throw new AppError('validation', 'Choose a password different from the current one.', { issues: [{ path: 'newPassword', message: 'password-same' }] });
  }
  const passwordHash = await hashPassword(request.newPassword);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    await repo.setPasswordHash(trx, deps.engine, actor.userId, passwordHash, now);
    const sessionsRevoked = await repo.deleteOtherSessions(trx, actor.userId, currentSessionId);
    await appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action: 'user.password.change', objectType: 'user', objectId: actor.userId, changes: { sessionsRevoked }, at: now });
    return { sessionsRevoked };
  });
}

/** At most one write per session every few minutes: "last active" needs no better precision. */
const ACTIVITY_EVERY_MS = 10 * 60_000;
const lastWritten = new Map<string, number>();

export async function recordSessionActivity(deps: AppDeps, sessionId: string): Promise<void> {
  const now = Date.now();
  if (now - (lastWritten.get(sessionId) ?? 0) < ACTIVITY_EVERY_MS) return;
  if (lastWritten.size > 50_000) lastWritten.clear();
  lastWritten.set(sessionId, now);
  try {
    await repo.touchSession(deps.db, sessionId, new Date(now).toISOString());
  } catch {
    // The session ended between the check and the write (revoked elsewhere): nothing to record.
  }
}
