/**
 * Search of UPR recommendations behind one interface for both engines: SQLite FTS5 (Porter
 * stemmer) and PostgreSQL tsvector ('english', GIN). The text is parsed once, in core, into
 * terms both engines read alike (see core/search/search-text.ts); filters and facet counts are
 * plain SQL shared by both. One contract test (test/db/recommendation-search.db.test.ts) holds
 * the engines to the same answers.
 *
 * Namespaces: the caller passes the organisations whose recommendations are visible, i.e.
 * [orgId, 'library']; nothing outside them is ever read. Regional groups are reference data the
 * caller passes in (ISO3 → group), so this adapter needs no registry.
 */
import { sql, type CompiledQuery, type Kysely } from 'kysely';
import { parseSearchText } from '../../core/search/search-text.js';
import type { Engine } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { runIndexedSearch } from './indexed-search.js';
import { compileSearchStatement, runSearchStatement, type SearchFacets, type StatementInput, type StatementResult } from './search-statement.js';
import { matching, orderKeys, relevance, valueList, type ResolvedFilters } from './search-sql.js';

export type { FacetBucket, SearchFacets } from './search-statement.js';
export { FACET_KEYS, type FacetKey } from './search-sql.js';

export const SEARCH_SORTS = ['relevance', 'session-desc', 'session-asc'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
export const MAX_PAGE_SIZE = 100;

export interface SearchQuery {
  /** Visible namespaces: the actor's organisation and 'library'. */
  namespaces: string[];
  text?: string;
  sur?: string[];
  rs?: string[];
  surGroup?: string[];
  rsGroup?: string[];
  cycle?: number[];
  session?: number[];
  response?: string[];
  issue?: string[];
  actionCategory?: number[];
  /** 'relevance' without text falls back to 'session-desc'. */
  sort: SearchSort;
  /** From 1. */
  page: number;
  /** 1 to MAX_PAGE_SIZE. */
  pageSize: number;
}

export interface RecommendationItem {
  id: string;
  cycle: number;
  session: number;
  surIso3: string;
  text: string;
  response: string;
  actionCategory: number | null;
  issues: string[];
  recommendingStates: string[];
  paragraph: string | null;
  document: string | null;
}

export interface RecommendationDetail extends RecommendationItem {
  /** upr-info | ohchr */
  source: string;
  /** True for the instance-wide library, false for the organisation's own import. */
  library: boolean;
}

export interface SearchResult {
  total: number;
  page: number;
  pageSize: number;
  items: RecommendationItem[];
  facets: SearchFacets;
}

/** ISO3 → regional group of every State that has one. */
export type StateGroups = ReadonlyMap<string, string>;

interface RecommendationRow {
  seq: number;
  id: string;
  org_id: string;
  cycle: number;
  session: number;
  sur_iso3: string;
  text: string;
  response: string;
  action_category: number | null;
  paragraph: string | null;
  document: string | null;
  source: string;
}

const COLUMNS = sql`r.seq, r.id, r.org_id, r.cycle, r.session, r.sur_iso3, r.text, r.response, r.action_category, r.paragraph, r.document, r.source`;

function codesOf(groups: StateGroups, selected: readonly string[] | undefined): string[] | null {
  if (!selected || selected.length === 0) return null;
  return [...groups].filter(([, group]) => selected.includes(group)).map(([iso3]) => iso3);
}

function resolveFilters(query: SearchQuery, groups: StateGroups): ResolvedFilters {
  return {
    namespaces: query.namespaces,
    terms: parseSearchText(query.text ?? ''),
    sur: query.sur ?? [],
    rs: query.rs ?? [],
    surGroup: codesOf(groups, query.surGroup),
    rsGroup: codesOf(groups, query.rsGroup),
    cycle: query.cycle ?? [],
    session: query.session ?? [],
    response: query.response ?? [],
    issue: query.issue ?? [],
    actionCategory: query.actionCategory ?? [],
  };
}

/** Every matching row in the requested order, at most `limit` (exports). */
async function selectRows(db: Kysely<Database>, engine: Engine, f: ResolvedFilters, sort: SearchSort, limit: number) {
  const score = relevance(engine, f, sort);
  const query = sql<RecommendationRow>`select * from (select ${COLUMNS}, ${score ?? sql`0`} as score from ${matching(engine, f)}) x
    order by ${orderKeys('x', sort, score !== null)} limit ${limit}`;
  return (await query.execute(db)).rows;
}

function toItem(row: RecommendationRow, states: readonly string[], issues: readonly string[]): RecommendationItem {
  return {
    id: row.id,
    cycle: Number(row.cycle),
    session: Number(row.session),
    surIso3: row.sur_iso3,
    text: row.text,
    response: row.response,
    actionCategory: row.action_category === null ? null : Number(row.action_category),
    issues: [...issues].sort(),
    recommendingStates: [...states].sort(),
    paragraph: row.paragraph,
    document: row.document,
  };
}

type Links = Map<string, string[]>;

function group(rows: readonly { id: string; value: string }[]): Links {
  const out: Links = new Map();
  for (const row of rows) {
    const list = out.get(row.id);
    if (list) list.push(row.value);
    else out.set(row.id, [row.value]);
  }
  return out;
}

/**
 * Recommending States and issues of the given recommendations (a page: at most MAX_PAGE_SIZE),
 * whose ids come from a query already limited to the visible namespaces. (Adding `org_id in …`
 * here makes SQLite walk the org index over the whole library: 20 ms instead of 0.1.)
 */
async function linksOfIds(db: Kysely<Database>, ids: readonly string[]): Promise<{ states: Links; issues: Links }> {
  if (ids.length === 0) return { states: new Map(), issues: new Map() };
  const [states, issues] = await Promise.all([
    db.selectFrom('recommendation_state').select(['recommendation_id as id', 'rs_iso3 as value']).where('recommendation_id', 'in', ids).execute(),
    db.selectFrom('recommendation_issue').select(['recommendation_id as id', 'issue as value']).where('recommendation_id', 'in', ids).execute(),
  ]);
  return { states: group(states), issues: group(issues) };
}

/** The same for every match of the filters at once (exports), without thousands of IN lists. */
async function linksOfMatches(db: Kysely<Database>, engine: Engine, f: ResolvedFilters): Promise<{ states: Links; issues: Links }> {
  const ids = sql`select r.id from ${matching(engine, f)}`;
  const [states, issues] = await Promise.all([
    sql<{ id: string; value: string }>`select l.recommendation_id as id, l.rs_iso3 as value from recommendation_state l where l.recommendation_id in (${ids})`.execute(db),
    sql<{ id: string; value: string }>`select l.recommendation_id as id, l.issue as value from recommendation_issue l where l.recommendation_id in (${ids})`.execute(db),
  ]);
  return { states: group(states.rows), issues: group(issues.rows) };
}

function clampPaging(query: SearchQuery): { page: number; pageSize: number } {
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(query.pageSize) || 1));
  const page = Math.max(1, Math.trunc(query.page) || 1);
  return { page, pageSize };
}

function statementInput(query: SearchQuery, groups: StateGroups): StatementInput {
  const { page, pageSize } = clampPaging(query);
  return {
    filters: resolveFilters(query, groups), groups, selectedGroups: { sur: query.surGroup ?? [], rs: query.rsGroup ?? [] },
    sort: query.sort, limit: pageSize, offset: (page - 1) * pageSize,
  };
}

/** The one statement searchRecommendations sends for this query, compiled (the benchmark's engine floor runs it bare). */
export function compileSearch(db: Kysely<Database>, engine: Engine, query: SearchQuery, groups: StateGroups): CompiledQuery {
  return compileSearchStatement(db, engine, statementInput(query, groups));
}

function toSearchResult(query: SearchQuery, result: StatementResult): SearchResult {
  const { page, pageSize } = clampPaging(query);
  const items = result.page.map((json) => {
    const row = JSON.parse(json) as RecommendationRow & { states: string[] | null; issues: string[] | null };
    return toItem(row, row.states ?? [], row.issues ?? []);
  });
  return { total: result.total, page, pageSize, items, facets: result.facets };
}

/** One page of matching recommendations, the total and the facet counts. */
export async function searchRecommendations(db: Kysely<Database>, engine: Engine, query: SearchQuery, groups: StateGroups): Promise<SearchResult> {
  return toSearchResult(query, await runIndexedSearch(db, engine, statementInput(query, groups)));
}

/** The same answer from the one search statement: the reference of the in-memory counting, and the benchmark's engine floor. */
export async function searchByStatement(db: Kysely<Database>, engine: Engine, query: SearchQuery, groups: StateGroups): Promise<SearchResult> {
  return toSearchResult(query, await runSearchStatement(db, engine, statementInput(query, groups)));
}

/** Every matching recommendation in the requested order, at most `limit` (exports; no facets). */
export async function listMatchingRecommendations(
  db: Kysely<Database>,
  engine: Engine,
  query: Omit<SearchQuery, 'page' | 'pageSize'>,
  groups: StateGroups,
  limit: number,
): Promise<RecommendationItem[]> {
  const f = resolveFilters({ ...query, page: 1, pageSize: 1 }, groups);
  const [rows, links] = await Promise.all([selectRows(db, engine, f, query.sort, limit), linksOfMatches(db, engine, f)]);
  return rows.map((row) => toItem(row, links.states.get(row.id) ?? [], links.issues.get(row.id) ?? []));
}

/** One recommendation visible in `namespaces`, or null (missing and invisible look the same). */
export async function findRecommendation(db: Kysely<Database>, namespaces: readonly string[], id: string): Promise<RecommendationDetail | null> {
  if (namespaces.length === 0) return null;
  const { rows } = await sql<RecommendationRow>`select ${COLUMNS} from recommendation r
    where r.id = ${id} and r.org_id in (${valueList(namespaces)})`.execute(db);
  const row = rows[0];
  if (!row) return null;
  const links = await linksOfIds(db, [row.id]);
  const item = toItem(row, links.states.get(row.id) ?? [], links.issues.get(row.id) ?? []);
  return { ...item, source: row.source, library: row.org_id === 'library' };
}
