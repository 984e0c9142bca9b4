/**
 * Filters, facet counts and the page order of a search over candidates held in memory
 * (facet-index.ts), by the same rules as the search statement (search-statement.ts), which stays
 * the reference: the search contract test holds both to the same answers.
 *
 * Multi-select counting: facet K counts the candidates that pass every active filter except K.
 * Recommending States and issues count once per link (a joint recommendation once per State);
 * regional groups are folded from per-State counts afterwards, the joint recommendations listed
 * so that each counts once per group.
 */
import type { FacetKey, ResolvedFilters, SortOrder } from './search-sql.js';
import type { IndexedRecommendation } from './facet-index.js';

export interface Candidate {
  rec: IndexedRecommendation;
  /** Relevance (lower is better), when the order is by relevance. */
  score: number;
}

export interface FacetTally {
  total: number;
  /** Facet → value (as text) → count, as the statement's rows give them. */
  counts: Map<string, Map<string, number>>;
  /** `${rs} ${id}` for each link of a joint recommendation among those counted for regional groups. */
  joint: string[];
  /** The page's recommendations, in order. */
  page: IndexedRecommendation[];
}

type Test = (rec: IndexedRecommendation) => boolean;

const anyOf = (values: readonly string[], set: ReadonlySet<string>) => values.some((v) => set.has(v));

/** The active filters, each as a test, in a fixed order (a bit each). */
function tests(f: ResolvedFilters): [FacetKey, Test][] {
  const out: [FacetKey, Test][] = [];
  const set = <T>(values: readonly T[]) => new Set<T>(values);
  if (f.sur.length > 0) { const s = set(f.sur); out.push(['sur', (r) => s.has(r.sur)]); }
  if (f.surGroup !== null) { const s = set(f.surGroup); out.push(['surGroup', (r) => s.has(r.sur)]); }
  if (f.rs.length > 0) { const s = set(f.rs); out.push(['rs', (r) => anyOf(r.rs, s)]); }
  if (f.rsGroup !== null) { const s = set(f.rsGroup); out.push(['rsGroup', (r) => anyOf(r.rs, s)]); }
  if (f.cycle.length > 0) { const s = set(f.cycle); out.push(['cycle', (r) => s.has(r.cycle)]); }
  if (f.session.length > 0) { const s = set(f.session); out.push(['session', (r) => s.has(r.session)]); }
  if (f.response.length > 0) { const s = set(f.response); out.push(['response', (r) => s.has(r.response)]); }
  if (f.issue.length > 0) { const s = set(f.issue); out.push(['issue', (r) => anyOf(r.issues, s)]); }
  if (f.actionCategory.length > 0) { const s = set(f.actionCategory); out.push(['actionCategory', (r) => r.actionCategory !== null && s.has(r.actionCategory)]); }
  return out;
}

export interface TallyInput {
  filters: ResolvedFilters;
  sort: SortOrder;
  /** True when the order is by relevance (text, sorted by relevance). */
  ranked: boolean;
  limit: number;
  offset: number;
  /** Whether the statement counts the regional groups of the State under review apart (see sharedSurCounts). */
  surGroupApart: boolean;
}

export function tally(candidates: readonly Candidate[], input: TallyInput): FacetTally {
  const active = tests(input.filters);
  const bit = new Map(active.map(([key], i) => [key, 1 << i]));
  const only = (key: FacetKey) => bit.get(key) ?? 0;
  const rsBits = only('rs') | only('rsGroup');
  const counts = new Map<string, Map<string, number>>();
  const add = (facet: string, value: string) => {
    let facetCounts = counts.get(facet);
    if (!facetCounts) counts.set(facet, (facetCounts = new Map()));
    facetCounts.set(value, (facetCounts.get(value) ?? 0) + 1);
  };
  const joint: string[] = [];
  const passing: Candidate[] = [];
  const column = (failed: number, key: FacetKey, facet: string, value: string | number | null) => {
    if ((failed & ~only(key)) === 0 && value !== null) add(facet, String(value));
  };
  for (const candidate of candidates) {
    const rec = candidate.rec;
    let failed = 0;
    for (let i = 0; i < active.length; i++) if (!active[i]![1](rec)) failed |= 1 << i;
    if (failed === 0) passing.push(candidate);
    column(failed, 'sur', 'sur', rec.sur);
    if (input.surGroupApart) column(failed, 'surGroup', 'surGroup', rec.sur);
    column(failed, 'cycle', 'cycle', rec.cycle);
    column(failed, 'session', 'session', rec.session);
    column(failed, 'response', 'response', rec.response);
    column(failed, 'actionCategory', 'actionCategory', rec.actionCategory);
    if ((failed & ~only('issue')) === 0) for (const issue of rec.issues) add('issue', issue);
    if ((failed & ~rsBits) !== 0) continue; // not among the links counted for recommending States
    if ((failed & ~only('rs')) === 0) for (const rs of rec.rs) add('rs', rs);
    if (rsBits !== 0 && (failed & ~only('rsGroup')) === 0) for (const rs of rec.rs) add('rsGroup', rs);
    if ((failed & ~only('rsGroup')) === 0 && rec.rs.length > 1) for (const rs of rec.rs) joint.push(`${rs} ${rec.id}`);
  }
  const descending = input.sort !== 'session-asc';
  passing.sort(
    (a, b) =>
      (input.ranked ? a.score - b.score : 0) || (descending ? b.rec.session - a.rec.session : a.rec.session - b.rec.session) || a.rec.seq - b.rec.seq,
  );
  const page = passing.slice(input.offset, input.offset + input.limit).map((c) => c.rec);
  return { total: passing.length, counts, joint, page };
}
