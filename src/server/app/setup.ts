/**
 * First run: nobody can use a fresh instance until someone types the one-time setup code the
 * server printed in its log. That creates the first organisation and its admin, so nobody else
 * on the network can claim the instance, and there are no default credentials.
 */
import type { SetupRequest } from '../../shared/contracts/auth.js';
import { setupRequestSchema } from '../../shared/contracts/auth.js';
import { AppError } from '../../core/errors.js';
import { hashPassword } from '../auth/passwords.js';
import { appendAudit } from '../db/repos/audit-repo.js';
import { insertMember, insertOrganization } from '../db/repos/members-repo.js';
import { countUsers, insertUserWithPassword, setLanguage } from '../db/repos/users-repo.js';
import type { AppDeps } from './deps.js';
import { sameSecret } from './tokens.js';

export async function getSetupStatus(deps: AppDeps): Promise<{ needsSetup: boolean }> {
  return { needsSetup: (await countUsers(deps.db)) === 0 };
}

export async function completeSetup(deps: AppDeps, expectedCode: string | null, input: SetupRequest): Promise<{ userId: string; orgId: string }> {
  const request = setupRequestSchema.parse(input);
  const passwordHash = await hashPassword(request.password);
  return deps.db.transaction().execute(async (trx) => {
    if ((await countUsers(trx)) > 0 || expectedCode === null) throw new AppError('setup-done', 'This instance is already set up. Sign in instead.');
    if (!sameSecret(request.setupCode, expectedCode)) {
      throw new AppError('setup-code-invalid', 'The setup code is wrong. Copy it from the server log.', { field: 'setupCode' });
    }
    const now = deps.clock.now();
    const userId = crypto.randomUUID();
    const orgId = crypto.randomUUID();
    await insertUserWithPassword(trx, deps.engine, { id: userId, name: request.name, email: request.email, passwordHash, now });
    await insertOrganization(trx, { id: orgId, name: request.organisationName, now });
    await insertMember(trx, { id: crypto.randomUUID(), orgId, userId, role: 'admin', now });
    await setLanguage(trx, userId, request.language, now);
    await appendAudit(trx, {
      orgId,
      actorId: userId,
      action: 'organisation.create',
      objectType: 'organisation',
      objectId: orgId,
      changes: { name: request.organisationName, adminEmail: request.email },
      at: now,
    });
    return { userId, orgId };
  });
}
