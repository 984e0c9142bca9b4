/**
 * The digest's own bookkeeping: who may receive it (every member of every organisation — the
 * job acts for the whole instance, so this is the one member query without a tenant) and the
 * `digest_log` row that claims "this user's digest of this day". The primary key
 * (user_id, date) is what keeps two server processes from both sending it.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface DigestRecipientRow {
  org_id: string;
  org_name: string;
  user_id: string;
  name: string;
  email: string;
  language: string | null;
}

/** Every membership of the instance with the person's address and language (null: not chosen). */
export async function listDigestRecipients(db: Kysely<Database>): Promise<DigestRecipientRow[]> {
  return db
    .selectFrom('member')
    .innerJoin('user', 'user.id', 'member.user_id')
    .innerJoin('organization', 'organization.id', 'member.org_id')
    .leftJoin('user_setting', 'user_setting.user_id', 'member.user_id')
    .select(['member.org_id', 'organization.name as org_name', 'member.user_id', 'user.name', 'user.email', 'user_setting.language'])
    .orderBy('member.org_id')
    .orderBy('member.user_id')
    .execute();
}

/** Claims the day's digest for a user; false when it is already claimed (sent, or being sent elsewhere). */
export async function claimDigest(db: Kysely<Database>, userId: string, date: string, now: string): Promise<boolean> {
  const result = await db
    .insertInto('digest_log')
    .values({ user_id: userId, date, sent_at: now })
    .onConflict((oc) => oc.columns(['user_id', 'date']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Gives the claim back after a failed send, so a later run tries again. */
export async function releaseDigest(db: Kysely<Database>, userId: string, date: string): Promise<void> {
  await db.deleteFrom('digest_log').where('user_id', '=', userId).where('date', '=', date).execute();
}
