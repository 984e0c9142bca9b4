/**
 * PostgreSQL bulk inserts for the recommendation importer: one array parameter per column,
 * spread into rows by `unnest`, instead of one bound value per cell. A chunk of 500
 * recommendations was one INSERT with 8,000 placeholders that Kysely compiled, node-postgres
 * serialised one by one and PostgreSQL parsed and bound; as arrays it is 16 parameters.
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, RecommendationTable } from '../schema.js';

/** A recommendation row as the importer writes it on PostgreSQL (the link lists included). */
export type RecommendationInsert = Omit<Selectable<RecommendationTable>, 'seq'>;

/**
 * A list as a PostgreSQL array literal, to travel as one element of a text array and be cast back
 * per row (`unnest` flattens arrays of arrays, and the lists differ in length).
 */
export function arrayLiteral(values: readonly string[] | null): string | null {
  if (values === null) return null;
  return `{${values.map((v) => `"${v.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}

export async function insertRecommendationRowsPostgres(db: Kysely<Database>, rows: readonly RecommendationInsert[]): Promise<void> {
  const column = <K extends keyof RecommendationInsert>(key: K) => rows.map((row) => row[key]);
  await sql`insert into recommendation (id, org_id, dedupe_key, cycle, session, sur_iso3, text, response, action_category,
      paragraph, document, source, import_id, created_at, rs_list, issue_list)
    select id, org_id, dedupe_key, cycle, session, sur_iso3, text, response, action_category,
      paragraph, document, source, import_id, created_at, rs_list::text[], issue_list::text[]
    from unnest(${column('id')}::text[], ${column('org_id')}::text[], ${column('dedupe_key')}::text[], ${column('cycle')}::int[],
      ${column('session')}::int[], ${column('sur_iso3')}::text[], ${column('text')}::text[], ${column('response')}::text[],
      ${column('action_category')}::int[], ${column('paragraph')}::text[], ${column('document')}::text[], ${column('source')}::text[],
      ${column('import_id')}::text[], ${column('created_at')}::text[], ${rows.map((r) => arrayLiteral(r.rs_list))}::text[],
      ${rows.map((r) => arrayLiteral(r.issue_list))}::text[])
      as t(id, org_id, dedupe_key, cycle, session, sur_iso3, text, response, action_category, paragraph, document, source,
        import_id, created_at, rs_list, issue_list)`.execute(db);
}

/** Links of recommendations to States or issues, skipping those already there; returns how many were added. */
export async function insertLinksPostgres(
  db: Kysely<Database>,
  table: 'recommendation_state' | 'recommendation_issue',
  orgId: string,
  links: readonly { recommendation_id: string; value: string }[],
): Promise<number> {
  if (links.length === 0) return 0;
  const column = table === 'recommendation_state' ? sql.ref('rs_iso3') : sql.ref('issue');
  const result = await sql`insert into ${sql.table(table)} (org_id, recommendation_id, ${column})
    select ${orgId}, recommendation_id, value
    from unnest(${links.map((l) => l.recommendation_id)}::text[], ${links.map((l) => l.value)}::text[]) as t(recommendation_id, value)
    on conflict do nothing`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
