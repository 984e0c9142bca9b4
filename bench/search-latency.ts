/**
 * Latency of the recommendation search on the full UPR Info file: 200 searches "text + two
 * facet filters" (all nine facets counted, pages 1–3, a third by relevance), after 20 warm-up
 * ones, measured at three depths of the same server (interleaved query by query):
 *   adapter  — the SQL of src/server/search (query already parsed): the engine's share;
 *   use case — searchRecommendations(deps, actor, params): parameter validation + the adapter;
 *   http     — GET /api/recommendations through the Hono app in-process (session, middleware, JSON).
 *
 *   npx tsx bench/search-latency.ts     # UPR_SHARED_DATA=…, DATABASE_URL=… as for npm run bench
 */
import { resolveActor } from '../src/server/app/me.js';
import { searchRecommendations, stateGroups, toSearchQuery } from '../src/server/app/search-recommendations.js';
import { visibleNamespaces } from '../src/server/db/repos/recommendations-repo.js';
import { searchRecommendations as searchAdapter } from '../src/server/search/recommendation-search.js';
import { isMain, latencyFigures, median, percentile, round, type Figures } from './lib/figures.js';
import { HttpSession, toQueryString } from './lib/http-session.js';
import { BENCH_SETUP_CODE, runStandalone, type BenchInstance } from './lib/instance.js';

export const SEARCH_TARGET_MS = 30;
const WARMUP = 20;
const MEASURED = 200;

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
  const session = new HttpSession((url, init) => Promise.resolve(instance.server.app.request(url, init)), 'http://localhost:8080', true);
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

  // The three depths run interleaved, query by query, in a rotating order: a burst of other work
  // on the machine, or the cache warmed by the previous depth, then falls on all three alike.
  let matches = 0;
  const depths: (() => Promise<unknown>)[][] = searches.map((params, i) => [
    async () => {
      const result = await searchAdapter(deps.db, deps.engine, parsed[i]!, groups);
      if (i >= WARMUP) matches += result.total;
    },
    () => searchRecommendations(deps, actor, params),
    () => session.request('GET', `/api/recommendations?${toQueryString(params)}`),
  ]);
  const adapter: number[] = [];
  const useCase: number[] = [];
  const http: number[] = [];
  const times = [adapter, useCase, http];
  for (let i = 0; i < searches.length; i++) {
    for (let k = 0; k < 3; k++) {
      const depth = (i + k) % 3;
      const started = performance.now();
      await depths[i]![depth]!();
      if (i >= WARMUP) times[depth]!.push(performance.now() - started);
    }
  }

  // Which filter pair costs most (the adapter's median per pair: the engine's share).
  const byFilters: Figures = {};
  FILTERS.forEach((filter, k) => {
    const name = Object.keys(filter).join('+');
    const mine = adapter.filter((_, j) => Math.floor((j + WARMUP) / TEXTS.length) % FILTERS.length === k);
    byFilters[`${engine}.search.byFilters.${name}.p50`] = { value: round(median(mine)), unit: 'ms', engine, note: `adapter median of the ${mine.length} searches filtered by ${name}` };
  });
  const what = (depth: string) => `${depth}, text + 2 facet filters, 9 facets counted`;
  const overhead = median(http.map((t, i) => t - useCase[i]!));
  return {
    ...latencyFigures(`${engine}.search.adapter`, engine, adapter, what('adapter (SQL only)')),
    ...latencyFigures(`${engine}.search.useCase`, engine, useCase, what('use case, server-side'), SEARCH_TARGET_MS),
    ...latencyFigures(`${engine}.search.http`, engine, http, what('HTTP in-process, signed in'), SEARCH_TARGET_MS),
    [`${engine}.search.httpOverhead`]: { value: round(overhead), unit: 'ms', engine, note: 'median over the queries of HTTP minus use case (session, middleware, JSON)' },
    [`${engine}.search.httpOverAdapter.p95`]: {
      value: round(percentile(http, 95) / percentile(adapter, 95), 2), unit: '×', engine, note: 'HTTP p95 ÷ adapter p95 (the cost above the SQL)',
    },
    ...byFilters,
    [`${engine}.search.matches`]: { value: Math.round(matches / MEASURED), unit: 'rows', engine, note: 'mean matching recommendations per search' },
  };
}

if (isMain(import.meta.url)) await runStandalone('search-latency', measureSearch);
