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
}

export interface FacetIndex {
  instance: string;
  version: string;
  /** By seq (sparse). */
  bySeq: (IndexedRecommendation | undefined)[];
  all: IndexedRecommendation[];
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
    };
    bySeq[rec.seq] = rec;
    byId.set(rec.id, rec);
    all.push(rec);
  }
  for (const link of states.rows) byId.get(link.id)?.rs.push(link.v);
  for (const link of issues.rows) byId.get(link.id)?.issues.push(link.v);
  for (const rec of all) {
    rec.rs.sort();
    rec.issues.sort();
  }
  return { instance, version, bySeq, all };
}

/** The index of this database as of now (built once per change, shared by concurrent searches). */
export async function facetIndex(db: Kysely<Database>): Promise<FacetIndex> {
  const row = await db.selectFrom('search_index_version').select(['instance', 'n']).where('id', '=', 1).executeTakeFirstOrThrow();
  const version = String(row.n);
  const kept = indexes.get(row.instance);
  if (kept && kept.version === version) return kept.index;
  const index = build(db, row.instance, version);
  indexes.set(row.instance, { version, index });
  // A failed build is not kept: the next search tries again.
  index.catch(() => indexes.set(row.instance, { version: '', index }));
  return index;
}

/**
 * Gives a restored database its own id: it would otherwise share the backed-up database's, and
 * a process that opened both could take one's index for the other's.
 */
export async function renewSearchIndexInstance(db: Kysely<Database>): Promise<void> {
  await db.updateTable('search_index_version').set({ instance: crypto.randomUUID() }).where('id', '=', 1).execute();
}
