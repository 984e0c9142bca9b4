/**
 * Admin-issued password reset links. Issuing and revoking are scoped by the organisation; the
 * lookup by token hash is not, because the token is the credential (like invitations).
 */
import type { Kysely } from 'kysely';
import type { PasswordResetTable } from '../schema-accounts.js';
import type { Database } from '../schema.js';

export async function insertPasswordReset(db: Kysely<Database>, reset: PasswordResetTable): Promise<void> {
  await db.insertInto('password_reset').values(reset).execute();
}

/** Revokes the user's earlier links that are still usable: only the newest link works. */
export async function revokePendingResets(db: Kysely<Database>, orgId: string, userId: string, now: string): Promise<void> {
  await db
    .updateTable('password_reset')
    .set({ revoked_at: now })
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function findResetByTokenHash(db: Kysely<Database>, tokenHash: string) {
  return db
    .selectFrom('password_reset')
    .innerJoin('user', 'user.id', 'password_reset.user_id')
    .innerJoin('organization', 'organization.id', 'password_reset.org_id')
    .selectAll('password_reset')
    .select(['user.email', 'organization.name as org_name'])
    .where('password_reset.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Marks a link used; false when another request used (or someone revoked) it first. */
export async function markResetUsed(db: Kysely<Database>, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('password_reset')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
