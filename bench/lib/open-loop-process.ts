/**
 * The child process of open-loop-child.ts: reads an OpenLoopJob as JSON on stdin, runs the open
 * loop, writes the OpenLoopResult as JSON on stdout.
 */
import { mixSequence } from '../http-load.js';
import type { OpenLoopJob } from './open-loop-child.js';
import { openLoop } from './open-loop.js';

let input = '';
for await (const chunk of process.stdin) input += String(chunk);
const job = JSON.parse(input) as OpenLoopJob;
const result = await openLoop({
  origin: job.origin,
  rate: job.rate,
  seconds: job.seconds,
  connections: job.connections,
  next: mixSequence(job.org, job.cookies, job.origin, job.today, job.kinds),
});
process.stdout.write(JSON.stringify(result));
