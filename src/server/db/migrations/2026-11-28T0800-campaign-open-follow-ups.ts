/**
 * A campaign's open follow-ups (the outreach board's list, read on every visit of the board) are
 * found through (org_id, campaign_id, done_at): the (org_id, campaign_id) index alone read every
 * follow-up of the campaign, about 250 at the benchmark's scale of which ten are open, and
 * dropped the done ones one by one. Safe to run again.
 */
import type { Kysely } from 'kysely';
import type { Engine } from '../database.js';

export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  await db.schema
    .createIndex('follow_up_campaign_open_idx')
    .ifNotExists()
    .on('follow_up')
    .columns(['org_id', 'campaign_id', 'done_at', 'due_date'])
    .execute();
}
