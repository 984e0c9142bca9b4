/**
 * Memory of the real server process with the full recommendation library loaded: the library
 * imported with the command line (`node bin/upr-advocate.js import recommendations …`), then
 * `tsx src/cli/main.ts serve` started on a free port, signed in through first-run setup, 20
 * searches through HTTP, and the resident set (VmRSS, and the peak VmHWM) of the node process
 * that serves (tsx's child, not the tsx launcher) read from /proc. On PostgreSQL the server is
 * started by bench/lib/serve-schema.ts on the benchmark's throwaway schema (see there why).
 *
 *   npx tsx bench/server-memory.ts      # SQLite only when run alone
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMain, printFigures, round, type EngineName, type Figures } from './lib/figures.js';
import { HttpSession, toQueryString } from './lib/http-session.js';
import { BENCH_SETUP_CODE, type BenchInstance } from './lib/instance.js';
import { memoryOf, ROOT, serverCommand, startServer } from './lib/server-process.js';
import { loadLibraryFile, missingReason, type LibraryFile } from './lib/shared-data.js';
import { representativeSearches } from './search-latency.js';

/** Starts `args` with tsx, signs in, runs 20 searches, reads the server's memory, stops it. */
async function measureProcess(engine: EngineName, args: string[], env: NodeJS.ProcessEnv, note: string): Promise<Figures> {
  const server = await startServer(args, env);
  try {
    const started = memoryOf(server.pid);
    const session = new HttpSession(fetch, server.origin);
    await session.signInOrSetUp(BENCH_SETUP_CODE);
    for (const params of representativeSearches().slice(0, 20)) await session.request('GET', `/api/recommendations?${toQueryString(params)}`);
    const loaded = memoryOf(server.pid);
    const mib = (x: number) => round(x, 0);
    return {
      [`${engine}.server.rssStarted`]: { value: mib(started.rss), unit: 'MiB', engine, note: `server RSS once /api/health answers (${note})` },
      [`${engine}.server.rss`]: { value: mib(loaded.rss), unit: 'MiB', engine, note: 'server RSS after sign-in and 20 searches over the full library' },
      [`${engine}.server.rssPeak`]: { value: mib(loaded.peak), unit: 'MiB', engine, note: 'peak RSS of the server process so far (VmHWM)' },
    };
  } finally {
    await server.stop();
  }
}

/** SQLite: the library imported by the command line into a temp data folder, then `serve` on it. */
export async function measureSqliteServerMemory(file: LibraryFile): Promise<Figures> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-bench-serve-'));
  // Never the DATABASE_URL database: the command line would use its public schema.
  const { DATABASE_URL: _url, ...env } = process.env;
  try {
    const started = performance.now();
    const cli = spawnSync(process.execPath, ['bin/upr-advocate.js', 'import', 'recommendations', file.path, '--data', dataDir], { cwd: ROOT, env, encoding: 'utf8' });
    if (cli.status !== 0) throw new Error(`the import command failed (${cli.status}):\n${cli.stderr}${cli.stdout}`);
    const importSeconds = (performance.now() - started) / 1000;
    const figures = await measureProcess('sqlite', ['src/cli/main.ts', 'serve', '--data', dataDir], { ...env, UPR_SETUP_CODE: BENCH_SETUP_CODE }, 'tsx src/cli/main.ts serve');
    return {
      'sqlite.import.cli': {
        value: round(importSeconds, 2), unit: 's', engine: 'sqlite', note: 'node bin/upr-advocate.js import recommendations (whole command, with tsx start-up)',
      },
      ...figures,
    };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** PostgreSQL: a server on the benchmark instance's schema, which already holds the library. */
export async function measurePostgresServerMemory(instance: BenchInstance): Promise<Figures> {
  if (!instance.pgSchema || !instance.databaseUrl) throw new Error('a PostgreSQL instance is needed');
  const { args, env } = serverCommand(instance);
  return measureProcess('postgres', args, { ...env, UPR_SETUP_CODE: BENCH_SETUP_CODE }, 'bench/lib/serve-schema.ts');
}

if (isMain(import.meta.url)) {
  const file = loadLibraryFile();
  if (!file) console.log(`server-memory: skipped, ${missingReason()}`);
  else printFigures(await measureSqliteServerMemory(file));
}
