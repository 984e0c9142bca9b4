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
  if (f.sur.length > 0) {
    const s = set(f.sur);
    out.push(['sur', (r) => s.has(r.sur)]);
  }
  if (f.surGroup !== null) {
    const s = set(f.surGroup);
    out.push(['surGroup', (r) => s.has(r.sur)]);
  }
  if (f.rs.length > 0) {
    const s = set(f.rs);
    out.push(['rs', (r) => anyOf(r.rs, s)]);
  }
  if (f.rsGroup !== null) {
    const s = set(f.rsGroup);
    out.push(['rsGroup', (r) => anyOf(r.rs, s)]);
  }
  if (f.cycle.length > 0) {
    const s = set(f.cycle);
    out.push(['cycle', (r) => s.has(r.cycle)]);
  }
  if (f.session.length > 0) {
    const s = set(f.session);
    out.push(['session', (r) => s.has(r.session)]);
  }
  if (f.response.length > 0) {
    const s = set(f.response);
    out.push(['response', (r) => s.has(r.response)]);
  }
  if (f.issue.length > 0) {
    const s = set(f.issue);
    out.push(['issue', (r) => anyOf(r.issues, s)]);
  }
  if (f.actionCategory.length > 0) {
    const s = set(f.actionCategory);
    out.push(['actionCategory', (r) => r.actionCategory !== null && s.has(r.actionCategory)]);
  }
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

/** A count per value; `toText` gives the statement's shape (values as text). */
class Counter<T extends string | number> {
  readonly counts = new Map<T, number>();
  add(value: T): void {
    this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
  }
  toText(): Map<string, number> {
    return new Map([...this.counts].map(([value, n]) => [String(value), n]));
  }
}

export function tally(candidates: readonly Candidate[], input: TallyInput): FacetTally {
  const active = tests(input.filters);
  const bit = new Map(active.map(([key], i) => [key, 1 << i]));
  const except = (key: FacetKey) => ~(bit.get(key) ?? 0);
  const notSur = except('sur');
  const notSurGroup = except('surGroup');
  const notCycle = except('cycle');
  const notSession = except('session');
  const notResponse = except('response');
  const notCategory = except('actionCategory');
  const notIssue = except('issue');
  const notRs = except('rs');
  const notRsGroup = except('rsGroup');
  const notStates = notRs & notRsGroup;
  const countsRsGroups = bit.has('rs') || bit.has('rsGroup');
  const sur = new Counter<string>();
  const surGroup = new Counter<string>();
  const cycle = new Counter<number>();
  const session = new Counter<number>();
  const response = new Counter<string>();
  const category = new Counter<number>();
  const issue = new Counter<string>();
  const rs = new Counter<string>();
  const rsGroup = new Counter<string>();
  const joint: string[] = [];
  const passing: Candidate[] = [];
  const checks = active.map(([, test]) => test);
  for (const candidate of candidates) {
    const rec = candidate.rec;
    let failed = 0;
    for (let i = 0; i < checks.length; i++) if (!checks[i]!(rec)) failed |= 1 << i;
    if (failed === 0) passing.push(candidate);
    if ((failed & notSur) === 0) sur.add(rec.sur);
    if (input.surGroupApart && (failed & notSurGroup) === 0) surGroup.add(rec.sur);
    if ((failed & notCycle) === 0) cycle.add(rec.cycle);
    if ((failed & notSession) === 0) session.add(rec.session);
    if ((failed & notResponse) === 0) response.add(rec.response);
    if ((failed & notCategory) === 0 && rec.actionCategory !== null) category.add(rec.actionCategory);
    if ((failed & notIssue) === 0) for (const value of rec.issues) issue.add(value);
    if ((failed & notStates) !== 0) continue; // not among the links counted for recommending States
    if ((failed & notRs) === 0) for (const value of rec.rs) rs.add(value);
    if ((failed & notRsGroup) === 0) {
      if (countsRsGroups) for (const value of rec.rs) rsGroup.add(value);
      if (rec.rs.length > 1) for (const value of rec.rs) joint.push(`${value} ${rec.id}`);
    }
  }
  const counts = new Map<string, Map<string, number>>([
    ['sur', sur.toText()],
    ['cycle', cycle.toText()],
    ['session', session.toText()],
    ['response', response.toText()],
    ['actionCategory', category.toText()],
    ['issue', issue.toText()],
    ['rs', rs.toText()],
  ]);
  if (input.surGroupApart) counts.set('surGroup', surGroup.toText());
  // As the statement: no row for the groups when none is counted (statementResult then folds the 'rs' counts).
  if (countsRsGroups && rsGroup.counts.size > 0) counts.set('rsGroup', rsGroup.toText());
  const descending = input.sort !== 'session-asc';
  passing.sort(
    (a, b) =>
      (input.ranked ? a.score - b.score : 0) ||
      (descending ? b.rec.session - a.rec.session : a.rec.session - b.rec.session) ||
      a.rec.seq - b.rec.seq,
  );
  const page = passing.slice(input.offset, input.offset + input.limit).map((c) => c.rec);
  return { total: passing.length, counts, joint, page };
}
