/**
 * Starting the cycle again (stage `start-again`): the link from a new campaign to the one it
 * continues — unique on the previous campaign, so two clicks (or two tabs) cannot create two
 * next cycles — and the previous cycle's recommendations with their response and
 * implementation status, copied into the new campaign as its baseline.
 */
import type { Kysely } from 'kysely';
import type { Engine } from '../database.js';

export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('campaign_cycle')
    .addColumn('campaign_id', 'text', (c) => c.primaryKey().references('campaign.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull())
    // Deleting the previous campaign keeps the new one and its baseline; only the link goes.
    .addColumn('previous_campaign_id', 'text', (c) => c.unique().references('campaign.id').onDelete('set null'))
    .addColumn('previous_name', 'text', (c) => c.notNull())
    .addColumn('previous_review_date', 'text', (c) => c.notNull())
    .addColumn('document_symbol', 'text')
    .addColumn('review_date_reason', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('campaign_cycle_org_idx').on('campaign_cycle').columns(['org_id', 'previous_campaign_id']).execute();

  await db.schema
    .createTable('baseline_recommendation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaign.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('paragraph', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('recommending_states', 'text', (c) => c.notNull())
    .addColumn('response', 'text')
    .addColumn('of_interest', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text')
    .addColumn('ministry', 'text', (c) => c.notNull())
    .addColumn('latest_evidence_date', 'text')
    .addColumn('latest_evidence_text', 'text', (c) => c.notNull())
    .addColumn('latest_evidence_source', 'text', (c) => c.notNull())
    .addColumn('key_issue_ids', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('baseline_recommendation_org_campaign_idx')
    .on('baseline_recommendation')
    .columns(['org_id', 'campaign_id', 'position'])
    .execute();
}
