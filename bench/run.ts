/**
 * `npm run bench`: every benchmark, on SQLite and (when DATABASE_URL is set) on PostgreSQL in a
 * throwaway schema, over the full UPR Info file of the shared data; writes bench/results.json
 * and BENCHMARKS.md. Without the shared data it prints "skipped" and writes nothing.
 *
 * Per engine: the import on BENCH_IMPORT_RUNS (default 3) fresh databases; on the last one,
 * the search (engine floor, adapter, use case, HTTP in-process), the target ranking (with its
 * plain GROUP BY baseline), the scale curve (an organisation grown to 1×, 10×, 100×), HTTP
 * under load (autocannon against a real server on that database), and the memory of a real
 * server process with the library loaded. Then, once: start-up (web build, cold start) and the
 * web app in Chromium. BENCH_ONLY=search,scale,… picks parts; the other knobs (see
 * BENCHMARKS.md) shorten them for a smoke run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureLoad } from './http-load.js';
import { measureImport } from './import-speed.js';
import { machine, printFigures, type Figures } from './lib/figures.js';
import { engines } from './lib/instance.js';
import { writeResults } from './lib/report.js';
import { LIBRARY_RELATIVE, loadLibraryFile, missingReason } from './lib/shared-data.js';
import { measureScale, seedForLoad } from './scale.js';
import { measureSearch } from './search-latency.js';
import { measurePostgresServerMemory, measureSqliteServerMemory } from './server-memory.js';
import { measureStartUp } from './start-up.js';
import { measureRanking } from './target-ranking.js';
import { measureWeb } from './web-load.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const PARTS = ['import', 'search', 'ranking', 'scale', 'load', 'memory', 'startup', 'web'] as const;
type Part = (typeof PARTS)[number];
const KNOBS = [
  'BENCH_ONLY',
  'BENCH_IMPORT_RUNS',
  'BENCH_SEARCH_QUERIES',
  'BENCH_RANKING_STATES',
  'BENCH_SCALE_FACTORS',
  'BENCH_SCALE_REQUESTS',
  'BENCH_SCALE_CALENDAR_REQUESTS',
  'BENCH_LOAD_SECONDS',
  'BENCH_START_RUNS',
  'BENCH_WEB_RUNS',
];

const selected = new Set<Part>(
  (process.env.BENCH_ONLY?.split(',').map((s) => s.trim()) ?? [...PARTS]).filter((p): p is Part =>
    (PARTS as readonly string[]).includes(p),
  ),
);
const wants = (part: Part) => selected.has(part);
const began = performance.now();
const load = () => Math.round(os.loadavg()[0]! * 10) / 10;
const loadAtStart = load();
const elapsed = () => `${Math.round((performance.now() - began) / 1000)} s`;

async function step<T>(title: string, figures: Figures, measure: () => Promise<T>, figuresOf: (result: T) => Figures): Promise<T> {
  console.log(`${title} …`);
  const result = await measure();
  const measured = figuresOf(result);
  printFigures(measured);
  Object.assign(figures, measured);
  console.log(`  (${elapsed()} since start)`);
  return result;
}
const same = (f: Figures) => f;

const file = loadLibraryFile();
if (!file) {
  console.log(`bench: skipped, ${missingReason()}. Nothing was measured; bench/results.json and BENCHMARKS.md were left as they were.`);
} else {
  const runs = wants('import') ? Math.max(1, Number(process.env.BENCH_IMPORT_RUNS ?? 3)) : 1;
  const figures: Figures = {};
  const skipped: string[] = [];
  let data = { file: LIBRARY_RELATIVE, rows: 0, recommendations: 0 };
  const perEngine = (['import', 'search', 'ranking', 'scale', 'load', 'memory'] as const).some(wants);
  for (const { engine, databaseUrl } of perEngine ? engines() : []) {
    console.log(`[${engine}] import of ${file.fileName} on ${runs} fresh database${runs > 1 ? 's' : ''} …`);
    const imported = await measureImport(engine, databaseUrl, file, runs);
    const instance = imported.kept;
    try {
      if (wants('import')) {
        printFigures(imported.figures);
        Object.assign(figures, imported.figures);
      }
      data = { file: LIBRARY_RELATIVE, rows: imported.rows, recommendations: imported.recommendations };
      if (wants('search')) await step(`[${engine}] search, queries at four depths`, figures, () => measureSearch(instance), same);
      if (wants('ranking')) await step(`[${engine}] target ranking and its plain GROUP BY`, figures, () => measureRanking(instance), same);
      let org = wants('scale')
        ? (
            await step(
              `[${engine}] scale curve`,
              figures,
              () => measureScale(instance),
              (r) => r.figures,
            )
          ).org
        : null;
      if (wants('load')) {
        org ??= await seedForLoad(instance);
        await step(`[${engine}] HTTP under load`, figures, () => measureLoad(instance, org!), same);
      }
      if (wants('memory')) {
        await step(
          `[${engine}] server process memory`,
          figures,
          () => (engine === 'sqlite' ? measureSqliteServerMemory(file) : measurePostgresServerMemory(instance)),
          same,
        );
      }
    } finally {
      await instance.dispose();
    }
  }
  if (perEngine && engines().length === 1) {
    skipped.push('PostgreSQL (DATABASE_URL not set)');
    console.log('[postgres] skipped: set DATABASE_URL to measure PostgreSQL too');
  }
  if (wants('startup') || wants('web')) {
    const startUp = await step(
      'start-up: web build and cold start',
      figures,
      () => measureStartUp(wants('startup')),
      (r) => (wants('startup') ? r.figures : Object.fromEntries(Object.entries(r.figures).filter(([name]) => name === 'startUp.buildWeb'))),
    );
    skipped.push(...startUp.skipped);
    try {
      if (wants('web') && startUp.webDir) await step('web app in Chromium', figures, () => measureWeb(startUp.webDir!), same);
    } finally {
      if (startUp.webDir) fs.rmSync(startUp.webDir, { recursive: true, force: true });
    }
  }
  const shortened = KNOBS.filter((k) => process.env[k] !== undefined).map((k) => `${k}=${process.env[k]}`);
  const loadAverage = { start: loadAtStart, end: load() };
  // A shortened (smoke) run never replaces the figures of record: it writes beside them in the temp folder.
  const smokeDir = path.join(os.tmpdir(), 'upr-bench-smoke');
  if (shortened.length) fs.mkdirSync(smokeDir, { recursive: true });
  const [json, markdown] = shortened.length
    ? [path.join(smokeDir, 'results.json'), path.join(smokeDir, 'BENCHMARKS.md')]
    : [path.join(ROOT, 'bench/results.json'), path.join(ROOT, 'BENCHMARKS.md')];
  writeResults({ machine: machine(), date: new Date().toISOString(), loadAverage, data, skipped, shortened, figures }, json, markdown);
  console.log(`wrote ${json} and ${markdown} (${elapsed()})`);
}
