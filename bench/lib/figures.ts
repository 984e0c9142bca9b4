/**
 * What every benchmark returns: named figures (value, unit, optional target), and the helpers
 * to make them from timings. A target is an upper bound: a figure passes when value ≤ target.
 */
import os from 'node:os';
import { pathToFileURL } from 'node:url';

export type EngineName = 'sqlite' | 'postgres';

export interface Figure {
  value: number;
  unit: string;
  /** Upper bound the value must not exceed. */
  target?: number;
  engine?: EngineName;
  /** What was measured, in a few words. */
  note?: string;
}

export type Figures = Record<string, Figure>;

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  platform: string;
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  };
}

/** Nearest-rank percentile (p in 0–100) of unsorted values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** Rounds to `digits` decimals (results stay readable in JSON). */
export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** p50, p95 and max of latencies in ms, as `<prefix>.p50` …; the target applies to p95. */
export function latencyFigures(prefix: string, engine: EngineName, samples: readonly number[], what: string, target?: number): Figures {
  const n = samples.length;
  return {
    [`${prefix}.p50`]: { value: round(percentile(samples, 50)), unit: 'ms', engine, note: `${what}: median of ${n}` },
    [`${prefix}.p95`]: { value: round(percentile(samples, 95)), unit: 'ms', engine, ...(target !== undefined ? { target } : {}), note: `${what}: p95 of ${n}` },
    [`${prefix}.max`]: { value: round(Math.max(...samples)), unit: 'ms', engine, note: `${what}: slowest of ${n}` },
  };
}

export function passes(figure: Figure): boolean | null {
  return figure.target === undefined ? null : figure.value <= figure.target;
}

/** One line per figure, for the console. */
export function printFigures(figures: Figures): void {
  for (const [name, f] of Object.entries(figures)) {
    const verdict = passes(f);
    const target = f.target === undefined ? '' : `  (target ≤ ${f.target} ${f.unit}: ${verdict ? 'pass' : 'OVER'})`;
    console.log(`  ${name.padEnd(50)} ${String(f.value).padStart(9)} ${f.unit}${target}`);
  }
}

/** True when the module at `metaUrl` is the script node was started with (run standalone). */
export function isMain(metaUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && (metaUrl === pathToFileURL(script).href || metaUrl === pathToFileURL(`${script}.ts`).href);
}
