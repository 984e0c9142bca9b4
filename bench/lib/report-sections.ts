/**
 * The parts of BENCHMARKS.md computed from the figures: the benchmark groups of the tables, the
 * scale curve as a table, and the interpretation lines (each names its figures, so none goes stale).
 */
import { passes, type EngineName, type Figure, type Figures } from './figures.js';

export const ENGINE_NAMES: Record<EngineName, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

export const fmt = (value: number, unit: string) => `${value.toLocaleString('en-GB')} ${unit}`;

/** Groups of figures by the first part of their name after the engine, in the order of the run. */
export const GROUPS: { key: string; title: string }[] = [
  { key: 'import', title: 'Import' },
  { key: 'search', title: 'Search (engine floor → adapter → use case → HTTP)' },
  { key: 'ranking', title: 'Target ranking' },
  { key: 'rankingWithEvidence', title: 'Target ranking with evidence' },
  { key: 'scale', title: 'Scale (HTTP in-process, organisation grown in place)' },
  { key: 'load', title: 'HTTP under load (real server on loopback: open loop at a fixed rate, autocannon at full speed)' },
  { key: 'server', title: 'Server process memory' },
  { key: 'startUp', title: 'Start-up (npm start = build + serve)' },
  { key: 'web', title: 'Web app in Chromium' },
];

export function groupOf(name: string, engine: EngineName | undefined): string {
  const rest = engine ? name.slice(engine.length + 1) : name;
  return rest.split('.')[0]!;
}

/** Rows factor → page latencies (p50 / p95) of the scale benchmark, as a markdown table. */
export function scaleCurve(figures: Figures, engine: EngineName): string[] {
  const factors = [
    ...new Set(
      Object.keys(figures)
        .map((n) => new RegExp(`^${engine}\\.scale\\.x(\\d+)\\.`).exec(n)?.[1])
        .filter((x): x is string => !!x),
    ),
  ]
    .map(Number)
    .sort((a, b) => a - b);
  if (factors.length === 0) return [];
  const pages = ['dashboard', 'campaign', 'outreach', 'followUps'];
  const cell = (f: number, page: string) => {
    const p50 = figures[`${engine}.scale.x${f}.${page}.p50`]?.value;
    const p95 = figures[`${engine}.scale.x${f}.${page}.p95`]?.value;
    return p50 === undefined ? '' : `${p50} / ${p95} ms`;
  };
  const other = (f: number, page: string) => {
    const v = figures[`${engine}.scale.x${f}.${page}.p50`]?.value;
    return v === undefined ? '' : `${v} ms`;
  };
  return [
    `Scale curve on ${ENGINE_NAMES[engine]} (p50 / p95 through HTTP in-process; calendar downloads: p50):`,
    '',
    `| Size | ${pages.join(' | ')} | plan.ics | calendar feed |`,
    `| --- |${pages.map(() => ' ---: |').join('')} ---: | ---: |`,
    ...factors.map((f) => {
      const seed = figures[`${engine}.scale.x${f}.seed`]?.note ?? '';
      const size = /\(([^)]+)\)/.exec(seed)?.[1] ?? '';
      return `| ${f}× (${size}) | ${pages.map((p) => cell(f, p)).join(' | ')} | ${other(f, 'planIcs')} | ${other(f, 'calendarFeed')} |`;
    }),
    '',
  ];
}

export function interpretation(figures: Figures, engines: EngineName[]): string[] {
  const v = (name: string): number | undefined => figures[name]?.value;
  const each = (describe: (e: EngineName) => string | null) =>
    engines
      .map((e) => describe(e))
      .filter((s): s is string => s !== null)
      .join('; ');
  const over = Object.entries(figures).filter(([, x]) => passes(x) === false);
  const lines: string[] = [];
  lines.push(
    over.length === 0
      ? 'Every figure with a target is within it.'
      : `Over target: ${over.map(([name, x]: [string, Figure]) => `${name} ${fmt(x.value, x.unit)} (target ${fmt(x.target!, x.unit)})`).join(', ')}.`,
  );
  const line = (title: string, text: string) => {
    if (text) lines.push(`${title}: ${text}.`);
  };
  line(
    'Import (best run)',
    each((e) => {
      const [read, write, finish] = [v(`${e}.import.readPhase`), v(`${e}.import.writePhase`), v(`${e}.import.finishPhase`)];
      if (read === undefined || write === undefined || finish === undefined) return null;
      const phases = { 'reading + parsing': read, 'writing rows': write, 'commit + statistics': finish };
      const [top] = Object.entries(phases).sort((a, b) => b[1] - a[1]);
      return `${ENGINE_NAMES[e]} ${v(`${e}.import.time`)} s = read ${read} s + write ${write} s + finish ${finish} s, dominated by ${top![0]}`;
    }),
  );
  line(
    'Search p95',
    each((e) => {
      const [g, a, u, h] = [
        v(`${e}.search.engine.p95`),
        v(`${e}.search.adapter.p95`),
        v(`${e}.search.useCase.p95`),
        v(`${e}.search.http.p95`),
      ];
      if (g === undefined || a === undefined || u === undefined || h === undefined) return null;
      return `${ENGINE_NAMES[e]} engine floor ${g} ms → Kysely ${a} ms → use case ${u} ms → HTTP ${h} ms: HTTP is ${v(`${e}.search.httpOverEngine.p95`)}× the floor (median HTTP overhead ${v(`${e}.search.httpOverhead`)} ms)`;
    }),
  );
  line(
    'Target ranking p95',
    each((e) => {
      const [r, agg, ratio] = [v(`${e}.ranking.p95`), v(`${e}.ranking.plainAggregate.p95`), v(`${e}.ranking.overPlainAggregate.p95`)];
      if (r === undefined || agg === undefined) return null;
      return `${ENGINE_NAMES[e]} ${r} ms, ${ratio}× one plain GROUP BY over the same rows (${agg} ms); with the evidence of the top 25 ${v(`${e}.rankingWithEvidence.p95`)} ms`;
    }),
  );
  line(
    'Scale, median at the largest size ÷ at the smallest',
    each((e) => {
      const pages = ['dashboard', 'campaign', 'outreach', 'followUps']
        .map((p) => [p, v(`${e}.scale.${p}.growth`)] as const)
        .filter(([, g]) => g !== undefined);
      return pages.length === 0
        ? null
        : `${ENGINE_NAMES[e]} ${pages.map(([p, g]) => `${p} ${g}×`).join(', ')} (1 = flat; as large as the growth of the data = linear)`;
    }),
  );
  line(
    'Under load',
    each((e) => {
      const [t, p99, full, ratio] = [
        v(`${e}.load.fixedRate.throughput`),
        v(`${e}.load.fixedRate.p99`),
        v(`${e}.load.fullSpeed.throughput`),
        v(`${e}.load.campaignOverHealth`),
      ];
      if (t === undefined) return null;
      return `${ENGINE_NAMES[e]} ${t} req/s held at p99 ${p99} ms with ${v(`${e}.load.fixedRate.errors`)} errors; ${full} req/s at full speed; a campaign page gives ${ratio}× the throughput of /api/health`;
    }),
  );
  const memory = each((e) => {
    const rss = v(`${e}.server.rss`);
    return rss === undefined
      ? null
      : `${ENGINE_NAMES[e]} ${rss} MiB (peak ${v(`${e}.server.rssPeak`)} MiB, ${v(`${e}.server.rssStarted`)} MiB just started)`;
  });
  if (memory)
    lines.push(
      `Server process RSS with the library loaded and searched: ${memory}; on PostgreSQL the data itself lives in the database server.`,
    );
  if (v('startUp.serveCold') !== undefined) {
    lines.push(
      `Start-up: npm start = build ${v('startUp.buildWeb') ?? '(not built)'} s + serve ${v('startUp.serveCold')} ms cold on an empty folder (${v('startUp.serveOverBare')}× a bare server's ${v('startUp.bareServer')} ms; ${v('startUp.rssEmpty')} MiB).`,
    );
  }
  if (v('web.initialJs.gzip') !== undefined) {
    const campaign = v('web.campaignPage.firstUsable');
    lines.push(
      `Web: ${v('web.initialJs.gzip')} KB gzip of initial JavaScript (of ${v('web.allJs.gzip')} KB in all)${campaign === undefined ? '' : `; a campaign link opens usable in ${campaign} ms cold (${v('web.campaignOverLogin')}× the sign-in page)`}; ${v('web.foreignOrigins') ?? '?'} other origins contacted.`,
    );
  }
  return lines;
}
