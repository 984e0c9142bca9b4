/**
 * SQL fragments of the recommendation search, shared by the result, facet and export queries.
 * Every value is a bound parameter (Kysely's `sql` tag); only fixed names are spliced. The
 * table `recommendation` is always aliased `r`.
 *
 * Plans (measured on the 41,066-row UPR Info file): on SQLite the FTS5 table is joined FIRST
 * (`cross join` fixes the order), so a text search visits only its matches instead of every
 * row of the namespace; filters on recommending States and issues are `r.id in (subquery)`,
 * which both engines compute once per statement (a hashed list) instead of once per row,
 * except in the search statement with text, where linked() weighs the list against the matches.
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

/** The search statement's candidates (namespace and text), materialised before the link filters read them. */
export const CANDIDATES = 'c0';

/**
 * True when the search statement materialises CANDIDATES first: on SQLite, with text and a
 * filter on links (see linked()). PostgreSQL reads the links from the candidates' own lists.
 */
export function materialisesCandidates(engine: Engine, f: ResolvedFilters): boolean {
  if (engine === 'postgres' || f.terms.length === 0) return false;
  return f.rsGroup !== null || f.issue.length > 0 || f.rs.length > 0;
}

/**
 * SQLite: a candidate looks its links up when the candidates are fewer than the list's length
 * divided by this (a lookup costs ~0.9 µs for a State, ~1.6 µs for an issue; a list entry
 * ~0.35 µs to build, and each candidate ~0.3 µs to check against the list).
 */
const SQLITE_LOOKUP_RATIO = { recommendation_state: 1.6, recommendation_issue: 3.7 } as const;

/** PostgreSQL's copies of a recommendation's links on its own row (decision record 0007). */
export const PG_LINK_LISTS = { recommendation_state: 'rs_list', recommendation_issue: 'issue_list' } as const;

/**
 * "Linked to one of `values`" (a recommending State, an issue), as a condition on `r`. Without
 * text, and in exports, the linked ids are read once into a hashed list (`in (subquery)`): ~10 ms
 * for a regional group whatever the text. In the search statement (`inSelect`):
 * - PostgreSQL: the recommendation's own list of States or issues overlaps the values; the row
 *   is read anyway for the text match, so this costs no lookup at all (67 → 21 ms for "women"
 *   + WEOG + "Women's rights", where the join of the list with the matches took 67);
 * - SQLite, with text: the matches are usually a few hundred or thousand, and most of a group's
 *   15,000 links are wasted work, so the statement counts CANDIDATES and chooses at run time:
 *   each candidate looks its links up (EXISTS by the link's primary key; `|| ''` makes it one
 *   seek by recommendation id instead of one per value, 29 for WEOG) unless the list is short
 *   for so many candidates.
 */
function linked(engine: Engine, f: ResolvedFilters, inSelect: boolean, table: 'recommendation_state' | 'recommendation_issue', column: 'rs_iso3' | 'issue', values: readonly string[]): Fragment {
  if (values.length === 0) return NOTHING;
  if (inSelect && engine === 'postgres') return sql`${sql.ref(`r.${PG_LINK_LISTS[table]}`)} && array[${valueList(values)}]::text[]`;
  const ref = sql.ref(`l.${column}`);
  const links = sql.table(table);
  const listed = sql`l.org_id in (${valueList(f.namespaces)}) and ${ref} in (${valueList(values)})`;
  const list = sql`r.id in (select l.recommendation_id from ${links} l where ${listed})`;
  if (!inSelect || !materialisesCandidates(engine, f)) return list;
  const count = sql`(select count(*) from ${sql.table(CANDIDATES)})`;
  // No l.org_id in a lookup: a link has its recommendation's namespace.
  const lookup = sql`exists (select 1 from ${links} l where l.recommendation_id = r.id and ${ref} || '' in (${valueList(values)}))`;
  return sql`case when ${count} * ${sql.lit(SQLITE_LOOKUP_RATIO[table])} <= (select count(*) from ${links} l where ${listed}) then ${lookup} else ${list} end`;
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

/** The filters in use, each as a condition on `r`; `inSelect`: see linked(). */
export function activeFilters(engine: Engine, f: ResolvedFilters, inSelect = false): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  const on = (key: FacetKey, isActive: boolean, condition: () => Fragment) => {
    if (isActive) active.push({ key, condition: condition() });
  };
  on('sur', f.sur.length > 0, () => inList('r.sur_iso3', f.sur));
  on('surGroup', f.surGroup !== null, () => inList('r.sur_iso3', f.surGroup ?? []));
  on('rs', f.rs.length > 0, () => linked(engine, f, inSelect, 'recommendation_state', 'rs_iso3', f.rs));
  on('rsGroup', f.rsGroup !== null, () => linked(engine, f, inSelect, 'recommendation_state', 'rs_iso3', f.rsGroup ?? []));
  on('cycle', f.cycle.length > 0, () => inList('r.cycle', f.cycle));
  on('session', f.session.length > 0, () => inList('r.session', f.session));
  on('response', f.response.length > 0, () => inList('r.response', f.response));
  on('issue', f.issue.length > 0, () => linked(engine, f, inSelect, 'recommendation_issue', 'issue', f.issue));
  on('actionCategory', f.actionCategory.length > 0, () => inList('r.action_category', f.actionCategory));
  return active;
}

export function and(conditions: readonly Fragment[]): Fragment {
  return conditions.length === 0 ? sql`1 = 1` : sql.join(conditions, sql` and `);
}

/** FROM … WHERE … of every recommendation matching all filters. */
export function matching(engine: Engine, f: ResolvedFilters): Fragment {
  const { from, conditions } = candidates(engine, f);
  return sql`${from} where ${and([...conditions, ...activeFilters(engine, f).map((a) => a.condition)])}`;
}

/** The columns of a recommendation that a search result shows. */
const ROW_FIELDS = ['seq', 'id', 'org_id', 'cycle', 'session', 'sur_iso3', 'text', 'response', 'action_category', 'paragraph', 'document', 'source'] as const;

/**
 * Recommendation `r` with its recommending States and issues, as JSON text: the search
 * statement returns its page this way, saving a round trip per search (a null list: none).
 */
export function recommendationJson(engine: Engine): Fragment {
  const linked = (table: string, column: string) => {
    const ref = sql.ref(`l.${column}`);
    const list = sql`(select ${engine === 'postgres' ? sql`json_agg(${ref})` : sql`json_group_array(${ref})`} from ${sql.table(table)} l where l.recommendation_id = r.id)`;
    return engine === 'postgres' ? list : sql`json(${list})`;
  };
  const pairs = [
    ...ROW_FIELDS.map((name) => sql`${sql.lit(name)}, ${sql.ref(`r.${name}`)}`),
    sql`'states', ${linked('recommendation_state', 'rs_iso3')}`,
    sql`'issues', ${linked('recommendation_issue', 'issue')}`,
  ];
  return engine === 'postgres' ? sql`json_build_object(${sql.join(pairs)})::text` : sql`json_object(${sql.join(pairs)})`;
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
