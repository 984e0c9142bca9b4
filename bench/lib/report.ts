/**
 * Writes what a benchmark run measured: bench/results.json (figure name → value, unit, target,
 * engine, note; with the machine, date and load average) and BENCHMARKS.md (per engine a table
 * per benchmark, the scale curve, the figures that do not depend on the engine, and a few lines
 * of interpretation computed from the figures, so they never go stale).
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMain, passes, type EngineName, type Figures, type Machine } from './figures.js';
import { ENGINE_NAMES, fmt, GROUPS, groupOf, interpretation, scaleCurve } from './report-sections.js';

export interface Results {
  machine: Machine;
  date: string;
  data: { file: string; rows: number; recommendations: number };
  /** The 1-minute load average when the run began and ended (other work on the machine skews every figure). */
  loadAverage: { start: number; end: number };
  /** Engines or benchmarks not measured in this run, and why. */
  skipped: string[];
  /** The env knobs that shortened this run (a smoke run's figures are not the figures of record). */
  shortened?: string[];
  figures: Figures;
}

function table(figures: [string, Figures[string]][], engine: EngineName | undefined): string[] {
  const lines = ['| Figure | Value | Target | Result | What |', '| --- | ---: | ---: | --- | --- |'];
  for (const [name, f] of figures) {
    const verdict = passes(f);
    const target = f.target === undefined ? '' : `≤ ${fmt(f.target, f.unit)}`;
    const result = verdict === null ? '' : verdict ? 'pass' : '**over**';
    lines.push(`| ${engine ? name.slice(engine.length + 1) : name} | ${fmt(f.value, f.unit)} | ${target} | ${result} | ${f.note ?? ''} |`);
  }
  return lines;
}

/** One `###` table per benchmark group of `engine` (undefined: the figures that have no engine). */
function sections(figures: Figures, engine: EngineName | undefined): string[] {
  const mine = Object.entries(figures).filter(([, f]) => f.engine === engine);
  const known = new Set(GROUPS.map((g) => g.key));
  const groups = [...GROUPS, { key: '', title: 'Other' }];
  return groups.flatMap(({ key, title }) => {
    const rows = mine.filter(([name]) => (key ? groupOf(name, engine) === key : !known.has(groupOf(name, engine))));
    if (rows.length === 0) return [];
    const curve = key === 'scale' && engine ? scaleCurve(figures, engine) : [];
    return [`### ${title}`, '', ...curve, ...table(rows, engine), ''];
  });
}

const FINDINGS = path.join(import.meta.dirname, '..', 'findings.md');

/** The hand-written account of what the numbers showed and what was done (bench/findings.md), when there is one. */
function findings(): string[] {
  return fs.existsSync(FINDINGS) ? [fs.readFileSync(FINDINGS, 'utf8').trimEnd(), ''] : [];
}

export function writeResults(results: Results, jsonFile: string, markdownFile: string): void {
  fs.writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  const engines = (['sqlite', 'postgres'] as const).filter((e) => Object.values(results.figures).some((f) => f.engine === e));
  const general = Object.values(results.figures).some((f) => f.engine === undefined);
  const m = results.machine;
  const busy = Math.max(results.loadAverage.start, results.loadAverage.end) > m.cpus / 2;
  const md = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (bench/run.ts); every figure is also in `bench/results.json`. Not timed tests: the numbers of one run on one machine,',
    'each measured beside a baseline of the same run (engine floor, plain GROUP BY, bare route, bare server, sign-in page) so that the ratios hold on a noisy machine.',
    '',
    `- Date: ${results.date}`,
    `- Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}`,
    `- Data: ${results.data.file} (${results.data.rows.toLocaleString('en-GB')} rows → ${results.data.recommendations.toLocaleString('en-GB')} recommendations)`,
    `- Load average (1 min) at start / end: ${results.loadAverage.start} / ${results.loadAverage.end}${busy ? ' — above half the cores: the benchmark’s own load generator, servers and Chromium count in it, and any other work on the machine would inflate latencies' : ''}`,
    ...(results.shortened?.length ? [`- Shortened run (${results.shortened.join(', ')}): a smoke test, not the figures of record`] : []),
    ...results.skipped.map((s) => `- Skipped: ${s}`),
    '',
    ...engines.flatMap((e) => [`## ${ENGINE_NAMES[e]}`, '', ...sections(results.figures, e)]),
    ...(general ? ['## Web app and start-up (engine-independent, on SQLite)', '', ...sections(results.figures, undefined)] : []),
    '## Interpretation',
    '',
    ...interpretation(results.figures, engines).map((line) => `- ${line}`),
    '',
    ...findings(),
    '## How to run',
    '',
    '`npm run bench` (about 15 minutes on 2 cores with PostgreSQL). `UPR_SHARED_DATA` points at the shared data folder (default `../shared/data`);',
    'PostgreSQL is measured when `DATABASE_URL` is set, in a throwaway schema dropped afterwards. Knobs for a shorter (smoke) run, with their defaults:',
    '`BENCH_ONLY` (all of import,search,ranking,scale,load,memory,startup,web), `BENCH_IMPORT_RUNS` (3), `BENCH_SEARCH_QUERIES` (200), `BENCH_RANKING_STATES` (40),',
    '`BENCH_SCALE_FACTORS` (1,10,100), `BENCH_SCALE_REQUESTS` (100), `BENCH_SCALE_CALENDAR_REQUESTS` (10), `BENCH_LOAD_SECONDS` (60), `BENCH_START_RUNS` (3), `BENCH_WEB_RUNS` (5).',
    'Each benchmark also runs alone: `npx tsx bench/search-latency.ts` (or import-speed, target-ranking, scale, server-memory, start-up).',
    '',
  ];
  fs.writeFileSync(markdownFile, md.join('\n'));
}

// `npx tsx bench/lib/report.ts` writes BENCHMARKS.md again from bench/results.json (after editing bench/findings.md).
if (isMain(import.meta.url)) {
  const root = path.join(import.meta.dirname, '..', '..');
  const json = path.join(root, 'bench', 'results.json');
  writeResults(JSON.parse(fs.readFileSync(json, 'utf8')) as Results, json, path.join(root, 'BENCHMARKS.md'));
  console.log('wrote BENCHMARKS.md from bench/results.json');
}
