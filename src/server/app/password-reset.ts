/**
 * Password reset by a one-time link an admin issues for a member (there is no reset by e-mail:
 * a mailbox is easier to seize than the admin). Using the link sets a new password and ends
 * every session of the account, and changes nothing else: two-step sign-in stays on, so the
 * next sign-in still asks for the authenticator or a recovery code. An admin who issues a link
 * therefore cannot take over a member's account that has two-step sign-in on.
 */
import { AppError } from '../../core/errors.js';
import type { PasswordResetLinkDto, PasswordResetPreviewDto } from '../../shared/contracts/account-security.js';
import { resetPasswordSchema } from '../../shared/contracts/account-security.js';
import { hashPassword } from '../auth/passwords.js';
import { appendAudit } from '../db/repos/audit-repo.js';
import { getMember } from '../db/repos/members-repo.js';
import * as repo from '../db/repos/password-reset-repo.js';
import { deleteOtherSessions, setPasswordHash } from '../db/repos/sessions-repo.js';
import { getUser } from '../db/repos/users-repo.js';
import type { PasswordResetTable } from '../db/schema-accounts.js';
import { authorize, notFound, type Actor, type AppDeps } from './deps.js';
import { hashToken, newToken } from './tokens.js';

export const RESET_LINK_HOURS = 24;

function invalidLink(): AppError {
  return new AppError('password-reset-invalid', 'This password reset link is not valid any more. Ask your administrator for a new one.');
}

export async function issuePasswordReset(deps: AppDeps, actor: Actor, memberId: string): Promise<PasswordResetLinkDto> {
  authorize(actor, 'member.update');
  const token = newToken();
  const now = deps.clock.now();
  const expiresAt = new Date(Date.parse(now) + RESET_LINK_HOURS * 3_600_000).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const member = await getMember(trx, actor.orgId, memberId);
    if (!member) throw notFound('Member');
    const user = await getUser(trx, member.user_id);
    await repo.revokePendingResets(trx, actor.orgId, member.user_id, now);
    const reset: PasswordResetTable = {
      id: crypto.randomUUID(),
      org_id: actor.orgId,
      user_id: member.user_id,
      token_hash: hashToken(token),
      created_by: actor.userId,
      created_at: now,
      expires_at: expiresAt,
      used_at: null,
      revoked_at: null,
    };
    await repo.insertPasswordReset(trx, reset);
    await appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action: 'member.password-reset-link', objectType: 'member', objectId: memberId, changes: { email: user?.email ?? null, expiresAt }, at: now });
  });
  return { link: `${deps.publicUrl.replace(/\/$/, '')}/reset-password/${token}`, expiresAt };
}

async function usableReset(deps: AppDeps, token: string) {
  const reset = await repo.findResetByTokenHash(deps.db, hashToken(token));
  if (!reset || reset.used_at || reset.revoked_at || reset.expires_at < deps.clock.now()) throw invalidLink();
  return reset;
}

export async function previewPasswordReset(deps: AppDeps, token: string): Promise<PasswordResetPreviewDto> {
  const reset = await usableReset(deps, token);
  return { email: reset.email, organisationName: reset.org_name };
}

export async function completePasswordReset(deps: AppDeps, token: string, input: unknown): Promise<void> {
  const { password } = resetPasswordSchema.parse(input);
  const reset = await usableReset(deps, token);
  const passwordHash = await hashPassword(password);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    // Two clicks on the same link: the second finds it used and changes nothing.
    if (!(await repo.markResetUsed(trx, reset.id, now))) throw invalidLink();
    await setPasswordHash(trx, deps.engine, reset.user_id, passwordHash, now);
    const sessionsEnded = await deleteOtherSessions(trx, reset.user_id, null);
    await appendAudit(trx, { orgId: reset.org_id, actorId: reset.user_id, action: 'user.password.reset', objectType: 'user', objectId: reset.user_id, changes: { sessionsEnded }, at: now });
  });
}
