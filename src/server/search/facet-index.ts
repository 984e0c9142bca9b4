/**
 * The facets of every recommendation, in memory: what a search filters and counts (namespace,
 * State under review, cycle, session, response, category, recommending States, issues), so
 * that a search asks the database only for its full-text matches and its page (see
 * indexed-search.ts). The search statement read ~2,000 matching rows and their links and grouped
 * nine facets on every search (7 ms on SQLite, 16–24 ms on PostgreSQL for a broad word);
 * counting them here takes a fraction of a millisecond.
 *
 * Kept per database (its `instance` id) and rebuilt when the counter of changes, kept by
 * triggers on the recommendation tables (migration 2026-11-28T0700), has moved. The counter is
 * read before the rows: an index built while an import commits is newer than its counter, and
 * the next search sees the counter move and builds again.
 */
import { sql, type Kysely } from 'kysely';
import { LruMap } from '../../core/lru-map.js';
import type { Database } from '../db/schema.js';

export interface IndexedRecommendation {
  seq: number;
  id: string;
  namespace: string;
  sur: string;
  cycle: number;
  session: number;
  response: string;
  actionCategory: number | null;
  /** Recommending States (sorted). */
  rs: string[];
  issues: string[];
  /** The same values as small numbers (their place in the index's `codes`), which facet-count.ts counts in arrays. */
  surCode: number;
  responseCode: number;
  rsCodes: number[];
  issueCodes: number[];
}

/** Each kind of text value once, in the order first met; a value's code is its place here. */
export interface FacetCodes {
  states: string[];
  responses: string[];
  issues: string[];
}

export interface FacetIndex {
  instance: string;
  version: string;
  /** By seq (sparse). */
  bySeq: (IndexedRecommendation | undefined)[];
  all: IndexedRecommendation[];
  codes: FacetCodes;
  /** Code of each value (the inverse of `codes`). */
  codeOf: { states: ReadonlyMap<string, number>; responses: ReadonlyMap<string, number>; issues: ReadonlyMap<string, number> };
  /** The largest cycle, session and category: numbers counted in arrays of that length. */
  max: { cycle: number; session: number; actionCategory: number };
}

/** A dictionary: the code of a value, given a new one the first time. */
function dictionary() {
  const values: string[] = [];
  const codeOf = new Map<string, number>();
  const code = (value: string) => {
    let c = codeOf.get(value);
    if (c === undefined) codeOf.set(value, (c = values.push(value) - 1));
    return c;
  };
  return { values, codeOf, code };
}

/** Databases whose index is kept (a server has one; tests open many), with the version being built. */
const indexes = new LruMap<string, { version: string; index: Promise<FacetIndex> }>(4);

async function build(db: Kysely<Database>, instance: string, version: string): Promise<FacetIndex> {
  const [rows, states, issues] = await Promise.all([
    sql<{
      seq: number;
      id: string;
      org_id: string;
      sur_iso3: string;
      cycle: number;
      session: number;
      response: string;
      action_category: number | null;
    }>`
      select seq, id, org_id, sur_iso3, cycle, session, response, action_category from recommendation`.execute(db),
    sql<{ id: string; v: string }>`select recommendation_id as id, rs_iso3 as v from recommendation_state`.execute(db),
    sql<{ id: string; v: string }>`select recommendation_id as id, issue as v from recommendation_issue`.execute(db),
  ]);
  const bySeq: (IndexedRecommendation | undefined)[] = [];
  const byId = new Map<string, IndexedRecommendation>();
  const all: IndexedRecommendation[] = [];
  const [stateCodes, responseCodes, issueCodes] = [dictionary(), dictionary(), dictionary()];
  const max = { cycle: 0, session: 0, actionCategory: 0 };
  for (const r of rows.rows) {
    const rec: IndexedRecommendation = {
      seq: Number(r.seq),
      id: r.id,
      namespace: r.org_id,
      sur: r.sur_iso3,
      cycle: Number(r.cycle),
      session: Number(r.session),
      response: r.response,
      actionCategory: r.action_category === null ? null : Number(r.action_category),
      rs: [],
      issues: [],
      surCode: stateCodes.code(r.sur_iso3),
      responseCode: responseCodes.code(r.response),
      rsCodes: [],
      issueCodes: [],
    };
    max.cycle = Math.max(max.cycle, rec.cycle);
    max.session = Math.max(max.session, rec.session);
    max.actionCategory = Math.max(max.actionCategory, rec.actionCategory ?? 0);
    bySeq[rec.seq] = rec;
    byId.set(rec.id, rec);
    all.push(rec);
  }
  for (const link of states.rows) byId.get(link.id)?.rs.push(link.v);
  for (const link of issues.rows) byId.get(link.id)?.issues.push(link.v);
  for (const rec of all) {
    rec.rs.sort();
    rec.issues.sort();
    rec.rsCodes = rec.rs.map(stateCodes.code);
    rec.issueCodes = rec.issues.map(issueCodes.code);
  }
  return {
    instance,
    version,
    bySeq,
    all,
    codes: { states: stateCodes.values, responses: responseCodes.values, issues: issueCodes.values },
    codeOf: { states: stateCodes.codeOf, responses: responseCodes.codeOf, issues: issueCodes.codeOf },
    max,
  };
}

/** The index of this database as of now (built once per change, shared by concurrent searches). */
export async function facetIndex(db: Kysely<Database>): Promise<FacetIndex> {
  const row = await db.selectFrom('search_index_version').select(['instance', 'n']).where('id', '=', 1).executeTakeFirstOrThrow();
  return facetIndexAt(db, row.instance, String(row.n));
}

/** The counter's columns, for a statement that reads them beside its rows (then the same snapshot's). */
export const VERSION_COLUMNS = sql`(select instance from search_index_version where id = 1) as index_instance, (select n from search_index_version where id = 1) as index_version`;

/** The index of this database at a counter already read (by facetIndex, or beside a statement's rows). */
export async function facetIndexAt(db: Kysely<Database>, instance: string, version: string): Promise<FacetIndex> {
  const kept = indexes.get(instance);
  if (kept && kept.version === version) return kept.index;
  const index = build(db, instance, version);
  indexes.set(instance, { version, index });
  // A failed build is not kept: the next search tries again.
  index.catch(() => indexes.set(instance, { version: '', index }));
  return index;
}

/**
 * Gives a restored database its own id: it would otherwise share the backed-up database's, and
 * a process that opened both could take one's index for the other's.
 */
export async function renewSearchIndexInstance(db: Kysely<Database>): Promise<void> {
  await db.updateTable('search_index_version').set({ instance: crypto.randomUUID() }).where('id', '=', 1).execute();
}
