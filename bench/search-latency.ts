/**
 * Latency of the recommendation search on the full UPR Info file: 200 searches "text + two
 * facet filters" (all nine facets counted, pages 1–3, a third by relevance), after 20 warm-up
 * ones, measured at four depths of the same server (interleaved query by query):
 *   engine   — the physical floor: the one search statement that computes the same answer (total,
 *              nine facets, page) inside the database, compiled once and run bare in the engine
 *              (better-sqlite3 statement prepared beforehand / a raw pg client), see lib/engine-floor.ts;
 *   adapter  — the search as it runs (src/server/search): the database gives the full-text matches
 *              and the page, filters and facets are counted from the in-memory facet index;
 *   use case — searchRecommendations(deps, actor, params): parameter validation + the adapter;
 *   http     — GET /api/recommendations through the Hono app in-process (session, middleware, JSON).
 * Goal (issue 7): HTTP p95 ≤ 30 ms and ≤ 2 × the engine's p95.
 *
 *   npx tsx bench/search-latency.ts     # UPR_SHARED_DATA=…, DATABASE_URL=… as for npm run bench
 */
import { resolveActor } from '../src/server/app/me.js';
import { searchRecommendations, stateGroups, toSearchQuery } from '../src/server/app/search-recommendations.js';
import { visibleNamespaces } from '../src/server/db/repos/recommendations-repo.js';
import { compileSearch, searchRecommendations as searchAdapter } from '../src/server/search/recommendation-search.js';
import { openEngineFloor } from './lib/engine-floor.js';
import { isMain, latencyFigures, median, percentile, round, type Figures } from './lib/figures.js';
import { HttpSession, toQueryString } from './lib/http-session.js';
import { BENCH_SETUP_CODE, runStandalone, type BenchInstance } from './lib/instance.js';

export const SEARCH_TARGET_MS = 30;
/** HTTP p95 ÷ engine p95: what the whole server may add on top of the database's own work. */
export const SEARCH_OVER_ENGINE_TARGET = 2;
const WARMUP = 20;
/** BENCH_SEARCH_QUERIES shortens a smoke run (the figures of record use 200). */
const MEASURED = Math.max(10, Number(process.env.BENCH_SEARCH_QUERIES ?? 200));

const TEXTS = ['torture', 'ratify', 'women', 'children', '"death penalty"', 'education', 'freedom of expression', 'journalists', 'trafficking',
  'disabilities', 'migrant*', '"domestic violence"', 'human rights defenders', 'ratification optional protocol', 'discrim*', 'indigenous',
  'health', 'poverty', 'national human rights institution', 'child labour', 'moratorium', 'elections', 'prison conditions', 'corruption'];
const FILTERS: Record<string, string[]>[] = [
  { cycle: ['2'], response: ['supported'] },
  { rsGroup: ['WEOG'], issue: ["Women's rights"] },
  { surGroup: ['African'], actionCategory: ['4', '5'] },
  { rs: ['FRA'], cycle: ['1'] },
  { sur: ['CHN', 'IND'], response: ['noted'] },
  { session: ['17', '18'], issue: ['International instruments'] },
];

/** 220 searches as URL parameters: 24 texts × 6 filter pairs, pages 1–3, a third by relevance. */
export function representativeSearches(): Record<string, string[]>[] {
  return Array.from({ length: WARMUP + MEASURED }, (_, i) => ({
    q: [TEXTS[i % TEXTS.length]!],
    ...FILTERS[Math.floor(i / TEXTS.length) % FILTERS.length],
    sort: [i % 3 === 0 ? 'relevance' : 'session-desc'],
    page: [String(1 + (i % 3))],
    pageSize: ['20'],
  }));
}

/** A signed-in session on the in-process app (setting the instance up on first use). */
export async function inProcessSession(instance: BenchInstance): Promise<HttpSession> {
  // The socket's address, as node-server gives it (without one, reading it throws and is caught: slow).
  const env = { incoming: { socket: { remoteAddress: '127.0.0.1' } } };
  const session = new HttpSession((url, init) => Promise.resolve(instance.server.app.request(url, init, env)), 'http://localhost:8080', true);
  await session.signInOrSetUp(BENCH_SETUP_CODE);
  return session;
}

export async function measureSearch(instance: BenchInstance): Promise<Figures> {
  const { deps } = instance.server;
  const engine = instance.engine;
  const session = await inProcessSession(instance);
  const me = await session.getJson<{ user: { id: string } }>('/api/me');
  const actor = await resolveActor(deps, me.user.id);
  const searches = representativeSearches();
  const groups = stateGroups(deps);
  const parsed = searches.map((params) => toSearchQuery(deps, params, visibleNamespaces(actor.orgId)));
  const compiled = parsed.map((query) => compileSearch(deps.db, deps.engine, query, groups));
  const floor = await openEngineFloor(instance, compiled);
  // The floor runs what the adapter runs: the same rows come back.
  const viaKysely = (await deps.db.executeQuery(compiled[0]!)).rows.length;
  if ((await floor.run(0)) !== viaKysely) throw new Error('the engine floor does not return the rows the adapter reads');

  // The four depths run interleaved, query by query, in a rotating order: a burst of other work
  // on the machine, or the cache warmed by the previous depth, then falls on all four alike.
  let matches = 0;
  const depths: (() => Promise<unknown>)[][] = searches.map((params, i) => [
    () => floor.run(i),
    async () => {
      const result = await searchAdapter(deps.db, deps.engine, parsed[i]!, groups);
      if (i >= WARMUP) matches += result.total;
    },
    () => searchRecommendations(deps, actor, params),
    () => session.request('GET', `/api/recommendations?${toQueryString(params)}`),
  ]);
  const engineTimes: number[] = [];
  const adapter: number[] = [];
  const useCase: number[] = [];
  const http: number[] = [];
  const times = [engineTimes, adapter, useCase, http];
  try {
    for (let i = 0; i < searches.length; i++) {
      for (let k = 0; k < times.length; k++) {
        const depth = (i + k) % times.length;
        const started = performance.now();
        await depths[i]![depth]!();
        if (i >= WARMUP) times[depth]!.push(performance.now() - started);
      }
    }
  } finally {
    await floor.close();
  }

  // Which filter pair costs most (the adapter's median per pair: the engine's share).
  const byFilters: Figures = {};
  FILTERS.forEach((filter, k) => {
    const name = Object.keys(filter).join('+');
    const mine = adapter.filter((_, j) => Math.floor((j + WARMUP) / TEXTS.length) % FILTERS.length === k);
    if (mine.length === 0) return; // a shortened run (BENCH_SEARCH_QUERIES) does not reach every pair
    byFilters[`${engine}.search.byFilters.${name}.p50`] = { value: round(median(mine)), unit: 'ms', engine, note: `adapter median of the ${mine.length} searches filtered by ${name}` };
  });
  const what = (depth: string) => `${depth}, text + 2 facet filters, 9 facets counted`;
  const overhead = median(http.map((t, i) => t - useCase[i]!));
  const ratio = (a: number[], b: number[]) => round(percentile(a, 95) / percentile(b, 95), 2);
  return {
    ...latencyFigures(`${engine}.search.engine`, engine, engineTimes, what('engine floor (same SQL, bare)')),
    ...latencyFigures(`${engine}.search.adapter`, engine, adapter, what('adapter (matches and page in SQL, facets in memory)')),
    ...latencyFigures(`${engine}.search.useCase`, engine, useCase, what('use case, server-side'), SEARCH_TARGET_MS),
    ...latencyFigures(`${engine}.search.http`, engine, http, what('HTTP in-process, signed in'), SEARCH_TARGET_MS),
    [`${engine}.search.httpOverhead`]: { value: round(overhead), unit: 'ms', engine, note: 'median over the queries of HTTP minus use case (session, middleware, JSON)' },
    [`${engine}.search.httpOverEngine.p95`]: {
      value: ratio(http, engineTimes), unit: '×', engine, target: SEARCH_OVER_ENGINE_TARGET, note: 'HTTP p95 ÷ engine-floor p95 (everything the server adds)',
    },
    [`${engine}.search.adapterOverEngine.p95`]: { value: ratio(adapter, engineTimes), unit: '×', engine, note: 'adapter p95 ÷ engine-floor p95 (below 1: the in-memory facets beat the statement)' },
    [`${engine}.search.httpOverAdapter.p95`]: { value: ratio(http, adapter), unit: '×', engine, note: 'HTTP p95 ÷ adapter p95 (the cost above the SQL)' },
    ...byFilters,
    [`${engine}.search.matches`]: { value: Math.round(matches / MEASURED), unit: 'rows', engine, note: 'mean matching recommendations per search' },
  };
}

if (isMain(import.meta.url)) await runStandalone('search-latency', measureSearch);
