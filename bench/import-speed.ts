/**
 * Import speed: `importRecommendations(deps, 'library', …)` of the full UPR Info file into an
 * empty database, on several fresh databases (best and median reported), with the phases the
 * importer's progress reports separate: reading + parsing the file, writing the rows, and the
 * commit with PostgreSQL's statistics refresh. The last database is kept for the benchmarks
 * that need the data loaded.
 *
 *   npx tsx bench/import-speed.ts        # UPR_SHARED_DATA=…, DATABASE_URL=… as for npm run bench
 */
import { importRecommendations } from '../src/server/app/import-recommendations.js';
import { isMain, median, printFigures, round, type EngineName, type Figures } from './lib/figures.js';
import { engines, freshInstance, type BenchInstance } from './lib/instance.js';
import { loadLibraryFile, missingReason, type LibraryFile } from './lib/shared-data.js';

export const IMPORT_TARGET_S = 10;

interface ImportRun {
  total: number;
  read: number;
  write: number;
  finish: number;
  rows: number;
  recommendations: number;
}

async function importOnce(instance: BenchInstance, file: LibraryFile): Promise<ImportRun> {
  const started = performance.now();
  let firstWrite: number | null = null;
  let lastWrite = started;
  const result = await importRecommendations(instance.server.deps, 'library', {
    fileName: file.fileName,
    bytes: file.bytes,
    skipBadRows: false,
    onProgress: (p) => {
      if (p.phase !== 'writing') return;
      firstWrite ??= performance.now();
      lastWrite = performance.now();
    },
  });
  const ended = performance.now();
  const writeStart = firstWrite ?? started;
  return {
    total: ended - started, read: writeStart - started, write: lastWrite - writeStart, finish: ended - lastWrite,
    rows: result.rowsRead, recommendations: result.recommendationsAdded,
  };
}

export interface ImportMeasurement {
  figures: Figures;
  /** The database of the last run, with the library loaded (the caller disposes it). */
  kept: BenchInstance;
  recommendations: number;
  rows: number;
}

export async function measureImport(engine: EngineName, databaseUrl: string | null, file: LibraryFile, runs: number): Promise<ImportMeasurement> {
  const results: ImportRun[] = [];
  let kept: BenchInstance | null = null;
  for (let i = 0; i < runs; i++) {
    const instance = await freshInstance(engine, databaseUrl);
    try {
      results.push(await importOnce(instance, file));
    } catch (error) {
      await instance.dispose();
      throw error;
    }
    if (i < runs - 1) await instance.dispose();
    else kept = instance;
  }
  const best = results.reduce((a, b) => (b.total < a.total ? b : a));
  const s = (ms: number) => round(ms / 1000, 2);
  const of = `of ${runs} fresh database${runs > 1 ? 's' : ''}`;
  const figures: Figures = {
    [`${engine}.import.time`]: { value: s(best.total), unit: 's', target: IMPORT_TARGET_S, engine, note: `import of the full file, best ${of}` },
    [`${engine}.import.timeMedian`]: { value: s(median(results.map((r) => r.total))), unit: 's', engine, note: `the same, median ${of}` },
    [`${engine}.import.rate`]: { value: Math.round(best.rows / (best.total / 1000)), unit: 'rows/s', engine, note: `CSV rows per second (best run, ${best.rows} rows)` },
    [`${engine}.import.readPhase`]: { value: s(best.read), unit: 's', engine, note: 'of the best run: gunzip + CSV parse + merge (until the first write)' },
    [`${engine}.import.writePhase`]: { value: s(best.write), unit: 's', engine, note: 'of the best run: inserting rows (first to last write report)' },
    [`${engine}.import.finishPhase`]: { value: s(best.finish), unit: 's', engine, note: 'of the best run: last batch, commit and statistics refresh' },
  };
  return { figures, kept: kept!, recommendations: best.recommendations, rows: best.rows };
}

if (isMain(import.meta.url)) {
  const file = loadLibraryFile();
  if (!file) console.log(`import-speed: skipped, ${missingReason()}`);
  else {
    for (const { engine, databaseUrl } of engines()) {
      const { figures, kept } = await measureImport(engine, databaseUrl, file, Number(process.env.BENCH_IMPORT_RUNS ?? 3));
      await kept.dispose();
      console.log(`import-speed [${engine}]`);
      printFigures(figures);
    }
  }
}
