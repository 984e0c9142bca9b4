/**
 * UPR recommendations imported by an organisation (UPR Info exports, OHCHR thematic lists),
 * with their recommending States and issue tags, and a full-text index per engine:
 * SQLite FTS5 with the Porter stemmer, PostgreSQL tsvector ('english') with a GIN index.
 * `org_id` is the organisation that imported them, or 'library' for the instance-wide library
 * the server operator loads from the command line (visible to every organisation, like the
 * calendar); an organisation never sees another organisation's imports.
 */
import { sql, type Kysely } from 'kysely';
import type { Engine } from '../database.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('recommendation_import')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('rows_read', 'integer', (c) => c.notNull())
    .addColumn('recommendations_added', 'integer', (c) => c.notNull())
    .addColumn('rows_skipped', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  const seq = engine === 'sqlite' ? 'integer primary key autoincrement' : 'bigserial primary key';
  await sql
    .raw(
      `create table "recommendation" ("seq" ${seq}, "id" text not null unique, "org_id" text not null, ` +
        `"dedupe_key" text not null, "cycle" integer not null, "session" integer not null, "sur_iso3" text not null, "text" text not null, ` +
        `"response" text not null, "action_category" integer, "paragraph" text, "document" text, "source" text not null, ` +
        `"import_id" text not null, "created_at" text not null)`,
    )
    .execute(db);
  await db.schema.createIndex('recommendation_dedupe').unique().on('recommendation').columns(['org_id', 'dedupe_key']).execute();
  await db.schema.createIndex('recommendation_org_sur').on('recommendation').columns(['org_id', 'sur_iso3', 'cycle']).execute();
  await db.schema.createIndex('recommendation_org_session').on('recommendation').columns(['org_id', 'session']).execute();

  await db.schema
    .createTable('recommendation_state')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('recommendation_id', 'text', (c) => c.notNull().references('recommendation.id').onDelete('cascade'))
    .addColumn('rs_iso3', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('recommendation_state_pk', ['recommendation_id', 'rs_iso3'])
    .execute();
  await db.schema.createIndex('recommendation_state_org_rs').on('recommendation_state').columns(['org_id', 'rs_iso3']).execute();

  await db.schema
    .createTable('recommendation_issue')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('recommendation_id', 'text', (c) => c.notNull().references('recommendation.id').onDelete('cascade'))
    .addColumn('issue', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('recommendation_issue_pk', ['recommendation_id', 'issue'])
    .execute();
  await db.schema.createIndex('recommendation_issue_org_issue').on('recommendation_issue').columns(['org_id', 'issue']).execute();

  if (engine === 'sqlite') {
    // External-content FTS5 table over recommendation(text), keyed by recommendation.seq.
    await sql
      .raw(`create virtual table "recommendation_fts" using fts5("text", content='recommendation', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2')`)
      .execute(db);
    await sql.raw(`create trigger recommendation_fts_ai after insert on recommendation begin insert into recommendation_fts(rowid, text) values (new.seq, new.text); end`).execute(db);
    await sql
      .raw(`create trigger recommendation_fts_ad after delete on recommendation begin insert into recommendation_fts(recommendation_fts, rowid, text) values ('delete', old.seq, old.text); end`)
      .execute(db);
  } else {
    await sql.raw(`alter table "recommendation" add column "search" tsvector generated always as (to_tsvector('english', "text")) stored`).execute(db);
    await sql.raw(`create index "recommendation_search" on "recommendation" using gin ("search")`).execute(db);
  }

  await db.schema
    .createTable('campaign_issue_tag')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaign.id').onDelete('cascade'))
    .addColumn('issue', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('campaign_issue_tag_pk', ['campaign_id', 'issue'])
    .execute();

  await db.schema
    .createTable('campaign_target')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaign.id').onDelete('cascade'))
    .addColumn('state_iso3', 'text', (c) => c.notNull())
    .addColumn('score', 'real')
    .addColumn('added_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('campaign_target_unique', ['campaign_id', 'state_iso3'])
    .execute();
  await db.schema.createIndex('campaign_target_org').on('campaign_target').columns(['org_id', 'campaign_id']).execute();
}
