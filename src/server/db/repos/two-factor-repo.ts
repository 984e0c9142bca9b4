/**
 * Two-factor state of a user (better-auth's `twoFactor` row and `user.twoFactorEnabled` flag, a
 * pending secret of ours) and the organisation's "require two-factor" policy. better-auth
 * stores booleans as 0/1 in SQLite and as booleans in PostgreSQL: we write what it writes.
 */
import type { Kysely } from 'kysely';
import type { Engine } from '../database.js';
import type { Database } from '../schema.js';

const flag = (engine: Engine, value: boolean) => (engine === 'postgres' ? value : value ? 1 : 0);
const isOn = (value: unknown) => value === true || value === 1 || value === '1';

export interface TwoFactorRecord {
  enabled: boolean;
  backupCodes: string | null;
  pending: { secret: string; createdAt: string } | null;
}

export async function getTwoFactorRecord(db: Kysely<Database>, userId: string): Promise<TwoFactorRecord> {
  const [user, row, pending] = await Promise.all([
    db.selectFrom('user').select('twoFactorEnabled').where('id', '=', userId).executeTakeFirst(),
    db.selectFrom('twoFactor').select('backupCodes').where('userId', '=', userId).executeTakeFirst(),
    db.selectFrom('two_factor_pending').select(['secret', 'created_at']).where('user_id', '=', userId).executeTakeFirst(),
  ]);
  return {
    enabled: isOn(user?.twoFactorEnabled) && row !== undefined,
    backupCodes: row?.backupCodes ?? null,
    pending: pending ? { secret: pending.secret, createdAt: pending.created_at } : null,
  };
}

export async function savePendingSecret(db: Kysely<Database>, userId: string, secret: string, now: string): Promise<void> {
  await db
    .insertInto('two_factor_pending')
    .values({ user_id: userId, secret, created_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ secret, created_at: now }))
    .execute();
}

export async function deletePendingSecret(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('two_factor_pending').where('user_id', '=', userId).execute();
}

/** Turns two-factor sign-in on with a confirmed secret and fresh recovery codes. */
export async function enableTwoFactor(db: Kysely<Database>, engine: Engine, user: { userId: string; secret: string; backupCodes: string }): Promise<void> {
  await db.deleteFrom('twoFactor').where('userId', '=', user.userId).execute();
  await db
    .insertInto('twoFactor')
    .values({
      id: crypto.randomUUID(),
      userId: user.userId,
      secret: user.secret,
      backupCodes: user.backupCodes,
      verified: flag(engine, true),
      failedVerificationCount: 0,
      lockedUntil: null,
    })
    .execute();
  await db.updateTable('user').set({ twoFactorEnabled: flag(engine, true) }).where('id', '=', user.userId).execute();
}

export async function replaceBackupCodes(db: Kysely<Database>, userId: string, backupCodes: string): Promise<void> {
  await db.updateTable('twoFactor').set({ backupCodes }).where('userId', '=', userId).execute();
}

export async function disableTwoFactor(db: Kysely<Database>, engine: Engine, userId: string): Promise<void> {
  await db.deleteFrom('twoFactor').where('userId', '=', userId).execute();
  await db.deleteFrom('two_factor_pending').where('user_id', '=', userId).execute();
  await db.updateTable('user').set({ twoFactorEnabled: flag(engine, false) }).where('id', '=', userId).execute();
}

export async function getTwoFactorPolicy(db: Kysely<Database>, orgId: string): Promise<boolean> {
  const row = await db.selectFrom('organization').select('require_two_factor').where('id', '=', orgId).executeTakeFirst();
  return isOn(row?.require_two_factor);
}

export async function setTwoFactorPolicy(db: Kysely<Database>, orgId: string, required: boolean): Promise<void> {
  await db.updateTable('organization').set({ require_two_factor: required ? 1 : 0 }).where('id', '=', orgId).execute();
}

/** Members of the organisation who have not turned two-factor sign-in on. */
export async function countMembersWithoutTwoFactor(db: Kysely<Database>, orgId: string): Promise<number> {
  const rows = await db
    .selectFrom('member')
    .innerJoin('user', 'user.id', 'member.user_id')
    .leftJoin('twoFactor', 'twoFactor.userId', 'member.user_id')
    .select(['user.twoFactorEnabled', 'twoFactor.id as twoFactorId'])
    .where('member.org_id', '=', orgId)
    .execute();
  return rows.filter((r) => !(isOn(r.twoFactorEnabled) && r.twoFactorId)).length;
}

/**
 * What every signed-in request needs to know of its user, in ONE read (on PostgreSQL each query
 * is a round trip): the first membership (as findMembershipOfUser), whether that organisation
 * requires two-step sign-in while the user has not set it up (as mustSetUpTwoFactor), and the
 * language setting (as getLanguage). Undefined when the user is a member of no organisation.
 */
/** The tables findRequestContextOfUser reads: a write to any of them makes remembered contexts stale (decision record 0011). */
export const REQUEST_CONTEXT_TABLES = ['member', 'organization', 'user', 'user_setting'] as const;

export async function findRequestContextOfUser(db: Kysely<Database>, userId: string) {
  const row = await db
    .selectFrom('member')
    .innerJoin('organization', 'organization.id', 'member.org_id')
    .innerJoin('user', 'user.id', 'member.user_id')
    .leftJoin('user_setting', 'user_setting.user_id', 'member.user_id')
    .select(['member.org_id', 'member.role', 'organization.require_two_factor', 'user.twoFactorEnabled', 'user_setting.language'])
    .where('member.user_id', '=', userId)
    .orderBy('member.created_at')
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    orgId: row.org_id,
    role: row.role,
    language: row.language ?? null,
    mustSetUpTwoFactor: isOn(row.require_two_factor) && !isOn(row.twoFactorEnabled),
  };
}
