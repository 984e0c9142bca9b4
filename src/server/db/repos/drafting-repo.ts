/**
 * What the drafting helper reads: candidate past recommendations for a draft, found with the
 * full-text index (SQLite FTS5 / PostgreSQL tsvector) as an OR of the draft's informative
 * words ranked by BM25 / ts_rank, and the details of the ones the similarity ranking keeps.
 */
import { sql, type Kysely } from 'kysely';
import type { Engine } from '../database.js';
import type { Database } from '../schema.js';
import { visibleNamespaces } from './recommendations-repo.js';

export interface TextCandidate {
  id: string;
  text: string;
}

export interface RecommendationDetail {
  id: string;
  text: string;
  session: number;
  cycle: number;
  surIso3: string;
  response: string;
  actionCategory: number | null;
  states: string[];
  issues: string[];
}

// Only whole words of letters and digits reach a MATCH expression or a tsquery.
const WORD = /^[\p{L}\p{N}]+$/u;

/** Up to `limit` visible recommendations containing any of `words` (optionally to one SuR), best matches first. */
export async function findTextCandidates(
  db: Kysely<Database>,
  engine: Engine,
  orgId: string,
  words: readonly string[],
  options: { surIso3?: string | null; limit: number },
): Promise<TextCandidate[]> {
  const terms = words.filter((w) => WORD.test(w));
  if (terms.length === 0 || options.limit <= 0) return [];
  const ns = sql.join(visibleNamespaces(orgId).map((n) => sql`${n}`));
  const sur = options.surIso3 ? sql`and r.sur_iso3 = ${options.surIso3}` : sql``;
  if (engine === 'sqlite') {
    const match = terms.map((t) => `"${t}"`).join(' OR ');
    const result = await sql<TextCandidate>`
      select r.id, r.text from recommendation_fts cross join recommendation r on r.seq = recommendation_fts.rowid
      where recommendation_fts match ${match} and r.org_id in (${ns}) ${sur}
      order by bm25(recommendation_fts), r.id limit ${options.limit}`.execute(db);
    return result.rows;
  }
  const query = sql.join(terms.map((t) => sql`plainto_tsquery('english', ${t})`), sql` || `);
  const result = await sql<TextCandidate>`
    select r.id, r.text from recommendation r
    where r.org_id in (${ns}) and r.search @@ (${query}) ${sur}
    order by ts_rank(r.search, (${query})) desc, r.id limit ${options.limit}`.execute(db);
  return result.rows;
}

/** The recommendations of `ids` that `orgId` sees, with their recommending States and issues. */
export async function loadRecommendationDetails(db: Kysely<Database>, orgId: string, ids: readonly string[]): Promise<RecommendationDetail[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('recommendation')
    .select(['id', 'text', 'session', 'cycle', 'sur_iso3', 'response', 'action_category'])
    .where('org_id', 'in', visibleNamespaces(orgId))
    .where('id', 'in', ids)
    .execute();
  const found = rows.map((r) => r.id);
  if (found.length === 0) return [];
  // The ids come from the namespace query above, so the link tables need no org filter here.
  const states = await db.selectFrom('recommendation_state').select(['recommendation_id', 'rs_iso3']).where('recommendation_id', 'in', found).orderBy('rs_iso3').execute();
  const issues = await db.selectFrom('recommendation_issue').select(['recommendation_id', 'issue']).where('recommendation_id', 'in', found).orderBy('issue').execute();
  return rows.map((r) => ({
    id: r.id,
    text: r.text,
    session: Number(r.session),
    cycle: Number(r.cycle),
    surIso3: r.sur_iso3,
    response: r.response,
    actionCategory: r.action_category === null ? null : Number(r.action_category),
    states: states.filter((s) => s.recommendation_id === r.id).map((s) => s.rs_iso3),
    issues: issues.filter((i) => i.recommendation_id === r.id).map((i) => i.issue),
  }));
}
