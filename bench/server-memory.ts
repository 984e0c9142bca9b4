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
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { isMain, printFigures, round, type EngineName, type Figures } from './lib/figures.js';
import { HttpSession, toQueryString } from './lib/http-session.js';
import { BENCH_SETUP_CODE, type BenchInstance } from './lib/instance.js';
import { loadLibraryFile, missingReason, type LibraryFile } from './lib/shared-data.js';
import { representativeSearches } from './search-latency.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Child processes of `pid` (all threads), from /proc. */
function childrenOf(pid: number): number[] {
  try {
    return fs.readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

const isNode = (pid: number) => {
  try {
    return fs.readlinkSync(`/proc/${pid}/exe`) === fs.realpathSync(process.execPath);
  } catch {
    return false;
  }
};

/**
 * The process doing the work: the deepest node process under the launcher (tsx runs the script
 * in a child node; esbuild's service, a child of that, is not node and is skipped).
 */
function serverPid(launcher: number): number {
  let found = launcher;
  for (let level = [launcher]; level.length > 0; level = level.flatMap(childrenOf)) {
    const nodes = level.filter(isNode);
    if (nodes.length > 0) found = nodes[nodes.length - 1]!;
  }
  return found;
}

/** VmRSS and VmHWM of a process, in MiB. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

async function waitHealthy(origin: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output()}`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not answer /api/health within 60 s:\n${output()}`);
}

async function stop(child: ChildProcess, pids: number[]): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 5000));
  if ((await Promise.race([exited, timeout])) !== 'timeout') return;
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Starts `args` with tsx, signs in, runs 20 searches, reads the server's memory, stops it. */
async function measureProcess(engine: EngineName, args: string[], env: NodeJS.ProcessEnv, note: string): Promise<Figures> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(TSX, [...args, '--port', String(port)], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const pids = [child.pid!];
  try {
    await waitHealthy(origin, child, () => output);
    const server = serverPid(child.pid!);
    pids.unshift(server);
    const command = fs.readFileSync(`/proc/${server}/cmdline`, 'utf8').replaceAll('\0', ' ');
    if (!command.includes(args[0]!)) throw new Error(`process ${server} is not the server: ${command}`);
    const started = memoryOf(server);
    const session = new HttpSession(fetch, origin);
    await session.signInOrSetUp(BENCH_SETUP_CODE);
    for (const params of representativeSearches().slice(0, 20)) await session.request('GET', `/api/recommendations?${toQueryString(params)}`);
    const loaded = memoryOf(server);
    const mib = (x: number) => round(x, 0);
    return {
      [`${engine}.server.rssStarted`]: { value: mib(started.rss), unit: 'MiB', engine, note: `server RSS once /api/health answers (${note})` },
      [`${engine}.server.rss`]: { value: mib(loaded.rss), unit: 'MiB', engine, note: 'server RSS after sign-in and 20 searches over the full library' },
      [`${engine}.server.rssPeak`]: { value: mib(loaded.peak), unit: 'MiB', engine, note: 'peak RSS of the server process so far (VmHWM)' },
    };
  } finally {
    await stop(child, pids);
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
  const env = { ...process.env, DATABASE_URL: instance.databaseUrl, BENCH_PG_SCHEMA: instance.pgSchema, UPR_SETUP_CODE: BENCH_SETUP_CODE };
  return measureProcess('postgres', ['bench/lib/serve-schema.ts', '--data', instance.dataDir], env, 'bench/lib/serve-schema.ts');
}

if (isMain(import.meta.url)) {
  const file = loadLibraryFile();
  if (!file) console.log(`server-memory: skipped, ${missingReason()}`);
  else printFigures(await measureSqliteServerMemory(file));
}
