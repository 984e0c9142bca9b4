/**
 * An operator's check of the audit log's hash chains (`upr-advocate audit verify`): instance
 * wide, so it runs from the command line on the server, not for a signed-in user.
 */
import { verifyAuditChains, type AuditVerification } from '../db/repos/audit-verify-repo.js';
import type { AppDeps } from './deps.js';

export type { AuditBrokenEntry, AuditVerification } from '../db/repos/audit-verify-repo.js';

export function verifyAuditLog(deps: Pick<AppDeps, 'db'>): Promise<AuditVerification> {
  return verifyAuditChains(deps.db);
}
