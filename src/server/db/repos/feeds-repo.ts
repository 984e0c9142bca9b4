/**
 * Secret calendar subscription URLs. Only a SHA-256 of the token is stored, so a copy of the
 * database does not let anyone read the feeds.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export async function activeFeedOfUser(db: Kysely<Database>, orgId: string, userId: string) {
  return db
    .selectFrom('calendar_feed')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function revokeFeedsOfUser(db: Kysely<Database>, orgId: string, userId: string, now: string): Promise<number> {
  const result = await db
    .updateTable('calendar_feed')
    .set({ revoked_at: now })
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function insertFeed(db: Kysely<Database>, feed: { id: string; orgId: string; userId: string; tokenHash: string; now: string }): Promise<void> {
  await db
    .insertInto('calendar_feed')
    .values({ id: feed.id, org_id: feed.orgId, user_id: feed.userId, token_hash: feed.tokenHash, created_at: feed.now, revoked_at: null })
    .execute();
}

/** The token is the credential here, so this lookup is by its hash alone. */
export async function findActiveFeedByTokenHash(db: Kysely<Database>, tokenHash: string) {
  return db.selectFrom('calendar_feed').selectAll().where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).executeTakeFirst();
}
