/**
 * The review's outcome in a campaign: the imported Working Group report (one per campaign) and
 * its recommendations with the State's responses, the suggested and decided matches between
 * the campaign's asks and those recommendations, the per-State and per-recommendation tasks
 * (thanks, lobbying), and implementation monitoring (status, ministry, dated entries).
 * Recommending States are a JSON array in a text column: read and written whole. Scores are
 * integer percentages, so both engines store and compare them exactly.
 */
import type { Kysely } from 'kysely';
import type { Engine } from '../database.js';

export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  const campaignRef = 'campaign.id';
  const recommendationRef = 'outcome_recommendation.id';

  await db.schema
    .createTable('outcome_import')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull().unique().references(campaignRef).onDelete('cascade'))
    .addColumn('document_symbol', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('outcome_recommendation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references(campaignRef).onDelete('cascade'))
    .addColumn('import_id', 'text', (c) => c.notNull().references('outcome_import.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('paragraph', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('recommending_states', 'text', (c) => c.notNull())
    .addColumn('response', 'text')
    .addColumn('response_source', 'text')
    .addColumn('of_interest', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('outcome_recommendation_paragraph_unique', ['import_id', 'paragraph'])
    .execute();
  await db.schema
    .createIndex('outcome_recommendation_org_campaign_idx')
    .on('outcome_recommendation')
    .columns(['org_id', 'campaign_id', 'position'])
    .execute();

  await db.schema
    .createTable('outcome_match')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references(campaignRef).onDelete('cascade'))
    .addColumn('key_issue_id', 'text', (c) => c.notNull().references('key_issue.id').onDelete('cascade'))
    // The ask's wording ('' for the key issue as a whole): editing an ask orphans its old matches.
    .addColumn('ask_text', 'text', (c) => c.notNull())
    .addColumn('outcome_recommendation_id', 'text', (c) => c.notNull().references(recommendationRef).onDelete('cascade'))
    .addColumn('confidence', 'integer', (c) => c.notNull())
    .addColumn('text_score', 'integer', (c) => c.notNull())
    .addColumn('tag_score', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('outcome_match_unique', ['key_issue_id', 'ask_text', 'outcome_recommendation_id'])
    .execute();
  await db.schema.createIndex('outcome_match_org_campaign_idx').on('outcome_match').columns(['org_id', 'campaign_id']).execute();

  await db.schema
    .createTable('outcome_task')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references(campaignRef).onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('state_iso3', 'text', (c) => c.notNull())
    .addColumn('outcome_recommendation_id', 'text', (c) => c.references(recommendationRef).onDelete('cascade'))
    // "thank:IRL" or "lobby:<recommendation id>": creating tasks twice, even at once, adds nothing.
    .addColumn('dedupe_key', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .addColumn('done_by', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('outcome_task_unique', ['campaign_id', 'dedupe_key'])
    .execute();
  await db.schema.createIndex('outcome_task_due_idx').on('outcome_task').columns(['org_id', 'done_at', 'due_date']).execute();

  await db.schema
    .createTable('monitoring_item')
    .addColumn('outcome_recommendation_id', 'text', (c) => c.primaryKey().references(recommendationRef).onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references(campaignRef).onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('ministry', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('monitoring_item_org_campaign_idx').on('monitoring_item').columns(['org_id', 'campaign_id']).execute();

  await db.schema
    .createTable('monitoring_entry')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references(campaignRef).onDelete('cascade'))
    .addColumn('outcome_recommendation_id', 'text', (c) => c.notNull().references(recommendationRef).onDelete('cascade'))
    // evidence (text + source) or status (the new status, recorded when it changes)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('status', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('monitoring_entry_recommendation_idx')
    .on('monitoring_entry')
    .columns(['org_id', 'campaign_id', 'outcome_recommendation_id', 'date'])
    .execute();
}
