/**
 * Latency of the target-State finder on the full UPR Info file (41,066 rows, sessions 1–20,
 * imported through the real importer into the library): for 40 States under Review × 4 issue
 * sets of 4 issues, the ranking of every candidate (two GROUP BY queries + scoring) and the
 * ranking plus the evidence of the top 25 (one more query). SQLite always; PostgreSQL too when
 * DATABASE_URL is set (in a throwaway schema, never the public one).
 *
 *   npx tsx bench/target-ranking.ts        # UPR_SHARED_DATA=… to point at shared/data
 *   BENCH_DATA_DIR=/tmp/x npx tsx bench/target-ranking.ts   # reuse an imported SQLite folder
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { importRecommendations } from '../src/server/app/import-recommendations.js';
import { describeTargets, rankTargets } from '../src/server/app/target-ranking.js';
import type { AppDeps } from '../src/server/app/deps.js';
import { loadConfig } from '../src/server/config.js';
import { openDeps } from '../src/server/create-server.js';
import { recommendationStats } from '../src/server/db/repos/recommendations-repo.js';
import { refreshRecommendationStatistics } from '../src/server/db/repos/targets-repo.js';

const SHARED = path.resolve(process.env.UPR_SHARED_DATA ?? path.join(import.meta.dirname, '../../shared/data'));
const FILE = path.join(SHARED, 'upr_info_sessions01-20/upr_recommendations_sessions01-20.csv.gz');

const STATES = ['KEN', 'KAZ', 'RUS', 'CHN', 'USA', 'BRA', 'IND', 'EGY', 'NGA', 'FRA', 'DEU', 'MEX', 'COL', 'PAK', 'IRN', 'SAU', 'TUR', 'UKR',
  'BLR', 'UZB', 'ZAF', 'ETH', 'COD', 'SDN', 'MMR', 'VNM', 'IDN', 'PHL', 'ARG', 'CUB', 'VEN', 'GBR', 'ITA', 'POL', 'HUN', 'SRB', 'AZE', 'TJK', 'TUV', 'MOZ'];
const ISSUE_SETS = [
  ['Rights of the Child', "Women's rights", 'International instruments', 'Torture and other CID treatment'],
  ['Death penalty', 'Justice', 'Detention', 'Human rights defenders'],
  ['Freedom of opinion and expression', 'Freedom of the press', 'Civil society', 'Freedom of association and peaceful assembly'],
  ['Disabilities', 'Right to education', 'Right to health', 'Poverty'],
];

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function measure(deps: AppDeps, label: string): Promise<void> {
  const ranking: number[] = [];
  const withEvidence: number[] = [];
  let candidates = 0;
  // Warm-up: the first queries prepare statements and fill caches.
  for (const sur of STATES.slice(0, 3)) await rankTargets(deps, { orgId: 'library', surIso3: sur, issues: ISSUE_SETS[0]!, currentCycle: 5 });
  for (const sur of STATES) {
    for (const issues of ISSUE_SETS) {
      const t0 = performance.now();
      const result = await rankTargets(deps, { orgId: 'library', surIso3: sur, issues, currentCycle: 5 });
      const t1 = performance.now();
      await describeTargets(deps, result, result.ranked.slice(0, 25), 'en');
      const t2 = performance.now();
      ranking.push(t1 - t0);
      withEvidence.push(t2 - t0);
      candidates += result.ranked.length;
    }
  }
  const n = ranking.length;
  console.log(`[${label}] ${n} rankings (4 issues each), ${Math.round(candidates / n)} candidates on average`);
  console.log(`  ranking:             p50 ${ms(percentile(ranking, 50))}  p95 ${ms(percentile(ranking, 95))}  max ${ms(Math.max(...ranking))}`);
  console.log(`  ranking + evidence:  p50 ${ms(percentile(withEvidence, 50))}  p95 ${ms(percentile(withEvidence, 95))}  max ${ms(Math.max(...withEvidence))}`);
}

async function run(label: string, dataDir: string, databaseUrl: string | null, pgSchema?: string): Promise<void> {
  const { deps, handle } = await openDeps({ config: { ...loadConfig({ dataDir }, {}), databaseUrl }, ...(pgSchema ? { pgSchema } : {}) });
  try {
    if ((await recommendationStats(deps.db, 'library')).recommendations === 0) {
      const started = performance.now();
      await importRecommendations(deps, 'library', { fileName: path.basename(FILE), bytes: fs.readFileSync(FILE), skipBadRows: false });
      console.log(`[${label}] imported the library in ${Math.round(performance.now() - started)} ms`);
      if (process.env.BENCH_NO_ANALYZE) await measure(deps, `${label}, before the tables' first ANALYZE`);
      const analyzed = performance.now();
      await refreshRecommendationStatistics(deps.db, deps.engine);
      console.log(`[${label}] refreshed statistics in ${Math.round(performance.now() - analyzed)} ms`);
    }
    await measure(deps, label);
  } finally {
    await handle.close();
  }
}

async function withPgSchema(url: string, body: (schema: string) => Promise<void>): Promise<void> {
  const schema = `bench_targets_${process.pid}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE SCHEMA "${schema}"`);
  try {
    await body(schema);
  } finally {
    await client.query(`DROP SCHEMA "${schema}" CASCADE`);
    await client.end();
  }
}

if (!fs.existsSync(FILE)) {
  console.log(`skipped: ${FILE} not found (set UPR_SHARED_DATA to the shared/data folder)`);
} else {
  const reuse = process.env.BENCH_DATA_DIR;
  const dataDir = reuse ?? fs.mkdtempSync(path.join(os.tmpdir(), 'upr-bench-targets-'));
  try {
    await run('sqlite', dataDir, null);
    const url = process.env.DATABASE_URL;
    if (url) await withPgSchema(url, (schema) => run('postgres', dataDir, url, schema));
  } finally {
    if (!reuse) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
