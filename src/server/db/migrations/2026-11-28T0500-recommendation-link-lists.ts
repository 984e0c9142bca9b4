/**
 * PostgreSQL only: each recommendation carries copies of its recommending States and issues as
 * sorted arrays (`rs_list`, `issue_list`), beside the link tables that stay the truth. A text
 * search on PostgreSQL then filters and counts States and issues from the rows it already reads
 * for the text match, instead of one index lookup per match and link table: "women" + WEOG +
 * "Women's rights" went from 67 ms to 21 ms (bench/search-latency.ts; decision record 0007).
 * The importer writes both in the same transaction. SQLite answers the same searches fast
 * enough from the link tables (FTS5 matches first), so it gets no copies. Safe to run again
 * (the columns are added if missing and refilled).
 */
import { sql, type Kysely } from 'kysely';
import type { Engine } from '../database.js';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine !== 'postgres') return;
  await sql`alter table recommendation add column if not exists rs_list text[], add column if not exists issue_list text[]`.execute(db);
  await sql`update recommendation r set
      rs_list = (select array_agg(l.rs_iso3 order by l.rs_iso3) from recommendation_state l where l.recommendation_id = r.id),
      issue_list = (select array_agg(l.issue order by l.issue) from recommendation_issue l where l.recommendation_id = r.id)`.execute(db);
}
