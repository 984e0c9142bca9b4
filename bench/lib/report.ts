/**
 * Writes what a benchmark run measured: bench/results.json (figure name → value, unit, target,
 * engine, note; with the machine and date) and BENCHMARKS.md (a table per engine and a few
 * lines of interpretation computed from the figures, so they never go stale).
 */
import fs from 'node:fs';
import { passes, type EngineName, type Figure, type Figures, type Machine } from './figures.js';

export interface Results {
  machine: Machine;
  date: string;
  data: { file: string; rows: number; recommendations: number };
  /** The 1-minute load average when the run began and ended (other work on the machine skews every figure). */
  loadAverage: { start: number; end: number };
  /** Engines or benchmarks not measured in this run, and why. */
  skipped: string[];
  figures: Figures;
}

const ENGINE_NAMES: Record<EngineName, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

const fmt = (value: number, unit: string) => `${value.toLocaleString('en-GB')} ${unit}`;

function table(figures: Figures, engine: EngineName): string[] {
  const rows = Object.entries(figures).filter(([, f]) => f.engine === engine);
  const lines = ['| Figure | Value | Target | Result | What |', '| --- | ---: | ---: | --- | --- |'];
  for (const [name, f] of rows) {
    const verdict = passes(f);
    const target = f.target === undefined ? '' : `≤ ${fmt(f.target, f.unit)}`;
    const result = verdict === null ? '' : verdict ? 'pass' : '**over**';
    lines.push(`| ${name.slice(engine.length + 1)} | ${fmt(f.value, f.unit)} | ${target} | ${result} | ${f.note ?? ''} |`);
  }
  return lines;
}

function interpretation(results: Results, engines: EngineName[]): string[] {
  const f = results.figures;
  const v = (name: string): number | undefined => f[name]?.value;
  const each = (describe: (e: EngineName) => string | null) =>
    engines.map((e) => describe(e)).filter((s): s is string => s !== null).join('; ');
  const over = Object.entries(f).filter(([, x]) => passes(x) === false);
  const lines: string[] = [];
  lines.push(over.length === 0
    ? 'Every figure with a target is within it.'
    : `Over target: ${over.map(([name, x]: [string, Figure]) => `${name} ${fmt(x.value, x.unit)} (target ${fmt(x.target!, x.unit)})`).join(', ')}.`);
  lines.push(`Import (best run): ${each((e) => {
    const [read, write, finish] = [v(`${e}.import.readPhase`), v(`${e}.import.writePhase`), v(`${e}.import.finishPhase`)];
    if (read === undefined || write === undefined || finish === undefined) return null;
    const phases = { 'reading + parsing': read, 'writing rows': write, 'commit + statistics': finish };
    const [top] = Object.entries(phases).sort((a, b) => b[1] - a[1]);
    return `${ENGINE_NAMES[e]} ${v(`${e}.import.time`)} s = read ${read} s + write ${write} s + finish ${finish} s, dominated by ${top![0]}`;
  })}.`);
  lines.push(`Search p95: ${each((e) => {
    const [a, u, h, o] = [v(`${e}.search.adapter.p95`), v(`${e}.search.useCase.p95`), v(`${e}.search.http.p95`), v(`${e}.search.httpOverhead`)];
    if (a === undefined || u === undefined || h === undefined) return null;
    const blocks = Object.entries(f).filter(([name]) => name.startsWith(`${e}.search.byFilters.`)).sort((x, y) => y[1].value - x[1].value);
    const slowest = blocks[0] ? `; the slowest filters are ${blocks[0][0].split('.')[3]} (median ${blocks[0][1].value} ms in SQL)` : '';
    return `${ENGINE_NAMES[e]} SQL ${a} ms → use case ${u} ms → HTTP ${h} ms (HTTP adds a median ${o} ms per search)${slowest}`;
  })}.`);
  lines.push(`Target ranking p95: ${each((e) => {
    const [r, q, s, ev] = [v(`${e}.ranking.p95`), v(`${e}.ranking.aggregateQueries.p95`), v(`${e}.ranking.scoring.p95`), v(`${e}.ranking.evidenceQuery.p95`)];
    if (r === undefined || q === undefined || s === undefined || ev === undefined) return null;
    const top = ev > q ? 'the evidence query' : 'the two GROUP BY queries';
    return `${ENGINE_NAMES[e]} ranking ${r} ms (GROUP BY queries ${q} ms, scoring ${s} ms) + evidence query ${ev} ms, dominated by ${top}`;
  })}.`);
  const memory = each((e) => {
    const rss = v(`${e}.server.rss`);
    return rss === undefined ? null : `${ENGINE_NAMES[e]} ${rss} MiB (peak ${v(`${e}.server.rssPeak`)} MiB, ${v(`${e}.server.rssStarted`)} MiB just started)`;
  });
  if (memory) lines.push(`Server process RSS with the library loaded and searched: ${memory}; on PostgreSQL the data itself lives in the database server.`);
  return lines;
}

export function writeResults(results: Results, jsonFile: string, markdownFile: string): void {
  fs.writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  const engines = (['sqlite', 'postgres'] as const).filter((e) => Object.values(results.figures).some((f) => f.engine === e));
  const m = results.machine;
  const md = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (bench/run.ts); every figure is also in `bench/results.json`. Not timed tests: the numbers of one run on one machine.',
    '',
    `- Date: ${results.date}`,
    `- Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}`,
    `- Data: ${results.data.file} (${results.data.rows.toLocaleString('en-GB')} rows → ${results.data.recommendations.toLocaleString('en-GB')} recommendations)`,
    `- Load average (1 min) at start / end: ${results.loadAverage.start} / ${results.loadAverage.end}${
      Math.max(results.loadAverage.start, results.loadAverage.end) > m.cpus / 2 ? ' — other work was running on the machine; latencies are inflated by it' : ''}`,
    ...results.skipped.map((s) => `- Skipped: ${s}`),
    '',
    ...engines.flatMap((e) => [`## ${ENGINE_NAMES[e]}`, '', ...table(results.figures, e), '']),
    '## Interpretation',
    '',
    ...interpretation(results, engines).map((line) => `- ${line}`),
    '',
    '## How to run',
    '',
    '`npm run bench` (about 4 minutes on 2 cores with PostgreSQL). `UPR_SHARED_DATA` points at the shared data folder (default `../shared/data`);',
    'PostgreSQL is measured when `DATABASE_URL` is set, in a throwaway schema dropped afterwards. `BENCH_IMPORT_RUNS` (default 3) sets the fresh',
    'databases imported per engine. Each benchmark also runs alone: `npx tsx bench/search-latency.ts` (or import-speed, target-ranking, server-memory).',
    '',
  ];
  fs.writeFileSync(markdownFile, md.join('\n'));
}
