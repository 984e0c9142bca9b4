/**
 * The instance operator turns off a member's two-step sign-in when the member has lost both the
 * authenticator and the recovery codes: `upr-advocate user reset-two-factor EMAIL`. Not something
 * an organisation admin can do in the app, on purpose: an admin already hands out password-reset
 * links (which keep two-step sign-in), and the two together would let an admin sign in as any
 * member (decision record 0004). The operator runs the server and its database anyway. The reset
 * ends every session of the member and is audited in the member's organisation; if the
 * organisation requires two-step sign-in, the member sets it up again at the next sign-in.
 */
import { AppError } from '../../core/errors.js';
import { appendAudit } from '../db/repos/audit-repo.js';
import { findMembershipOfUser } from '../db/repos/members-repo.js';
import { deleteOtherSessions } from '../db/repos/sessions-repo.js';
import * as twoFactor from '../db/repos/two-factor-repo.js';
import { findUserIdByEmail } from '../db/repos/users-repo.js';
import type { AppDeps } from './deps.js';

export interface TwoFactorResetSummary {
  userId: string;
  orgName: string | null;
  sessionsEnded: number;
  /** The organisation requires two-step sign-in: the member is asked to set it up at the next sign-in. */
  setUpAgainRequired: boolean;
}

export async function resetTwoFactorByOperator(deps: AppDeps, email: string): Promise<TwoFactorResetSummary> {
  const userId = await findUserIdByEmail(deps.db, email.trim().toLowerCase());
  if (!userId) throw new AppError('not-found', `No account has the e-mail address ${email}.`);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    if (!(await twoFactor.getTwoFactorRecord(trx, userId)).enabled) {
      throw new AppError('conflict', `Two-step sign-in is not on for ${email}: nothing to reset.`);
    }
    const membership = await findMembershipOfUser(trx, userId);
    await twoFactor.disableTwoFactor(trx, deps.engine, userId);
    const sessionsEnded = await deleteOtherSessions(trx, userId, null);
    await appendAudit(trx, {
      orgId: membership?.org_id ?? null,
      actorId: null,
      action: 'user.two-factor.reset-by-operator',
      objectType: 'user',
      objectId: userId,
      changes: { twoFactor: false, sessionsEnded },
      at: now,
    });
    const required = membership ? await twoFactor.getTwoFactorPolicy(trx, membership.org_id) : false;
    return { userId, orgName: membership?.org_name ?? null, sessionsEnded, setUpAgainRequired: required };
  });
}
