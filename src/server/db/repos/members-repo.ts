/**
 * Organisations, members and invitations. Every function that reads or changes an
 * organisation's data takes its orgId: there is no query without the tenant.
 */
import type { Kysely } from 'kysely';
import type { Database, InvitationTable } from '../schema.js';

export async function insertOrganization(db: Kysely<Database>, org: { id: string; name: string; now: string }): Promise<void> {
  await db.insertInto('organization').values({ id: org.id, name: org.name, created_at: org.now }).execute();
}

export async function getOrganization(db: Kysely<Database>, orgId: string) {
  return db.selectFrom('organization').select(['id', 'name']).where('id', '=', orgId).executeTakeFirst();
}

/** Organisations whose id or exact name is `idOrName` (the operator's `--org`; names may repeat). */
export async function findOrganizationsByIdOrName(db: Kysely<Database>, idOrName: string) {
  return db.selectFrom('organization').select(['id', 'name']).where((eb) => eb.or([eb('id', '=', idOrName), eb('name', '=', idOrName)])).execute();
}

export async function insertMember(db: Kysely<Database>, m: { id: string; orgId: string; userId: string; role: string; now: string }): Promise<void> {
  await db.insertInto('member').values({ id: m.id, org_id: m.orgId, user_id: m.userId, role: m.role, created_at: m.now }).execute();
}

/** The membership a signed-in user acts under (one organisation per user for now). */
export async function findMembershipOfUser(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('member')
    .innerJoin('organization', 'organization.id', 'member.org_id')
    .select(['member.id', 'member.org_id', 'member.role', 'organization.name as org_name'])
    .where('member.user_id', '=', userId)
    .orderBy('member.created_at')
    .executeTakeFirst();
}

export async function listMembers(db: Kysely<Database>, orgId: string) {
  return db
    .selectFrom('member')
    .innerJoin('user', 'user.id', 'member.user_id')
    .select(['member.id', 'member.user_id', 'member.role', 'member.created_at', 'user.name', 'user.email'])
    .where('member.org_id', '=', orgId)
    .orderBy('user.name')
    .execute();
}

export async function getMember(db: Kysely<Database>, orgId: string, memberId: string) {
  return db.selectFrom('member').selectAll().where('org_id', '=', orgId).where('id', '=', memberId).executeTakeFirst();
}

export async function isMemberUser(db: Kysely<Database>, orgId: string, userId: string): Promise<boolean> {
  const row = await db.selectFrom('member').select('id').where('org_id', '=', orgId).where('user_id', '=', userId).executeTakeFirst();
  return row !== undefined;
}

export async function countAdmins(db: Kysely<Database>, orgId: string): Promise<number> {
  const row = await db
    .selectFrom('member')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('org_id', '=', orgId)
    .where('role', '=', 'admin')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function updateMemberRole(db: Kysely<Database>, orgId: string, memberId: string, role: string): Promise<void> {
  await db.updateTable('member').set({ role }).where('org_id', '=', orgId).where('id', '=', memberId).execute();
}

export async function deleteMember(db: Kysely<Database>, orgId: string, memberId: string): Promise<void> {
  await db.deleteFrom('member').where('org_id', '=', orgId).where('id', '=', memberId).execute();
}

export async function insertInvitation(db: Kysely<Database>, invitation: InvitationTable): Promise<void> {
  await db.insertInto('invitation').values(invitation).execute();
}

export async function listInvitations(db: Kysely<Database>, orgId: string) {
  return db.selectFrom('invitation').selectAll().where('org_id', '=', orgId).orderBy('created_at', 'desc').execute();
}

export async function getInvitation(db: Kysely<Database>, orgId: string, id: string) {
  return db.selectFrom('invitation').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

/** Looks an invitation up by its token hash: the only query not scoped by orgId, because the token is the credential. */
export async function findInvitationByTokenHash(db: Kysely<Database>, tokenHash: string) {
  return db
    .selectFrom('invitation')
    .innerJoin('organization', 'organization.id', 'invitation.org_id')
    .selectAll('invitation')
    .select('organization.name as org_name')
    .where('invitation.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function markInvitation(
  db: Kysely<Database>,
  orgId: string,
  id: string,
  patch: Partial<Pick<InvitationTable, 'accepted_at' | 'accepted_by' | 'revoked_at'>>,
): Promise<void> {
  await db.updateTable('invitation').set(patch).where('org_id', '=', orgId).where('id', '=', id).execute();
}
