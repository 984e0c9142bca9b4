/**
 * A fixed request rate, open loop: requests arrive at the times of a Poisson process of the
 * given rate (seeded: every run sends the same schedule), whether or not earlier ones have been
 * answered, as requests of many independent users do; each is sent on one of `connections`
 * keep-alive connections (waiting for a free one when all are busy). A request's latency runs
 * from its scheduled arrival to the end of its answer, so time spent waiting behind a slow
 * answer is counted, never omitted.
 *
 * Why not autocannon's `overallRate` (autocannon 9): each connection sends its share of a
 * second's requests back to back at the start of every second (so 200 req/s arrive as one
 * burst of 200 once a second), and its coordinated-omission correction records, for each
 * response, extra samples every `ceil(1 / rate)` = 1 ms down from the response's latency (the
 * expected interval in seconds taken as milliseconds): one 500 ms answer adds ~500 samples.
 * Full-speed phases (closed loop) have neither problem and stay with autocannon.
 */
import http from 'node:http';
import { seededRandom } from '../../src/core/seeded-random.js';
import { percentile, round } from './figures.js';

export interface LoadRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface OpenLoopOptions {
  origin: string;
  /** Mean arrivals per second. */
  rate: number;
  seconds: number;
  connections: number;
  /** The next request of the mix (called once per arrival, in order). */
  next: () => LoadRequest;
  timeoutMs?: number;
  seed?: number;
  /** Told of every answer (its scheduled arrival in ms from the start, latency, status or error). */
  onAnswer?: (request: LoadRequest, arrival: number, latency: number, outcome: number | 'timeout' | 'connection') => void;
}

export interface OpenLoopResult {
  /** Requests scheduled and sent. */
  sent: number;
  /** Latencies of 2xx answers, ms, in completion order. */
  latencies: number[];
  statusCodes: Record<string, number>;
  /** Connection errors and timeouts (no answer). */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** From the first arrival to the last answer, s. */
  duration: number;
  /** p99 latency (ms) of the 2xx answers to the requests that arrived in each second: shows a queue forming or a slow start. */
  p99BySecond: number[];
  /** CPU time of the process running the loop (the load generator), ms. */
  generatorCpuMs: number;
}

/** Arrival times (ms from the start) of a Poisson process of `rate` per second over `seconds`. */
export function poissonArrivals(rate: number, seconds: number, seed = 1): number[] {
  const random = seededRandom(seed);
  const times: number[] = [];
  for (let t = -Math.log(1 - random()) * (1000 / rate); t < seconds * 1000; t += -Math.log(1 - random()) * (1000 / rate)) times.push(t);
  return times;
}

function send(
  agent: http.Agent,
  origin: URL,
  request: LoadRequest,
  timeoutMs: number,
): Promise<{ status: number } | { error: 'timeout' | 'connection' }> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        agent,
        host: origin.hostname,
        port: origin.port,
        method: request.method,
        path: request.path,
        headers: request.headers,
        timeout: timeoutMs,
      },
      (res) => {
        res.resume(); // read the whole body: the answer ends when its last byte arrives
        res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
        res.on('error', () => resolve({ error: 'connection' }));
      },
    );
    req.on('timeout', () => {
      req.destroy();
      resolve({ error: 'timeout' });
    });
    req.on('error', () => resolve({ error: 'connection' }));
    req.end(request.body);
  });
}

export async function openLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const origin = new URL(options.origin);
  // fifo: every connection stays in use (as each user's would); with lifo some idle past the server's
  // keep-alive timeout and fail when reused.
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections, scheduling: 'fifo' });
  const arrivals = poissonArrivals(options.rate, options.seconds, options.seed);
  const result: OpenLoopResult = {
    sent: 0,
    latencies: [],
    statusCodes: {},
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    duration: 0,
    p99BySecond: [],
    generatorCpuMs: 0,
  };
  const cpuBefore = process.cpuUsage();
  const bySecond: number[][] = [];
  const pending: Promise<void>[] = [];
  const start = performance.now();
  let lastAnswer = start;
  for (const at of arrivals) {
    const wait = start + at - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const request = options.next();
    result.sent++;
    pending.push(
      send(agent, origin, request, options.timeoutMs ?? 10_000).then((answer) => {
        lastAnswer = performance.now();
        const latency = lastAnswer - (start + at);
        options.onAnswer?.(request, at, latency, 'error' in answer ? answer.error : answer.status);
        if ('error' in answer) {
          if (answer.error === 'timeout') result.timeouts++;
          else result.errors++;
          return;
        }
        result.statusCodes[answer.status] = (result.statusCodes[answer.status] ?? 0) + 1;
        if (answer.status >= 200 && answer.status <= 299) {
          result.latencies.push(latency);
          (bySecond[Math.floor(at / 1000)] ??= []).push(latency);
        } else result.non2xx++;
      }),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  result.duration = (lastAnswer - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  result.generatorCpuMs = (cpu.user + cpu.system) / 1000;
  result.p99BySecond = Array.from(bySecond, (latencies) => round(percentile(latencies ?? [], 99), 0));
  return result;
}
