/**
 * Latency of the recommendation search on the full UPR Info file (41,066 rows, sessions 1–20):
 * p50/p95 of 200 searches "text + two facet filters", all facets counted, server-side (the
 * adapter call, no HTTP). SQLite always; PostgreSQL too when DATABASE_URL is set (in a
 * throwaway schema). Rows are written with this script's own bulk insert, not the importer.
 *
 *   npx tsx bench/search-latency.ts            # UPR_SHARED_DATA=… to point at shared/data
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { loadReferenceData } from '../src/server/reference/load-reference-data.js';
import { searchRecommendations, type SearchQuery } from '../src/server/search/recommendation-search.js';

const SHARED = path.resolve(process.env.UPR_SHARED_DATA ?? path.join(import.meta.dirname, '../../shared/data'));
const FILE = path.join(SHARED, 'upr_info_sessions01-20/upr_recommendations_sessions01-20.csv.gz');

interface Merged {
  cycle: number;
  session: number;
  sur: string;
  text: string;
  response: string;
  ac: number | null;
  states: Set<string>;
  issues: Set<string>;
}

function readMerged(): Merged[] {
  const rows = parseCsv(gunzipSync(fs.readFileSync(FILE)), { columns: true }) as Record<string, string>[];
  const byKey = new Map<string, Merged>();
  for (const row of rows) {
    const key = `${row.session}|${row.sur_iso3}|${row.recommendation}`;
    let rec = byKey.get(key);
    if (!rec) {
      rec = {
        cycle: Number(row.cycle), session: Number(row.session), sur: row.sur_iso3!, text: row.recommendation!,
        response: (row.response ?? '').toLowerCase(), ac: row.action_category ? Number(row.action_category) : null,
        states: new Set(), issues: new Set(),
      };
      byKey.set(key, rec);
    }
    if (row.rs_iso3) rec.states.add(row.rs_iso3);
    for (const issue of (row.issues ?? '').split('; ')) if (issue) rec.issues.add(issue);
  }
  return [...byKey.values()];
}

async function load(handle: DatabaseHandle, recs: Merged[]): Promise<void> {
  const started = performance.now();
  await handle.db.transaction().execute(async (trx) => {
    for (let i = 0; i < recs.length; i += 500) {
      const part = recs.slice(i, i + 500).map((r, j) => ({ r, id: `bench-${i + j}` }));
      await trx.insertInto('recommendation').values(part.map(({ r, id }) => ({
        id, org_id: 'library', dedupe_key: id, cycle: r.cycle, session: r.session, sur_iso3: r.sur, text: r.text, response: r.response,
        action_category: r.ac, paragraph: null, document: null, source: 'upr-info', import_id: 'bench', created_at: '2026-11-27T00:00:00Z',
      }))).execute();
      const states = part.flatMap(({ r, id }) => [...r.states].map((rs) => ({ org_id: 'library', recommendation_id: id, rs_iso3: rs })));
      const issues = part.flatMap(({ r, id }) => [...r.issues].map((issue) => ({ org_id: 'library', recommendation_id: id, issue })));
      if (states.length) await trx.insertInto('recommendation_state').values(states).execute();
      if (issues.length) await trx.insertInto('recommendation_issue').values(issues).execute();
    }
  });
  console.log(`  loaded ${recs.length} recommendations in ${Math.round(performance.now() - started)} ms`);
}

const TEXTS = ['torture', 'ratify', 'women', 'children', '"death penalty"', 'education', 'freedom of expression', 'journalists', 'trafficking',
  'disabilities', 'migrant*', '"domestic violence"', 'human rights defenders', 'ratification optional protocol', 'discrim*', 'indigenous',
  'health', 'poverty', 'national human rights institution', 'child labour', 'moratorium', 'elections', 'prison conditions', 'corruption'];
const FILTERS: Partial<SearchQuery>[] = [
  { cycle: [2], response: ['supported'] },
  { rsGroup: ['WEOG'], issue: ["Women's rights"] },
  { surGroup: ['African'], actionCategory: [4, 5] },
  { rs: ['FRA'], cycle: [1] },
  { sur: ['CHN', 'IND'], response: ['noted'] },
  { session: [17, 18], issue: ['International instruments'] },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(handle: DatabaseHandle, groups: Map<string, string>, label: string): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < 220; i++) {
    const query: SearchQuery = {
      // 24 texts × 6 filter pairs: 144 different searches, each page 1–3, a third by relevance.
      namespaces: ['org-bench', 'library'], text: TEXTS[i % TEXTS.length], ...FILTERS[Math.floor(i / TEXTS.length) % FILTERS.length],
      sort: i % 3 === 0 ? 'relevance' : 'session-desc', page: 1 + (i % 3), pageSize: 20,
    };
    const started = performance.now();
    await searchRecommendations(handle.db, handle.engine, query, groups);
    if (i >= 20) times.push(performance.now() - started); // the first 20 warm the caches
  }
  times.sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(1);
  console.log(`  ${label}: 200 searches text + 2 filters + 9 facets: p50 ${f(percentile(times, 50))} ms, p95 ${f(percentile(times, 95))} ms, max ${f(times[times.length - 1]!)} ms`);
  const once = async (what: string, query: Partial<SearchQuery>) => {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await searchRecommendations(handle.db, handle.engine, { namespaces: ['org-bench', 'library'], sort: 'session-desc', page: 1, pageSize: 20, ...query }, groups);
      runs.push(performance.now() - started);
    }
    console.log(`  ${label}: ${what}: median of 5 ${f(runs.sort((a, b) => a - b)[2]!)} ms`);
  };
  await once('no text, no filter (the search page as it opens)', {});
  await once('"rights" (a third of all rows match), no filter', { text: 'rights' });
}

async function main(): Promise<void> {
  if (!fs.existsSync(FILE)) {
    console.log(`search-latency: skipped, ${FILE} not found (set UPR_SHARED_DATA)`);
    return;
  }
  const recs = readMerged();
  const reference = loadReferenceData();
  const groups = new Map(reference.states.filter((s) => s.regionalGroup).map((s) => [s.iso3, s.regionalGroup!]));

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-bench-'));
  const sqlite = openDatabase({ dataDir: dir, databaseUrl: null });
  try {
    await migrateToLatest(sqlite.db, sqlite.engine);
    console.log('SQLite (FTS5):');
    await load(sqlite, recs);
    await measure(sqlite, groups, 'SQLite');
  } finally {
    await sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const url = process.env.DATABASE_URL;
  if (!url) return console.log('PostgreSQL: skipped (set DATABASE_URL)');
  const schema = `bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema "${schema}"`);
  const postgres = openDatabase({ dataDir: dir, databaseUrl: url, pgSchema: schema });
  try {
    await migrateToLatest(postgres.db, postgres.engine, schema);
    console.log('PostgreSQL (tsvector + GIN):');
    await load(postgres, recs);
    await admin.query(`analyze "${schema}".recommendation, "${schema}".recommendation_state, "${schema}".recommendation_issue`);
    await measure(postgres, groups, 'PostgreSQL');
  } finally {
    await postgres.close();
    await admin.query(`drop schema "${schema}" cascade`);
    await admin.end();
  }
}

await main();
