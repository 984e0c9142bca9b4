/**
 * The open loop of bench/http-load.ts in a process of its own: the benchmark's own process holds
 * the seeded in-process instance and its large heap, and a load generator sharing it would be
 * slowed by that heap's garbage collection and count the delay as the server's. Reads its job as
 * JSON on stdin, writes the OpenLoopResult as JSON on stdout.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Kind } from '../http-load.js';
import type { OpenLoopResult } from './open-loop.js';
import type { SeededOrg } from './org-seed.js';
import { ROOT, TSX } from './server-process.js';

export interface OpenLoopJob {
  origin: string;
  rate: number;
  seconds: number;
  connections: number;
  org: SeededOrg;
  cookies: string[];
  today: string;
  kinds: Kind[];
}

/** Runs the job in a child process and returns its result. */
export function openLoopInChild(job: OpenLoopJob): Promise<OpenLoopResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [path.join(import.meta.dirname, 'open-loop-process.ts')], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as OpenLoopResult) : reject(new Error(`the load generator exited with ${code}`)),
    );
    child.stdin.end(JSON.stringify(job));
  });
}
