/**
 * The total, the facet counts and the page of a recommendation search, in ONE statement.
 *
 * Counting rule (standard "multi-select" faceted search): each facet is counted over the
 * recommendations matching every OTHER filter, so the values of a facet stay visible and
 * countable while one of them is selected, and ticking a second value of the same facet widens
 * the result by exactly the count shown. A joint recommendation counts once for each of its
 * recommending States, but once only for a regional group however many of its States are in it.
 * A value the user selected is listed even when its count is 0.
 *
 * How: the candidates (namespace + text) are materialised once (`c`) with one 0/1 flag per
 * active filter ("fails this filter"); facet K groups the candidates whose flags other than K's
 * are all 0 (with text and a filter on links, the bare candidates are materialised first,
 * `c0`, for linked() to count and read); the page is the top of the candidates that pass
 * everything, returned whole as JSON with its links (no second round trip). The links to
 * recommending States are read once (`lk`) for both State facets (on PostgreSQL from the
 * candidates' own lists of States and issues, decision record 0007); regional groups are summed
 * from per-State counts here, with joint recommendations corrected to count once per group.
 * One pass over the matches instead of one query per facet is what keeps a search within a few
 * milliseconds on SQLite (bench/search-latency.ts).
 */
import { sql, type CompiledQuery, type Kysely } from 'kysely';
import type { Engine } from '../db/database.js';
import type { Database } from '../db/schema.js';
import {
  activeFilters, and, candidates, CANDIDATES, FACET_KEYS, materialisesCandidates, orderKeys, PG_LINK_LISTS, recommendationJson, relevance, valueList,
  type FacetKey, type Fragment, type ResolvedFilters, type SortOrder,
} from './search-sql.js';

export interface FacetBucket<T extends string | number> {
  value: T;
  count: number;
}

export interface SearchFacets {
  sur: FacetBucket<string>[];
  rs: FacetBucket<string>[];
  surGroup: FacetBucket<string>[];
  rsGroup: FacetBucket<string>[];
  cycle: FacetBucket<number>[];
  session: FacetBucket<number>[];
  response: FacetBucket<string>[];
  issue: FacetBucket<string>[];
  actionCategory: FacetBucket<number>[];
}

export interface StatementInput {
  filters: ResolvedFilters;
  /** The selected group names (the filters hold them translated into ISO3 codes). */
  selectedGroups: { sur: readonly string[]; rs: readonly string[] };
  /** ISO3 → regional group. */
  groups: ReadonlyMap<string, string>;
  sort: SortOrder;
  limit: number;
  offset: number;
}

export interface StatementResult {
  total: number;
  facets: SearchFacets;
  /** The page's recommendations in order, as JSON text (see recommendationJson). */
  page: string[];
}

const NUMERIC: ReadonlySet<FacetKey> = new Set(['cycle', 'session', 'actionCategory']);
const flag = (key: FacetKey) => `f${FACET_KEYS.indexOf(key)}`;

/**
 * The links of joint recommendations (several recommending States) among `lk`'s rows that pass
 * `passing`: over the whole namespace, a group-by along the primary key's order; otherwise a
 * window count over the few links in play (an `in (subquery)` on the CTE misleads PostgreSQL).
 */
function jointLinks(wholeNamespace: boolean, passing: Fragment): Fragment {
  if (wholeNamespace) {
    return sql`select 'joint' as facet, lk.rs_iso3 || ' ' || lk.rid as value, 0 as n from lk where lk.rid in
      (select j.recommendation_id from recommendation_state j group by j.recommendation_id having count(*) > 1)`;
  }
  return sql`select 'joint' as facet, x.rs_iso3 || ' ' || x.rid as value, 0 as n from
    (select lk.rid, lk.rs_iso3, count(*) over (partition by lk.rid) as k from lk where ${passing}) x where x.k > 1`;
}

/** True when the 'sur' and 'surGroup' facets count the same rows (neither is a filter). */
export const sharedSurCounts = (f: ResolvedFilters) => f.sur.length === 0 && f.surGroup === null;

function statement(engine: Engine, input: StatementInput): Fragment {
  const f = input.filters;
  const active = activeFilters(engine, f, true);
  const keys = active.map((a) => a.key);
  const { from, conditions } = candidates(engine, f);
  const score = relevance(engine, f, input.sort);
  const join = engine === 'sqlite' ? sql`cross join` : sql`join`; // SQLite: keep this join order
  const flags = active.map((a) => sql`, case when ${a.condition} then 0 else 1 end as ${sql.id(flag(a.key))}`);
  /** Rows of `alias` that pass every active filter except `except`. */
  const passing = (alias: string, except: readonly FacetKey[], among: readonly FacetKey[] = keys) =>
    and(among.filter((k) => !except.includes(k)).map((k) => sql`${sql.ref(`${alias}.${flag(k)}`)} = 0`));
  /**
   * True when a facet counts over the whole namespace (no text, no other filter): its links are
   * then counted straight from the link table's index, without a join per recommendation
   * (a link row is always in its recommendation's namespace). This is the search page as it opens.
   */
  const whole = (except: readonly FacetKey[]) => f.terms.length === 0 && keys.every((k) => except.includes(k));
  const namespaces = sql`l.org_id in (${valueList(f.namespaces)})`;
  const stateFlags = keys.filter((k) => k === 'rs' || k === 'rsGroup');
  // Facet values are grouped (column 2) byte-wise on PostgreSQL: sorting thousands of codes by
  // the database's linguistic collation cost ~2 ms a search; the groups are the same.
  const value = (expression: Fragment) => (engine === 'postgres' ? sql`${expression} collate "C"` : expression);
  const column = (key: FacetKey, expression: string) => {
    const ref = sql.ref(expression);
    return sql`select ${sql.lit(key)} as facet, ${value(sql`cast(${ref} as text)`)} as value, count(*) as n from c
      where ${passing('c', [key])} and ${ref} is not null group by 2`;
  };
  // The links of the candidates: on PostgreSQL from their own lists (PG_LINK_LISTS), else joined.
  const linksOfC = (table: keyof typeof PG_LINK_LISTS, column: string) =>
    engine === 'postgres'
      ? sql`c cross join lateral unnest(${sql.ref(`c.${PG_LINK_LISTS[table]}`)}) as l(${sql.id(column)})`
      : sql`c ${join} ${sql.table(table)} l on l.recommendation_id = c.id`;
  const issues = whole(['issue'])
    ? sql`select 'issue' as facet, l.issue as value, count(*) as n from recommendation_issue l where ${namespaces} group by l.issue`
    : sql`select 'issue' as facet, ${value(sql`l.issue`)} as value, count(*) as n from ${linksOfC('recommendation_issue', 'issue')}
      where ${passing('c', ['issue'])} group by 2`;
  const links = whole([])
    ? sql`select l.recommendation_id as rid, l.rs_iso3 from recommendation_state l where ${namespaces}`
    : sql`select c.id as rid, l.rs_iso3 ${sql.join(stateFlags.map((k) => sql`, ${sql.ref(`c.${flag(k)}`)}`), sql` `)}
      from ${linksOfC('recommendation_state', 'rs_iso3')} where ${passing('c', ['rs', 'rsGroup'])}`;
  const groupPassing = passing('lk', ['rsGroup'], stateFlags);
  const branches: Fragment[] = [
    sql`select 'total' as facet, cast(null as text) as value, count(*) as n from c where ${passing('c', [])}`,
    sql`select 'page' as facet, ${recommendationJson(engine)} as value, p.n from (
        select p.seq, row_number() over (order by ${orderKeys('p', input.sort, score !== null)}) as n
        from (select c.seq, c.session, c.score from c where ${passing('c', [])}
          order by ${orderKeys('c', input.sort, score !== null)} limit ${input.limit} offset ${input.offset}) p
      ) p ${join} recommendation r on r.seq = p.seq`,
    column('sur', 'c.sur_iso3'),
    // Without a filter on the State under Review, its groups are folded from the 'sur' counts.
    ...(sharedSurCounts(f) ? [] : [column('surGroup', 'c.sur_iso3')]),
    column('cycle', 'c.cycle'),
    column('session', 'c.session'),
    column('response', 'c.response'),
    column('actionCategory', 'c.action_category'),
    sql`select 'rs' as facet, ${value(sql`lk.rs_iso3`)} as value, count(*) as n from lk where ${passing('lk', ['rs'], stateFlags)} group by 2`,
    issues,
    // Regional groups of recommending States are folded from per-State counts in JS; the
    // joint recommendations (several States) come back whole so that each counts once per group.
    jointLinks(whole([]), groupPassing),
  ];
  if (stateFlags.length > 0) {
    branches.push(sql`select 'rsGroup' as facet, ${value(sql`lk.rs_iso3`)} as value, count(*) as n from lk where ${groupPassing} group by 2`);
  }
  // `c.id` is only needed to join links; the whole namespace reads them from the link tables.
  // PostgreSQL: the candidates carry their lists of States and issues (see linksOfC).
  const lists = engine === 'postgres' && !whole([]) ? sql`r.rs_list, r.issue_list,` : sql``;
  const columns = sql`r.seq, ${whole([]) ? sql`` : sql`r.id,`} ${lists} r.sur_iso3, r.cycle, r.session, r.response, r.action_category, ${score ?? sql`0`} as score`;
  // Link filters read the candidates (see linked()): then materialised apart first.
  const c = materialisesCandidates(engine, f)
    ? sql`${sql.table(CANDIDATES)} as materialized (select ${columns} from ${from} where ${and(conditions)}),
      c as materialized (select r.* ${sql.join(flags, sql` `)} from ${sql.table(CANDIDATES)} r)`
    : sql`c as materialized (select ${columns} ${sql.join(flags, sql` `)} from ${from} where ${and(conditions)})`;
  return sql`with ${c},
    lk as materialized (${links})
    ${sql.join(branches, sql` union all `)}`;
}

function foldGroups(counts: Map<string, number> | undefined, groups: ReadonlyMap<string, string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [iso3, n] of counts ?? []) {
    const group = groups.get(iso3);
    if (group) out.set(group, (out.get(group) ?? 0) + n);
  }
  return out;
}

/** Takes back the extra counts of joint recommendations with several States of one group. */
function dedupeJoint(counts: Map<string, number>, joint: readonly string[], groups: ReadonlyMap<string, string>): Map<string, number> {
  const seen = new Set<string>();
  for (const link of joint) {
    const space = link.indexOf(' ');
    const group = groups.get(link.slice(0, space));
    if (!group) continue;
    const key = `${link.slice(space + 1)}|${group}`;
    if (seen.has(key)) counts.set(group, (counts.get(group) ?? 0) - 1);
    else seen.add(key);
  }
  for (const [group, n] of counts) if (n <= 0) counts.delete(group);
  return counts;
}

/** Counts sorted (most first; numbers in their own order), with selected values kept even at zero. */
function buckets<T extends string | number>(counts: Map<string, number> | undefined, selected: readonly T[], numeric: boolean): FacetBucket<T>[] {
  const all = new Map<T, number>();
  for (const [value, n] of counts ?? []) all.set((numeric ? Number(value) : value) as T, n);
  for (const value of selected) if (!all.has(value)) all.set(value, 0);
  const list = [...all].map(([value, count]) => ({ value, count }));
  if (numeric) return list.sort((a, b) => Number(a.value) - Number(b.value));
  return list.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/** The search statement as SQL and parameters, exactly as runSearchStatement sends it (benchmarks run it bare). */
export function compileSearchStatement(db: Kysely<Database>, engine: Engine, input: StatementInput): CompiledQuery {
  return sql`${statement(engine, input)}`.compile(db);
}

/** Runs the search statement: the number of matches, every facet's counts and the page. */
export async function runSearchStatement(db: Kysely<Database>, engine: Engine, input: StatementInput): Promise<StatementResult> {
  type Row = { facet: FacetKey | 'total' | 'page' | 'joint'; value: string | null; n: number | string };
  const { rows } = await sql<Row>`${statement(engine, input)}`.execute(db);
  const counts = new Map<string, Map<string, number>>();
  const joint: string[] = [];
  const page: [number, string][] = [];
  for (const row of rows) {
    if (row.facet === 'joint' || row.facet === 'page') {
      if (row.facet === 'joint') joint.push(String(row.value));
      else page.push([Number(row.n), String(row.value)]);
      continue;
    }
    const facet = counts.get(row.facet) ?? new Map<string, number>();
    facet.set(String(row.value), Number(row.n));
    counts.set(row.facet, facet);
  }
  return statementResult(counts, joint, page.sort((a, b) => a[0] - b[0]).map(([, json]) => json), input);
}

/** The answer from the statement's counts (or the same counts made in memory, see indexed-search.ts). */
export function statementResult(counts: Map<string, Map<string, number>>, joint: readonly string[], page: string[], input: StatementInput): StatementResult {
  const f = input.filters;
  const pick = <T extends string | number>(key: FacetKey, selected: readonly T[]) => buckets<T>(counts.get(key), selected, NUMERIC.has(key));
  const rsGroups = dedupeJoint(foldGroups(counts.get('rsGroup') ?? counts.get('rs'), input.groups), joint, input.groups);
  return {
    total: counts.get('total')?.get('null') ?? 0,
    page,
    facets: {
      sur: pick('sur', f.sur),
      rs: pick('rs', f.rs),
      surGroup: buckets(foldGroups(counts.get(sharedSurCounts(f) ? 'sur' : 'surGroup'), input.groups), input.selectedGroups.sur, false),
      rsGroup: buckets(rsGroups, input.selectedGroups.rs, false),
      cycle: pick('cycle', f.cycle),
      session: pick('session', f.session),
      response: pick('response', f.response),
      issue: pick('issue', f.issue),
      actionCategory: pick('actionCategory', f.actionCategory),
    },
  };
}
