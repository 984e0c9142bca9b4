/**
 * A real server process for the benchmarks that need one (memory, load, start-up, web): started
 * with tsx on a free loopback port, waited for until /api/health answers, its node process found
 * under the tsx launcher (for /proc memory figures), and stopped again — by its own pid only.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

export async function freePort(): Promise<number> {
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
    return fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((tid) => fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
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
export function serverPid(launcher: number): number {
  let found = launcher;
  for (let level = [launcher]; level.length > 0; level = level.flatMap(childrenOf)) {
    const nodes = level.filter(isNode);
    if (nodes.length > 0) found = nodes[nodes.length - 1]!;
  }
  return found;
}

/** VmRSS and VmHWM of a process, in MiB. */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

/** Clock ticks per second of /proc's CPU times (sysconf(_SC_CLK_TCK); node has no binding for it). */
let clockTicks: number | undefined;

/**
 * CPU time a process has used so far (user + system, all its threads: the event loop, the
 * garbage collector's helpers, libuv's pool), in ms, from /proc/PID/stat.
 */
export function cpuMsOf(pid: number): number {
  clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  // Fields after the command name (which may contain spaces, so split after its closing parenthesis).
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks;
}

/** Polls /api/health every `everyMs` until it answers 200; resolves with the time it took. */
export async function waitHealthy(origin: string, child: ChildProcess, output: () => string, everyMs = 200): Promise<number> {
  const began = performance.now();
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output()}`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return performance.now() - began;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`the server did not answer /api/health within 60 s:\n${output()}`);
}

export interface ServerProcess {
  origin: string;
  child: ChildProcess;
  /** The node process that serves (tsx's child). */
  pid: number;
  /** From spawn until /api/health first answered, in ms. */
  startMs: number;
  output(): string;
  stop(): Promise<void>;
}

/** Stops the launcher (SIGTERM; the server closes its database) or, after 5 s, kills our pids. */
async function stopProcess(child: ChildProcess, pids: number[]): Promise<void> {
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

/**
 * Starts `tsx <args> --port P` and waits until it is healthy. The first argument that is not a
 * node flag is the script: the serving process's command line must name it (a check that the
 * right process is measured).
 */
export async function startServer(args: string[], env: NodeJS.ProcessEnv, pollMs = 200): Promise<ServerProcess> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const began = performance.now();
  const child = spawn(TSX, [...args, '--port', String(port)], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const pids = [child.pid!];
  const stop = () => stopProcess(child, pids);
  try {
    await waitHealthy(origin, child, () => output, pollMs);
    const startMs = performance.now() - began;
    const pid = serverPid(child.pid!);
    pids.unshift(pid);
    const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    const script = args.find((a) => !a.startsWith('--'))!;
    if (!command.includes(script)) throw new Error(`process ${pid} is not the server: ${command}`);
    return { origin, child, pid, startMs, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The environment for a server on the benchmark instance's database (SQLite folder or PostgreSQL schema). */
/**
 * BENCH_SERVER_PROFILE=DIR: the server writes a V8 CPU profile there when it stops (open it in
 * Chrome's DevTools), to see where a benchmark's server time goes.
 */
const profileFlags = () => (process.env.BENCH_SERVER_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_SERVER_PROFILE}`] : []);

export function serverCommand(instance: {
  engine: 'sqlite' | 'postgres';
  dataDir: string;
  pgSchema: string | undefined;
  databaseUrl: string | null;
}): { args: string[]; env: NodeJS.ProcessEnv } {
  if (instance.engine === 'sqlite') {
    // Never the DATABASE_URL database: the command line would use its public schema.
    const { DATABASE_URL: _url, ...env } = process.env;
    return { args: [...profileFlags(), 'src/cli/main.ts', 'serve', '--data', instance.dataDir], env };
  }
  if (!instance.pgSchema || !instance.databaseUrl) throw new Error('a PostgreSQL instance is needed');
  return {
    args: [...profileFlags(), 'bench/lib/serve-schema.ts', '--data', instance.dataDir],
    env: { ...process.env, DATABASE_URL: instance.databaseUrl, BENCH_PG_SCHEMA: instance.pgSchema },
  };
}
