/**
 * The advocacy document (key issues, document settings) and the outreach workbench: each target
 * State's two channels (embassy, Geneva mission), posts and the people who fill them over time,
 * interactions, follow-up tasks, group briefings, and the daily digest bookkeeping. Lists are
 * JSON arrays in text columns: they are read and written whole, never queried inside.
 */
import type { Kysely } from 'kysely';
import type { Engine } from '../database.js';

const tenant = (table: string) => `${table}_org_campaign_idx`;

export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  const campaignRef = 'campaign.id';
  await db.schema
    .createTable('campaign_document')
    .addColumn('campaign_id', 'text', (c) => c.primaryKey().references(campaignRef).onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('organisation_name', 'text', (c) => c.notNull())
    .addColumn('about', 'text', (c) => c.notNull())
    .addColumn('word_budget', 'integer', (c) => c.notNull())
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('contact_email', 'text', (c) => c.notNull())
    .addColumn('contact_phone', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('key_issue')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references(campaignRef).onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('upr_info_issues', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('recommendations', 'text', (c) => c.notNull())
    .addColumn('questions', 'text', (c) => c.notNull())
    .addColumn('source_refs', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex(tenant('key_issue')).on('key_issue').columns(['org_id', 'campaign_id', 'position']).execute();

  await db.schema
    .createTable('outreach_channel')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references(campaignRef).onDelete('cascade'))
    .addColumn('state_iso3', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('outreach_channel_unique', ['campaign_id', 'state_iso3', 'kind'])
    .execute();
  await db.schema.createIndex(tenant('outreach_channel')).on('outreach_channel').columns(['org_id', 'campaign_id']).execute();

  await db.schema
    .createTable('outreach_post')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull().references('outreach_channel.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outreach_post_channel_idx').on('outreach_post').columns(['org_id', 'channel_id']).execute();

  await db.schema
    .createTable('outreach_person')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('post_id', 'text', (c) => c.notNull().references('outreach_post.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('since', 'text')
    .addColumn('until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outreach_person_post_idx').on('outreach_person').columns(['org_id', 'post_id']).execute();

  await db.schema
    .createTable('briefing')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references(campaignRef).onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('venue', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('held', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex(tenant('briefing')).on('briefing').columns(['org_id', 'campaign_id']).execute();

  await db.schema
    .createTable('briefing_invitee')
    .addColumn('briefing_id', 'text', (c) => c.notNull().references('briefing.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull().references('outreach_channel.id').onDelete('cascade'))
    .addColumn('attended', 'integer')
    .addPrimaryKeyConstraint('briefing_invitee_pk', ['briefing_id', 'channel_id'])
    .execute();

  await db.schema
    .createTable('interaction')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references(campaignRef).onDelete('cascade'))
    .addColumn('channel_id', 'text', (c) => c.notNull().references('outreach_channel.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text')
    .addColumn('briefing_id', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('interaction_channel_idx').on('interaction').columns(['org_id', 'channel_id', 'date']).execute();
  await db.schema.createIndex(tenant('interaction')).on('interaction').columns(['org_id', 'campaign_id']).execute();

  await db.schema
    .createTable('follow_up')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references(campaignRef).onDelete('cascade'))
    .addColumn('channel_id', 'text', (c) => c.notNull().references('outreach_channel.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('interaction_id', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .addColumn('done_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('follow_up_due_idx').on('follow_up').columns(['org_id', 'done_at', 'due_date']).execute();
  await db.schema.createIndex(tenant('follow_up')).on('follow_up').columns(['org_id', 'campaign_id']).execute();

  await db.schema
    .createTable('digest_log')
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('digest_log_pk', ['user_id', 'date'])
    .execute();
}
