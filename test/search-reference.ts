/**
 * A naive in-memory model of the recommendation search (filters, multi-select facet counts,
 * session order, paging) over the factory's rows: the contract test holds both engines to it.
 * Text matching is not modelled (stemming is the engines' business); a test passes the keys a
 * text is known to match instead.
 */
import type { SearchQuery, SearchResult } from '../src/server/search/recommendation-search.js';
import { LIBRARY_RECS, ORG_A_RECS, ORG_B_RECS, type RecommendationSpec } from './recommendation-factory.js';

export interface ReferenceRow extends RecommendationSpec {
  namespace: string;
  /** Insertion order, i.e. recommendation.seq. */
  seq: number;
}

/** Namespace → id label, in insertion order. */
export const NAMESPACES = [
  ['library', 'lib', LIBRARY_RECS],
  ['org-a', 'a', ORG_A_RECS],
  ['org-b', 'b', ORG_B_RECS],
] as const;

export const ROWS: ReferenceRow[] = NAMESPACES.flatMap(([namespace, , specs]) => specs.map((s) => ({ ...s, namespace }))).map((r, i) => ({ ...r, seq: i + 1 }));

export type Filters = Omit<SearchQuery, 'namespaces' | 'text' | 'sort' | 'page' | 'pageSize'>;
type Key = keyof Filters;
const KEYS: Key[] = ['sur', 'rs', 'surGroup', 'rsGroup', 'cycle', 'session', 'response', 'issue', 'actionCategory'];

function passesOne(row: ReferenceRow, key: Key, f: Filters, groups: ReadonlyMap<string, string>): boolean {
  const has = <T>(list: readonly T[] | undefined, value: T) => !list || list.length === 0 || list.includes(value);
  const any = <T>(list: readonly T[] | undefined, values: readonly T[]) => !list || list.length === 0 || values.some((v) => list.includes(v));
  switch (key) {
    case 'sur': return has(f.sur, row.sur);
    case 'surGroup': return has(f.surGroup, groups.get(row.sur) ?? '');
    case 'rs': return any(f.rs, row.rs);
    case 'rsGroup': return any(f.rsGroup, row.rs.map((r) => groups.get(r) ?? ''));
    case 'cycle': return has(f.cycle, row.cycle);
    case 'session': return has(f.session, row.session);
    case 'response': return has(f.response, row.response);
    case 'issue': return any(f.issue, row.issues);
    case 'actionCategory': return !f.actionCategory?.length || (row.ac !== null && f.actionCategory.includes(row.ac));
  }
}

function passes(row: ReferenceRow, f: Filters, groups: ReadonlyMap<string, string>, except: Key | null = null): boolean {
  return KEYS.every((key) => key === except || passesOne(row, key, f, groups));
}

function buckets<T extends string | number>(values: T[][], selected: readonly T[] | undefined, numeric: boolean) {
  const counts = new Map<T, number>();
  for (const list of values) for (const v of new Set(list)) counts.set(v, (counts.get(v) ?? 0) + 1);
  for (const v of selected ?? []) if (!counts.has(v)) counts.set(v, 0);
  const out = [...counts].map(([value, count]) => ({ value, count }));
  return numeric
    ? out.sort((a, b) => Number(a.value) - Number(b.value))
    : out.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/**
 * What the search must answer for `namespaces`, `filters` and — when given — the keys of the
 * recommendations the text matches; sorted by session (newest first), then insertion order.
 */
export function referenceSearch(
  namespaces: readonly string[],
  filters: Filters,
  groups: ReadonlyMap<string, string>,
  textKeys: readonly string[] | null = null,
  page = 1,
  pageSize = 100,
): SearchResult {
  const rows = ROWS.filter((r) => namespaces.includes(r.namespace) && (textKeys === null || textKeys.includes(r.key)));
  const facet = <T extends string | number>(key: Key, values: (r: ReferenceRow) => T[], selected: readonly T[] | undefined, numeric = false) =>
    buckets(rows.filter((r) => passes(r, filters, groups, key)).map(values), selected, numeric);
  const group = (iso3: string) => (groups.has(iso3) ? [groups.get(iso3)!] : []);
  const matching = rows.filter((r) => passes(r, filters, groups)).sort((a, b) => b.session - a.session || a.seq - b.seq);
  return {
    total: matching.length,
    page,
    pageSize,
    items: matching.slice((page - 1) * pageSize, page * pageSize).map((r) => ({
      id: `rec-${NAMESPACES.find(([ns]) => ns === r.namespace)![1]}-${r.key}`,
      cycle: r.cycle, session: r.session, surIso3: r.sur, text: r.text, response: r.response, actionCategory: r.ac,
      issues: [...r.issues].sort(), recommendingStates: [...r.rs].sort(), paragraph: r.paragraph ?? null, document: r.document ?? null,
    })),
    facets: {
      sur: facet('sur', (r) => [r.sur], filters.sur),
      rs: facet('rs', (r) => r.rs, filters.rs),
      surGroup: facet('surGroup', (r) => group(r.sur), filters.surGroup),
      rsGroup: facet('rsGroup', (r) => r.rs.flatMap(group), filters.rsGroup),
      cycle: facet('cycle', (r) => [r.cycle], filters.cycle, true),
      session: facet('session', (r) => [r.session], filters.session, true),
      response: facet('response', (r) => [r.response], filters.response),
      issue: facet('issue', (r) => r.issues, filters.issue),
      actionCategory: facet('actionCategory', (r) => (r.ac === null ? [] : [r.ac]), filters.actionCategory, true),
    },
  };
}

/** The fixture key of a result id (`rec-lib-L01` → `L01`). */
export function keyOf(id: string): string {
  return id.replace(/^rec-[a-z]+-/, '');
}
