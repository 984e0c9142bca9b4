/**
 * Start-up: what `npm start` does, in its two parts, each against a baseline in the same run.
 *   build  — `vite build` of the web app (npm start runs `npm run build:web` first), into a
 *            temp folder (never the shared dist/web); its JavaScript is then measured by
 *            bench/web-load.ts;
 *   serve  — the cold start of `tsx src/cli/main.ts serve --port P --data EMPTY_DIR` on an
 *            empty data folder (database created and migrated, calendar seeded, first-run
 *            setup code printed) until /api/health answers (polled every 50 ms), best and
 *            median of BENCH_START_RUNS (3); baseline: a bare node-server with one route under
 *            the same tsx launcher (bench/lib/hello-server.ts), the floor of any start;
 *            and the RSS of the server just started on the empty folder.
 *
 *   npx tsx bench/start-up.ts
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMain, median, printFigures, round, type Figures } from './lib/figures.js';
import { memoryOf, ROOT, startServer } from './lib/server-process.js';

const VITE = path.join(ROOT, 'node_modules/.bin/vite');
const startRuns = () => Math.max(1, Number(process.env.BENCH_START_RUNS ?? 3));

/** Builds the web app into `outDir`; the wall time in seconds, or the reason it failed. */
export function buildWeb(outDir: string): { seconds: number } | { error: string } {
  const began = performance.now();
  const built = spawnSync(VITE, ['build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) return { error: `vite build failed (${built.status}): ${(built.stderr || built.stdout).slice(0, 500)}` };
  return { seconds: (performance.now() - began) / 1000 };
}

async function coldStarts(args: (dataDir: string) => string[], env: NodeJS.ProcessEnv): Promise<{ times: number[]; rss: number }> {
  const times: number[] = [];
  let rss = Number.NaN;
  for (let i = 0; i < startRuns(); i++) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-bench-empty-'));
    try {
      const server = await startServer(args(dataDir), env, 50);
      times.push(server.startMs);
      rss = memoryOf(server.pid).rss;
      await server.stop();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return { times, rss };
}

export interface StartUpMeasurement {
  figures: Figures;
  /** The web app built by this run (for bench/web-load.ts), or null when the build failed. */
  webDir: string | null;
  skipped: string[];
}

/** `withColdStarts` false: the web build only (for bench/web-load.ts when start-up itself is not measured). */
export async function measureStartUp(withColdStarts = true): Promise<StartUpMeasurement> {
  const figures: Figures = {};
  const skipped: string[] = [];
  const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-bench-web-'));
  const built = buildWeb(webDir);
  if ('error' in built) {
    skipped.push(`web build: ${built.error}`);
    fs.rmSync(webDir, { recursive: true, force: true });
  } else {
    figures['startUp.buildWeb'] = {
      value: round(built.seconds, 2),
      unit: 's',
      note: 'vite build of the web app (the first half of npm start)',
    };
  }
  if (!withColdStarts) return { figures, webDir: 'error' in built ? null : webDir, skipped };
  // Never the DATABASE_URL database: `serve` would use its public schema.
  const { DATABASE_URL: _url, ...env } = process.env;
  const serve = await coldStarts((dataDir) => ['src/cli/main.ts', 'serve', '--data', dataDir], env);
  const bare = await coldStarts(() => ['bench/lib/hello-server.ts'], env);
  const n = serve.times.length;
  figures['startUp.serveCold'] = {
    value: round(Math.min(...serve.times), 0),
    unit: 'ms',
    note: `tsx src/cli/main.ts serve on an empty data folder until /api/health answers, best of ${n}`,
  };
  figures['startUp.serveColdMedian'] = { value: round(median(serve.times), 0), unit: 'ms', note: `the same, median of ${n}` };
  figures['startUp.bareServer'] = {
    value: round(Math.min(...bare.times), 0),
    unit: 'ms',
    note: `baseline: a bare node-server with one route under tsx (bench/lib/hello-server.ts), best of ${n}`,
  };
  figures['startUp.serveOverBare'] = {
    value: round(Math.min(...serve.times) / Math.min(...bare.times), 2),
    unit: '×',
    note: 'cold start of the product ÷ cold start of the bare server (best runs)',
  };
  figures['startUp.rssEmpty'] = { value: round(serve.rss, 0), unit: 'MiB', note: 'server RSS just started on an empty data folder' };
  return { figures, webDir: 'error' in built ? null : webDir, skipped };
}

if (isMain(import.meta.url)) {
  const { figures, webDir, skipped } = await measureStartUp();
  printFigures(figures);
  for (const s of skipped) console.log(`skipped: ${s}`);
  if (webDir) fs.rmSync(webDir, { recursive: true, force: true });
}
