/**
 * `npm run bench`: every benchmark, on SQLite and (when DATABASE_URL is set) on PostgreSQL in a
 * throwaway schema, over the full UPR Info file of the shared data; writes bench/results.json
 * and BENCHMARKS.md. Without the shared data it prints "skipped" and writes nothing.
 *
 * Per engine: the import on BENCH_IMPORT_RUNS (default 3) fresh databases; on the last one,
 * the search (adapter, use case, HTTP in-process) and the target ranking; then the memory of a
 * real server process with the library loaded.
 */
import os from 'node:os';
import path from 'node:path';
import { measureImport } from './import-speed.js';
import { machine, printFigures, type Figures } from './lib/figures.js';
import { engines } from './lib/instance.js';
import { writeResults } from './lib/report.js';
import { LIBRARY_RELATIVE, loadLibraryFile, missingReason } from './lib/shared-data.js';
import { measureSearch } from './search-latency.js';
import { measurePostgresServerMemory, measureSqliteServerMemory } from './server-memory.js';
import { measureRanking } from './target-ranking.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const began = performance.now();
const load = () => Math.round(os.loadavg()[0]! * 10) / 10;
const loadAtStart = load();
const elapsed = () => `${Math.round((performance.now() - began) / 1000)} s`;

async function step(title: string, figures: Figures, measure: () => Promise<Figures>): Promise<void> {
  console.log(`${title} …`);
  const measured = await measure();
  printFigures(measured);
  Object.assign(figures, measured);
  console.log(`  (${elapsed()} since start)`);
}

const file = loadLibraryFile();
if (!file) {
  console.log(`bench: skipped, ${missingReason()}. Nothing was measured; bench/results.json and BENCHMARKS.md were left as they were.`);
} else {
  const runs = Math.max(1, Number(process.env.BENCH_IMPORT_RUNS ?? 3));
  const figures: Figures = {};
  const skipped: string[] = [];
  let data = { file: LIBRARY_RELATIVE, rows: 0, recommendations: 0 };
  for (const { engine, databaseUrl } of engines()) {
    console.log(`[${engine}] import of ${file.fileName} on ${runs} fresh database${runs > 1 ? 's' : ''} …`);
    const imported = await measureImport(engine, databaseUrl, file, runs);
    const instance = imported.kept;
    try {
      printFigures(imported.figures);
      Object.assign(figures, imported.figures);
      data = { file: LIBRARY_RELATIVE, rows: imported.rows, recommendations: imported.recommendations };
      await step(`[${engine}] search, 200 queries at three depths`, figures, () => measureSearch(instance));
      await step(`[${engine}] target ranking, 160 rankings`, figures, () => measureRanking(instance));
      await step(`[${engine}] server process memory`, figures, () =>
        engine === 'sqlite' ? measureSqliteServerMemory(file) : measurePostgresServerMemory(instance));
    } finally {
      await instance.dispose();
    }
  }
  if (engines().length === 1) {
    skipped.push('PostgreSQL (DATABASE_URL not set)');
    console.log('[postgres] skipped: set DATABASE_URL to measure PostgreSQL too');
  }
  const loadAverage = { start: loadAtStart, end: load() };
  writeResults({ machine: machine(), date: new Date().toISOString(), loadAverage, data, skipped, figures },
    path.join(ROOT, 'bench/results.json'), path.join(ROOT, 'BENCHMARKS.md'));
  console.log(`wrote bench/results.json and BENCHMARKS.md (${elapsed()})`);
}
