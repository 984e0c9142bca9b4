/**
 * A phase of bench/http-load.ts as figures: what autocannon or the open loop measured, with the
 * CPU time the server and the load generator spent during it (a queue that forms when each
 * request costs more shows there, beside the latency).
 */
import type { AutocannonResult } from 'autocannon';
import { percentile, round, type EngineName, type Figures } from './figures.js';
import type { OpenLoopResult } from './open-loop.js';
import { cpuMsOf } from './server-process.js';

/** What a phase measured, from autocannon or the open loop. */
export interface Phase {
  throughput: number;
  p50: number;
  p99: number;
  failures: number;
  codes: string;
  duration: number;
  /** Requests answered. */
  answered: number;
  /** CPU time the server process used during the phase (all its threads), ms. */
  serverCpuMs?: number;
  /** CPU time of the load generator's process during the phase, ms. */
  generatorCpuMs?: number;
  /** Open loop: p99 of the requests arriving in each second. */
  p99BySecond?: number[];
}

/** Runs a phase and adds the server's CPU time during it (what a request costs the server, beside its latency). */
export async function withServerCpu(pid: number, phase: () => Promise<Phase>): Promise<Phase> {
  const before = cpuMsOf(pid);
  const ours = process.cpuUsage();
  const result = await phase();
  const { user, system } = process.cpuUsage(ours);
  // autocannon runs in this process; the open loop reports its own process's time.
  return { ...result, serverCpuMs: cpuMsOf(pid) - before, generatorCpuMs: result.generatorCpuMs ?? (user + system) / 1000 };
}

export function fromAutocannon(r: AutocannonResult): Phase {
  const codes = Object.entries(r.statusCodeStats).map(([code, { count }]) => `${code}: ${count}`);
  return {
    throughput: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    failures: r.errors + r.timeouts + r.non2xx,
    codes: codes.join(', '),
    duration: r.duration,
    answered: r.requests.total,
  };
}

export function fromOpenLoop(r: OpenLoopResult): Phase {
  const answered = Object.values(r.statusCodes).reduce((a, b) => a + b, 0);
  return {
    throughput: answered / r.duration,
    p50: percentile(r.latencies, 50),
    p99: percentile(r.latencies, 99),
    failures: r.errors + r.timeouts + r.non2xx,
    codes: Object.entries(r.statusCodes)
      .map(([code, count]) => `${code}: ${count}`)
      .join(', '),
    duration: round(r.duration, 1),
    answered,
    p99BySecond: r.p99BySecond,
    generatorCpuMs: r.generatorCpuMs,
  };
}

export function phaseFigures(
  engine: EngineName,
  name: string,
  r: Phase,
  what: string,
  targets: { p99?: number; errors?: boolean } = {},
): Figures {
  return {
    [`${engine}.load.${name}.throughput`]: {
      value: round(r.throughput, 0),
      unit: 'req/s',
      engine,
      note: `${what}: mean requests per second over ${r.duration} s`,
    },
    [`${engine}.load.${name}.p50`]: { value: round(r.p50), unit: 'ms', engine, note: `${what}: median latency` },
    [`${engine}.load.${name}.p99`]: {
      value: round(r.p99),
      unit: 'ms',
      engine,
      ...(targets.p99 ? { target: targets.p99 } : {}),
      note: `${what}: 99th percentile latency${r.p99BySecond ? `; by second of arrival: ${r.p99BySecond.join(' ')} ms` : ''}`,
    },
    ...(r.serverCpuMs !== undefined && r.answered > 0
      ? {
          [`${engine}.load.${name}.serverCpuPerRequest`]: {
            value: round(r.serverCpuMs / r.answered, 2),
            unit: 'ms',
            engine,
            note:
              `${what}: the server process's CPU time (all threads) per request answered; ${round(r.serverCpuMs / 1000 / r.duration, 2)} of a core on average` +
              (r.generatorCpuMs !== undefined
                ? `; the load generator's: ${round(r.generatorCpuMs / r.answered, 2)} ms per request, ${round(r.generatorCpuMs / 1000 / r.duration, 2)} of a core`
                : ''),
          },
        }
      : {}),
    [`${engine}.load.${name}.errors`]: {
      value: r.failures,
      unit: 'requests',
      engine,
      ...(targets.errors ? { target: 0 } : {}),
      note: `${what}: connection errors + timeouts + answers other than 2xx (status codes ${r.codes || 'none'})`,
    },
  };
}
