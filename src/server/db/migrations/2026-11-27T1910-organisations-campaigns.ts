/**
 * Organisations (tenants), their members and invitations, campaigns with task progress, the
 * audit log, calendar feeds, and the UPR calendar (reference data an admin can re-import).
 */
import { sql, type Kysely } from 'kysely';
import type { Engine } from '../database.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('organization')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('member')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organization.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('member_org_user_unique', ['org_id', 'user_id'])
    .execute();
  await db.schema.createIndex('member_user_idx').on('member').column('user_id').execute();

  await db.schema
    .createTable('invitation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organization.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('invited_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('accepted_by', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('invitation_org_idx').on('invitation').column('org_id').execute();

  await db.schema
    .createTable('user_setting')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('user.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('campaign')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organization.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('state_iso3', 'text', (c) => c.notNull())
    .addColumn('review_date', 'text', (c) => c.notNull())
    .addColumn('review_date_source', 'text', (c) => c.notNull())
    .addColumn('session', 'integer')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('campaign_org_idx').on('campaign').columns(['org_id', 'review_date']).execute();

  await db.schema
    .createTable('task_progress')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organization.id').onDelete('cascade'))
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaign.id').onDelete('cascade'))
    .addColumn('stage_key', 'text', (c) => c.notNull())
    .addColumn('task_key', 'text', (c) => c.notNull())
    .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done_at', 'text')
    .addColumn('done_by', 'text')
    .addColumn('assignee_id', 'text')
    .addColumn('due_date', 'text')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('task_progress_unique', ['campaign_id', 'stage_key', 'task_key'])
    .execute();
  await db.schema.createIndex('task_progress_org_idx').on('task_progress').columns(['org_id', 'campaign_id']).execute();

  const idColumn = engine === 'sqlite' ? 'integer primary key autoincrement' : 'bigserial primary key';
  await sql
    .raw(
      `create table "audit_log" ("id" ${idColumn}, "org_id" text, "actor_id" text, "action" text not null, "object_type" text not null, "object_id" text, "changes" text not null, "at" text not null)`,
    )
    .execute(db);
  await db.schema.createIndex('audit_log_org_idx').on('audit_log').columns(['org_id', 'id']).execute();

  await db.schema
    .createTable('calendar_feed')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organization.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();

  await db.schema
    .createTable('upr_session')
    .addColumn('session', 'integer', (c) => c.primaryKey())
    .addColumn('cycle', 'integer', (c) => c.notNull())
    .addColumn('wg_start', 'text', (c) => c.notNull())
    .addColumn('wg_end', 'text')
    .addColumn('date_status', 'text', (c) => c.notNull())
    .addColumn('adopted_at_hrc', 'integer')
    .addColumn('source', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('hrc_session')
    .addColumn('hrc_session', 'integer', (c) => c.primaryKey())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('date_status', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('upr_review')
    .addColumn('session', 'integer', (c) => c.notNull())
    .addColumn('iso3', 'text', (c) => c.notNull())
    .addColumn('review_date', 'text')
    .addColumn('date_status', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('upr_review_pk', ['session', 'iso3'])
    .execute();
}
