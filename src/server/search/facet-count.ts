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
import type { FacetIndex, IndexedRecommendation } from './facet-index.js';

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
type Codes = Pick<FacetIndex, 'codes' | 'codeOf' | 'max'>;

/** 1 at the code of each value; a value the index does not hold matches nothing. */
function codeSet(values: readonly string[], codeOf: ReadonlyMap<string, number>, size: number): Uint8Array {
  const set = new Uint8Array(size);
  for (const value of values) {
    const code = codeOf.get(value);
    if (code !== undefined) set[code] = 1;
  }
  return set;
}

function anyOf(codes: readonly number[], set: Uint8Array): boolean {
  for (const code of codes) if (set[code] === 1) return true;
  return false;
}

/** The active filters, each as a test, in a fixed order (a bit each). */
function tests(f: ResolvedFilters, index: Codes): [FacetKey, Test][] {
  const out: [FacetKey, Test][] = [];
  const states = (values: readonly string[]) => codeSet(values, index.codeOf.states, index.codes.states.length);
  const set = <T>(values: readonly T[]) => new Set<T>(values);
  if (f.sur.length > 0) {
    const s = states(f.sur);
    out.push(['sur', (r) => s[r.surCode] === 1]);
  }
  if (f.surGroup !== null) {
    const s = states(f.surGroup);
    out.push(['surGroup', (r) => s[r.surCode] === 1]);
  }
  if (f.rs.length > 0) {
    const s = states(f.rs);
    out.push(['rs', (r) => anyOf(r.rsCodes, s)]);
  }
  if (f.rsGroup !== null) {
    const s = states(f.rsGroup);
    out.push(['rsGroup', (r) => anyOf(r.rsCodes, s)]);
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
    const s = codeSet(f.response, index.codeOf.responses, index.codes.responses.length);
    out.push(['response', (r) => s[r.responseCode] === 1]);
  }
  if (f.issue.length > 0) {
    const s = codeSet(f.issue, index.codeOf.issues, index.codes.issues.length);
    out.push(['issue', (r) => anyOf(r.issueCodes, s)]);
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
  /** The index's codes of the values the candidates hold. */
  index: Codes;
}

/**
 * A count per code, in an array (a search counts up to ~40,000 values a facet: a Map per value
 * cost a third of the search); `toText` gives the statement's shape (values as text).
 */
class Counter {
  readonly counts: Int32Array;
  constructor(
    size: number,
    private readonly label: (code: number) => string,
  ) {
    this.counts = new Int32Array(size);
  }
  add(code: number): void {
    this.counts[code]!++;
  }
  get size(): number {
    return this.counts.reduce((n, count) => (count > 0 ? n + 1 : n), 0);
  }
  toText(): Map<string, number> {
    const out = new Map<string, number>();
    for (let code = 0; code < this.counts.length; code++) if (this.counts[code]! > 0) out.set(this.label(code), this.counts[code]!);
    return out;
  }
}

export function tally(candidates: readonly Candidate[], input: TallyInput): FacetTally {
  const active = tests(input.filters, input.index);
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
  const { codes, max } = input.index;
  const state = (code: number) => codes.states[code]!;
  const number = (code: number) => String(code);
  const sur = new Counter(codes.states.length, state);
  const surGroup = new Counter(codes.states.length, state);
  const cycle = new Counter(max.cycle + 1, number);
  const session = new Counter(max.session + 1, number);
  const response = new Counter(codes.responses.length, (code) => codes.responses[code]!);
  const category = new Counter(max.actionCategory + 1, number);
  const issue = new Counter(codes.issues.length, (code) => codes.issues[code]!);
  const rs = new Counter(codes.states.length, state);
  const rsGroup = new Counter(codes.states.length, state);
  const joint: string[] = [];
  const passing: Candidate[] = [];
  const checks = active.map(([, test]) => test);
  for (const candidate of candidates) {
    const rec = candidate.rec;
    let failed = 0;
    for (let i = 0; i < checks.length; i++) if (!checks[i]!(rec)) failed |= 1 << i;
    if (failed === 0) passing.push(candidate);
    if ((failed & notSur) === 0) sur.add(rec.surCode);
    if (input.surGroupApart && (failed & notSurGroup) === 0) surGroup.add(rec.surCode);
    if ((failed & notCycle) === 0) cycle.add(rec.cycle);
    if ((failed & notSession) === 0) session.add(rec.session);
    if ((failed & notResponse) === 0) response.add(rec.responseCode);
    if ((failed & notCategory) === 0 && rec.actionCategory !== null) category.add(rec.actionCategory);
    if ((failed & notIssue) === 0) for (const code of rec.issueCodes) issue.add(code);
    if ((failed & notStates) !== 0) continue; // not among the links counted for recommending States
    if ((failed & notRs) === 0) for (const code of rec.rsCodes) rs.add(code);
    if ((failed & notRsGroup) === 0) {
      if (countsRsGroups) for (const code of rec.rsCodes) rsGroup.add(code);
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
  if (countsRsGroups && rsGroup.size > 0) counts.set('rsGroup', rsGroup.toText());
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
