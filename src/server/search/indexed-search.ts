/**
 * The search as it runs: the database finds the full-text matches (FTS5 / tsvector) and renders
 * the page; filters and facet counts are made from the in-memory facet index (facet-index.ts,
 * facet-count.ts). The one-statement search (search-statement.ts) gives the same answers and is
 * the engine floor of bench/search-latency.ts.
 */
import { sql, type Kysely } from 'kysely';
import { toFts5Expression } from '../../core/search/search-text.js';
import type { Engine } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { tally, type Candidate } from './facet-count.js';
import { facetIndex, facetIndexAt, VERSION_COLUMNS, type FacetIndex } from './facet-index.js';
import { and, candidates, recommendationJson, relevance, valueList, type ResolvedFilters, type SortOrder } from './search-sql.js';
import { sharedSurCounts, statementResult, type StatementInput, type StatementResult } from './search-statement.js';

/**
 * The recommendations of the visible namespaces that match the text, with their relevance when
 * ranked, and the facet index to read them with. The index's counter is read in the same
 * statement as the matches (one round trip fewer on PostgreSQL; the same snapshot), except when
 * there is no text (and, on SQLite, no match).
 */
async function textMatches(
  db: Kysely<Database>,
  engine: Engine,
  f: ResolvedFilters,
  sort: SortOrder,
): Promise<{ index: FacetIndex; matches: Candidate[] }> {
  const namespaces = new Set(f.namespaces);
  if (f.terms.length === 0) {
    const index = await facetIndex(db);
    return { index, matches: index.all.filter((rec) => namespaces.has(rec.namespace)).map((rec) => ({ rec, score: 0 })) };
  }
  if (engine === 'postgres') return textMatchesOnPostgres(db, f, sort, namespaces);
  const score = relevance(engine, f, sort) ?? sql`0`;
  type Row = { seq: number; score: number; index_instance: string; index_version: number | string };
  // SQLite: the full-text index alone gives the ids (its rowid is recommendation.seq), no row read.
  const query = sql<Row>`select rowid as seq, ${score} as score, ${VERSION_COLUMNS} from recommendation_fts where recommendation_fts match ${toFts5Expression(f.terms)}`;
  const rows = (await query.execute(db)).rows;
  const first = rows[0];
  const index = first ? await facetIndexAt(db, first.index_instance, String(first.index_version)) : await facetIndex(db);
  return {
    index,
    matches: visibleMatches(
      index,
      namespaces,
      rows.length,
      (i) => Number(rows[i]!.seq),
      (i) => Number(rows[i]!.score),
    ),
  };
}

/** The matches (by position: seq and score) that the index knows and the namespaces see. */
function visibleMatches(
  index: FacetIndex,
  namespaces: ReadonlySet<string>,
  count: number,
  seqAt: (i: number) => number,
  scoreAt: (i: number) => number,
): Candidate[] {
  const matches: Candidate[] = [];
  for (let i = 0; i < count; i++) {
    // A match imported after the index was built is left out until the next search rebuilds it.
    const rec = index.bySeq[seqAt(i)];
    if (rec && namespaces.has(rec.namespace)) matches.push({ rec, score: scoreAt(i) });
  }
  return matches;
}

/**
 * On PostgreSQL the matches come as one row: their seqs (and scores when ranked) joined in one
 * text each, in the same order (one pass feeds both aggregates). A row per match cost the server
 * a protocol message, a buffer slice and a row object each: ~0.5 MB of garbage a search at a few
 * thousand matches (sampling heap profiler), on the thread that serves every request.
 */
async function textMatchesOnPostgres(
  db: Kysely<Database>,
  f: ResolvedFilters,
  sort: SortOrder,
  namespaces: ReadonlySet<string>,
): Promise<{ index: FacetIndex; matches: Candidate[] }> {
  const score = relevance('postgres', f, sort);
  const { from, conditions } = candidates('postgres', f);
  const scores = score === null ? sql`null` : sql`string_agg((${score})::text, ',')`;
  type Row = { seqs: string | null; scores: string | null; index_instance: string; index_version: number | string };
  const { rows } = await sql<Row>`select string_agg(r.seq::text, ',') as seqs, ${scores} as scores, ${VERSION_COLUMNS}
    from ${from} where ${and(conditions)}`.execute(db);
  const row = rows[0]!;
  const index = await facetIndexAt(db, row.index_instance, String(row.index_version));
  const seqs = integerList(row.seqs);
  const scoreList = row.scores === null ? null : row.scores.split(',');
  const scoreAt = scoreList ? (i: number) => Number(scoreList[i]) : () => 0;
  return { index, matches: visibleMatches(index, namespaces, seqs.length, (i) => seqs[i]!, scoreAt) };
}

/** "12,7,3" as numbers, read digit by digit (no string per number); null is none. */
export function integerList(text: string | null): number[] {
  const out: number[] = [];
  if (text === null) return out;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) {
      out.push(n);
      n = 0;
    } else n = n * 10 + (c - 48);
  }
  out.push(n);
  return out;
}

export async function runIndexedSearch(db: Kysely<Database>, engine: Engine, input: StatementInput): Promise<StatementResult> {
  const f = input.filters;
  const { index, matches } = await textMatches(db, engine, f, input.sort);
  const ranked = relevance(engine, f, input.sort) !== null;
  const t = tally(matches, {
    filters: f,
    sort: input.sort,
    ranked,
    limit: input.limit,
    offset: input.offset,
    surGroupApart: !sharedSurCounts(f),
    index,
  });
  const json = new Map<number, string>();
  if (t.page.length > 0) {
    const seqs = t.page.map((rec) => rec.seq);
    const { rows } = await sql<{ seq: number; value: string }>`select r.seq, ${recommendationJson(engine)} as value from recommendation r
      where r.seq in (${valueList(seqs)})`.execute(db);
    for (const row of rows) json.set(Number(row.seq), String(row.value));
  }
  const counts = t.counts;
  counts.set('total', new Map([['null', t.total]]));
  const page = t.page.flatMap((rec) => (json.has(rec.seq) ? [json.get(rec.seq)!] : []));
  return statementResult(counts, t.joint, page, input);
}
