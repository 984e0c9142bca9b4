/**
 * The organisation's "require two-step sign-in" policy (admins). While it is on, a member
 * without two-factor sign-in can only set it up (see resolveRequestContext and the session gate).
 */
import { AppError } from '../../core/errors.js';
import type { SecurityPolicyDto, SecurityPolicyRequest } from '../../shared/contracts/account-security.js';
import { securityPolicySchema } from '../../shared/contracts/account-security.js';
import { appendAudit } from '../db/repos/audit-repo.js';
import * as repo from '../db/repos/two-factor-repo.js';
import { authorize, type Actor, type AppDeps } from './deps.js';

export async function getSecurityPolicy(deps: AppDeps, actor: Actor): Promise<SecurityPolicyDto> {
  authorize(actor, 'member.update');
  const [requireTwoFactor, membersWithoutTwoFactor] = await Promise.all([
    repo.getTwoFactorPolicy(deps.db, actor.orgId),
    repo.countMembersWithoutTwoFactor(deps.db, actor.orgId),
  ]);
  return { requireTwoFactor, membersWithoutTwoFactor };
}

export async function updateSecurityPolicy(deps: AppDeps, actor: Actor, input: SecurityPolicyRequest): Promise<SecurityPolicyDto> {
  authorize(actor, 'member.update');
  const { requireTwoFactor } = securityPolicySchema.parse(input);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    // The admin who requires it has it: nobody switches the policy on from an account it would block.
    if (requireTwoFactor && !(await repo.getTwoFactorRecord(trx, actor.userId)).enabled) {
      throw new AppError('conflict', 'Turn on two-step sign-in for your own account first.', { reason: 'own-two-factor-off' });
    }
    await repo.setTwoFactorPolicy(trx, actor.orgId, requireTwoFactor);
    await appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action: 'organisation.security-policy', objectType: 'organisation', objectId: actor.orgId, changes: { requireTwoFactor }, at: now });
  });
  return getSecurityPolicy(deps, actor);
}
