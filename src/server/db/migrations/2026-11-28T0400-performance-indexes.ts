/**
 * Indexes for organisations at scale (issue 7, bench/scale.ts: 50 campaigns, 5,000 contacts,
 * 50,000 interactions). Logging an interaction completes the open follow-ups of its channel
 * (openFollowUps: org, channel, kind, not done); without this index both engines walked every
 * open follow-up of the organisation through (org_id, done_at, due_date) to find a channel's one
 * or two, a cost that grew with the organisation instead of the channel.
 */
import type { Kysely } from 'kysely';
import type { Engine } from '../database.js';

export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  await db.schema.createIndex('follow_up_channel_idx').on('follow_up').columns(['org_id', 'channel_id', 'kind', 'done_at']).execute();
}
