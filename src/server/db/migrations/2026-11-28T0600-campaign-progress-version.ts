/**
 * A counter on each campaign, raised in the same transaction as every change to its task
 * progress. The dashboard and the campaign list build the plan view of every campaign of the
 * organisation on each request; with the counter they can keep those views and re-read the
 * progress of a campaign only when it changed (src/server/app/campaign-views.ts). Reading 700
 * ticks of 50 campaigns was ~2 ms of every dashboard at scale (bench/http-load.ts).
 */
import { sql, type Kysely } from 'kysely';
import type { Engine } from '../database.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine === 'postgres') {
    await sql`alter table campaign add column if not exists progress_version integer not null default 0`.execute(db);
    return;
  }
  const { rows } = await sql<{ name: string }>`select name from pragma_table_info('campaign') where name = 'progress_version'`.execute(db);
  if (rows.length === 0) await sql`alter table campaign add column progress_version integer not null default 0`.execute(db);
}
