/**
 * The signed-in user, the organisation they act in, and their language.
 */
import { isRole } from '../../core/access/roles.js';
import { AppError } from '../../core/errors.js';
import type { Language, MeResponse } from '../../shared/contracts/index.js';
import { appendAudit, listAudit, type AuditRow } from '../db/repos/audit-repo.js';
import { findMembershipOfUser } from '../db/repos/members-repo.js';
import { findRequestContextOfUser } from '../db/repos/two-factor-repo.js';
import { getLanguage, getUser, setLanguage } from '../db/repos/users-repo.js';
import { authorize, type Actor, type AppDeps } from './deps.js';

/** The actor for a session's user; a user without a membership cannot act at all. */
export async function resolveActor(deps: AppDeps, userId: string): Promise<Actor> {
  const membership = await findMembershipOfUser(deps.db, userId);
  if (!membership || !isRole(membership.role)) throw new AppError('unauthenticated', 'You are not a member of any organisation.');
  return { userId, orgId: membership.org_id, role: membership.role };
}

export interface RequestContext {
  actor: Actor;
  language: Language;
  mustSetUpTwoFactor: boolean;
}

/** The actor, their language and whether they must set up two-step sign-in first: one read for the session gate. */
export async function resolveRequestContext(deps: AppDeps, userId: string): Promise<RequestContext> {
  const context = await findRequestContextOfUser(deps.db, userId);
  if (!context || !isRole(context.role)) throw new AppError('unauthenticated', 'You are not a member of any organisation.');
  return {
    actor: { userId, orgId: context.orgId, role: context.role },
    language: context.language === 'ru' ? 'ru' : 'en',
    mustSetUpTwoFactor: context.mustSetUpTwoFactor,
  };
}

export async function getMe(deps: AppDeps, actor: Actor): Promise<MeResponse> {
  const [user, membership, language] = await Promise.all([
    getUser(deps.db, actor.userId),
    findMembershipOfUser(deps.db, actor.userId),
    getLanguage(deps.db, actor.userId),
  ]);
  if (!user || !membership) throw new AppError('unauthenticated', 'Please sign in again.');
  return {
    user: { id: user.id, name: user.name, email: user.email },
    organisation: { id: membership.org_id, name: membership.org_name },
    role: actor.role,
    language: language === 'ru' ? 'ru' : 'en',
  };
}

export async function updateLanguage(deps: AppDeps, actor: Actor, language: Language): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await setLanguage(trx, actor.userId, language, now);
    await appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action: 'user.language', objectType: 'user', objectId: actor.userId, changes: { language }, at: now });
  });
}

/** The newest entries; `before` (an entry id) pages back to older ones. */
export async function readAudit(deps: AppDeps, actor: Actor, limit: number, before?: number): Promise<AuditRow[]> {
  authorize(actor, 'audit.read');
  // `?limit=2.5` or `?limit=1e400` must not reach SQL (both engines refuse a fractional LIMIT).
  const rows = Number.isNaN(limit) ? 50 : Math.trunc(limit);
  if (before !== undefined && !(Number.isSafeInteger(before) && before > 0)) {
    throw new AppError('validation', 'before must be the id of an audit entry (a positive whole number).', { issues: [{ path: 'before', message: 'invalid' }] });
  }
  return listAudit(deps.db, actor.orgId, Math.min(Math.max(rows, 1), 500), before);
}
