/**
 * SQL fragments of the recommendation search, shared by the result, facet and export queries.
 * Every value is a bound parameter (Kysely's `sql` tag); only fixed names are spliced. The
 * table `recommendation` is always aliased `r`.
 *
 * Plans (measured on the 41,066-row UPR Info file): on SQLite the FTS5 table is joined FIRST
 * (`cross join` fixes the order), so a text search visits only its matches instead of every
 * row of the namespace; filters on recommending States and issues are `r.id in (subquery)`,
 * which both engines compute once per statement (a hashed list) instead of once per row.
 */
import { sql, type RawBuilder } from 'kysely';
import { toFts5Expression, toWebsearchTexts, type SearchTerm } from '../../core/search/search-text.js';
import type { Engine } from '../db/database.js';

export type Fragment = RawBuilder<unknown>;

/** The facets of the search; each is also a filter of the same name. */
export const FACET_KEYS = ['sur', 'rs', 'surGroup', 'rsGroup', 'cycle', 'session', 'response', 'issue', 'actionCategory'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** Filters after translation: regional groups are already lists of ISO3 codes. */
export interface ResolvedFilters {
  namespaces: readonly string[];
  terms: readonly SearchTerm[];
  sur: readonly string[];
  rs: readonly string[];
  /** null: no filter; []: a group with no known State, which matches nothing. */
  surGroup: readonly string[] | null;
  rsGroup: readonly string[] | null;
  cycle: readonly number[];
  session: readonly number[];
  response: readonly string[];
  issue: readonly string[];
  actionCategory: readonly number[];
}

export interface ActiveFilter {
  key: FacetKey;
  condition: Fragment;
}

const NOTHING: Fragment = sql`1 = 0`;

export function valueList(values: readonly (string | number)[]): Fragment {
  return sql.join(values.map((v) => sql`${v}`));
}

function inList(column: string, values: readonly (string | number)[]): Fragment {
  return values.length === 0 ? NOTHING : sql`${sql.ref(column)} in (${valueList(values)})`;
}

function linked(f: ResolvedFilters, table: 'recommendation_state' | 'recommendation_issue', column: 'rs_iso3' | 'issue', values: readonly string[]): Fragment {
  if (values.length === 0) return NOTHING;
  return sql`r.id in (select l.recommendation_id from ${sql.table(table)} l
    where l.org_id in (${valueList(f.namespaces)}) and ${sql.ref(`l.${column}`)} in (${valueList(values)}))`;
}

/** The tsquery of the terms: every term AND-ed, the alternatives of a word OR-ed. */
export function pgTsQuery(terms: readonly SearchTerm[]): Fragment {
  const parts = terms.map((term) => {
    const texts = toWebsearchTexts(term).map((text) => sql`websearch_to_tsquery('english', ${text})`);
    if (term.kind !== 'prefix') return texts.length === 1 ? texts[0]! : sql`(${sql.join(texts, sql` || `)})`;
    // websearch has no prefix syntax: mark the stemmed lexeme itself as a prefix (":*"),
    // unless nothing is left of the word (an empty query cast with ":*" would be an error).
    const q = texts[0]!;
    return sql`(case when numnode(${q}) = 0 then ${q} else (${q}::text || ':*')::tsquery end)`;
  });
  return sql.join(parts, sql` && `);
}

/**
 * Where the candidates come from: the namespaces and the text. `from` may bring in the FTS5
 * table (needed by bm25()); `conditions` go into the WHERE clause.
 */
export function candidates(engine: Engine, f: ResolvedFilters): { from: Fragment; conditions: Fragment[] } {
  const conditions: Fragment[] = [inList('r.org_id', f.namespaces)];
  if (f.terms.length === 0) return { from: sql`recommendation r`, conditions };
  if (engine === 'postgres') return { from: sql`recommendation r`, conditions: [...conditions, sql`r.search @@ (${pgTsQuery(f.terms)})`] };
  // The FTS5 rowid is recommendation.seq.
  const from = sql`recommendation_fts cross join recommendation r on r.seq = recommendation_fts.rowid and recommendation_fts match ${toFts5Expression(f.terms)}`;
  return { from, conditions };
}

/** The filters in use, each as a condition on `r`. */
export function activeFilters(f: ResolvedFilters): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  const on = (key: FacetKey, isActive: boolean, condition: () => Fragment) => {
    if (isActive) active.push({ key, condition: condition() });
  };
  on('sur', f.sur.length > 0, () => inList('r.sur_iso3', f.sur));
  on('surGroup', f.surGroup !== null, () => inList('r.sur_iso3', f.surGroup ?? []));
  on('rs', f.rs.length > 0, () => linked(f, 'recommendation_state', 'rs_iso3', f.rs));
  on('rsGroup', f.rsGroup !== null, () => linked(f, 'recommendation_state', 'rs_iso3', f.rsGroup ?? []));
  on('cycle', f.cycle.length > 0, () => inList('r.cycle', f.cycle));
  on('session', f.session.length > 0, () => inList('r.session', f.session));
  on('response', f.response.length > 0, () => inList('r.response', f.response));
  on('issue', f.issue.length > 0, () => linked(f, 'recommendation_issue', 'issue', f.issue));
  on('actionCategory', f.actionCategory.length > 0, () => inList('r.action_category', f.actionCategory));
  return active;
}

export function and(conditions: readonly Fragment[]): Fragment {
  return conditions.length === 0 ? sql`1 = 1` : sql.join(conditions, sql` and `);
}

/** FROM … WHERE … of every recommendation matching all filters. */
export function matching(engine: Engine, f: ResolvedFilters): Fragment {
  const { from, conditions } = candidates(engine, f);
  return sql`${from} where ${and([...conditions, ...activeFilters(f).map((a) => a.condition)])}`;
}

export type SortOrder = 'relevance' | 'session-desc' | 'session-asc';

/** The relevance of a candidate, or null when the order does not need it (no text, or sorted by session). */
export function relevance(engine: Engine, f: ResolvedFilters, sort: SortOrder): Fragment | null {
  if (sort !== 'relevance' || f.terms.length === 0) return null;
  // bm25: lower is better (the FTS5 table is in the FROM clause); ts_rank: higher is better.
  return engine === 'sqlite' ? sql`bm25(recommendation_fts)` : sql`-ts_rank(r.search, ${pgTsQuery(f.terms)})`;
}

/** ORDER BY keys over columns `score` (when ranked), `session` and `seq` of `alias`. */
export function orderKeys(alias: string, sort: SortOrder, ranked: boolean): Fragment {
  const col = (name: string) => sql.ref(`${alias}.${name}`);
  const session = sort === 'session-asc' ? sql`${col('session')} asc` : sql`${col('session')} desc`;
  return ranked ? sql`${col('score')} asc, ${session}, ${col('seq')} asc` : sql`${session}, ${col('seq')} asc`;
}
