/**
 * Scale: the pages of an organisation as it grows, through HTTP in-process (session, middleware,
 * JSON), on the benchmark's database (the library loaded too). The organisation is grown in
 * place (bench/lib/org-seed.ts) to 1×, 10× and 100× of a base size of ½ campaign, 50 contacts
 * and 500 interactions: 100× is the target, 50 campaigns, 5,000 contacts, 50,000
 * interactions. At each size, interleaved request by request over the campaigns: the dashboard,
 * a campaign page (GET /api/campaigns/:id: header, timeline, stages), its outreach board and its
 * follow-ups list. Goal at the target size: dashboard and campaign page p95 under 50 ms.
 * The calendar downloads are measured apart, with fewer requests (each builds every event of a
 * plan): a campaign's plan.ics, and the member's calendar feed (every campaign of the organisation).
 *
 *   BENCH_SCALE_FACTORS=1,10,100 (default)  BENCH_SCALE_REQUESTS=100 (per page and size)
 *   npx tsx bench/scale.ts                  # UPR_SHARED_DATA=…, DATABASE_URL=… as for npm run bench
 */
import { resolveActor } from '../src/server/app/me.js';
import { isMain, latencyFigures, median, round, type Figures } from './lib/figures.js';
import type { HttpSession } from './lib/http-session.js';
import { runStandalone, type BenchInstance } from './lib/instance.js';
import { emptyOrg, growTo, sizeAt, type SeededOrg } from './lib/org-seed.js';
import { inProcessSession } from './search-latency.js';

export const SCALE_TARGET_MS = 50;
/** The factor at which the organisation has the target size. */
export const TARGET_FACTOR = 100;
const WARMUP = 10;

export const scaleFactors = () =>
  (process.env.BENCH_SCALE_FACTORS ?? '1,10,100')
    .split(',')
    .map(Number)
    .filter((f) => f > 0)
    .sort((a, b) => a - b);
const requestsPerPage = () => Math.max(10, Number(process.env.BENCH_SCALE_REQUESTS ?? 100));

const PAGES = {
  dashboard: () => '/api/dashboard',
  campaign: (id: string) => `/api/campaigns/${id}`,
  outreach: (id: string) => `/api/campaigns/${id}/outreach`,
  followUps: (id: string) => `/api/campaigns/${id}/follow-ups`, // the open ones, as the board asks
} as const;
type Page = keyof typeof PAGES;
const TARGETED: ReadonlySet<Page> = new Set(['dashboard', 'campaign']);
/** Requests per size for the calendar downloads (BENCH_SCALE_CALENDAR_REQUESTS). */
const calendarRequests = () => Math.max(2, Number(process.env.BENCH_SCALE_CALENDAR_REQUESTS ?? 10));

async function measureCalendars(
  session: HttpSession,
  org: SeededOrg,
  feedPath: string,
  n: number,
): Promise<{ planIcs: number[]; calendarFeed: number[] }> {
  const times = { planIcs: [] as number[], calendarFeed: [] as number[] };
  for (let i = 0; i < n + 1; i++) {
    const campaign = org.campaigns[(i * 7) % org.campaigns.length]!;
    let started = performance.now();
    await session.request('GET', `/api/campaigns/${campaign.id}/plan.ics`);
    if (i > 0) times.planIcs.push(performance.now() - started);
    started = performance.now();
    await session.request('GET', feedPath);
    if (i > 0) times.calendarFeed.push(performance.now() - started);
  }
  return times;
}

async function measurePages(session: HttpSession, org: SeededOrg, n: number): Promise<Record<Page, number[]>> {
  const times: Record<Page, number[]> = { dashboard: [], campaign: [], outreach: [], followUps: [] };
  const pages = Object.keys(PAGES) as Page[];
  for (let i = 0; i < WARMUP + n; i++) {
    const campaign = org.campaigns[(i * 7) % org.campaigns.length]!;
    for (let k = 0; k < pages.length; k++) {
      const page = pages[(i + k) % pages.length]!;
      const started = performance.now();
      await session.request('GET', PAGES[page](campaign.id));
      if (i >= WARMUP) times[page].push(performance.now() - started);
    }
  }
  return times;
}

export interface ScaleMeasurement {
  figures: Figures;
  /** The organisation at its largest size (the load benchmark reuses it). */
  org: SeededOrg;
  session: HttpSession;
}

export async function measureScale(instance: BenchInstance): Promise<ScaleMeasurement> {
  const { deps } = instance.server;
  const engine = instance.engine;
  const session = await inProcessSession(instance);
  const me = await session.getJson<{ user: { id: string } }>('/api/me');
  const org = emptyOrg(await resolveActor(deps, me.user.id));
  const figures: Figures = {};
  const feed = JSON.parse((await session.request('POST', '/api/calendar-feed', {})).text) as { url: string };
  const feedPath = new URL(feed.url).pathname;
  const medians = new Map<number, Record<Page, number>>();
  const factors = scaleFactors();
  for (const factor of factors) {
    const seeded = performance.now();
    await growTo(deps, org, sizeAt(factor));
    const s = org.size;
    const what = `${s.campaigns} campaign${s.campaigns === 1 ? '' : 's'}, ${s.contacts.toLocaleString('en-GB')} contacts, ${s.interactions.toLocaleString('en-GB')} interactions`;
    figures[`${engine}.scale.x${factor}.seed`] = {
      value: round((performance.now() - seeded) / 1000, 2),
      unit: 's',
      engine,
      note: `growing the organisation to ${factor}× (${what})`,
    };
    const times = await measurePages(session, org, requestsPerPage());
    for (const page of Object.keys(times) as Page[]) {
      const target = factor >= TARGET_FACTOR && TARGETED.has(page) ? SCALE_TARGET_MS : undefined;
      const all = latencyFigures(
        `${engine}.scale.x${factor}.${page}`,
        engine,
        times[page],
        `HTTP in-process GET ${PAGES[page](':id')} at ${factor}× (${what})`,
        target,
      );
      delete all[`${engine}.scale.x${factor}.${page}.max`];
      Object.assign(figures, all);
    }
    const calendars = await measureCalendars(session, org, feedPath, calendarRequests());
    figures[`${engine}.scale.x${factor}.planIcs.p50`] = {
      value: round(median(calendars.planIcs)),
      unit: 'ms',
      engine,
      note: `HTTP in-process GET /api/campaigns/:id/plan.ics (one campaign's plan as iCalendar) at ${factor}×: median of ${calendars.planIcs.length}`,
    };
    figures[`${engine}.scale.x${factor}.calendarFeed.p50`] = {
      value: round(median(calendars.calendarFeed)),
      unit: 'ms',
      engine,
      note: `GET /feeds/:token.ics (the member's feed: every campaign's plan) at ${factor}× (${s.campaigns} campaigns): median of ${calendars.calendarFeed.length}`,
    };
    medians.set(factor, Object.fromEntries(Object.entries(times).map(([page, t]) => [page, median(t)])) as Record<Page, number>);
  }
  const [first, last] = [factors[0]!, factors[factors.length - 1]!];
  if (factors.length > 1) {
    for (const page of Object.keys(PAGES) as Page[]) {
      figures[`${engine}.scale.${page}.growth`] = {
        value: round(medians.get(last)![page] / medians.get(first)![page], 2),
        unit: '×',
        engine,
        note: `median at ${last}× ÷ median at ${first}× (data ${last / first}× larger; 1 = flat, ${last / first} = linear)`,
      };
    }
  }
  return { figures, org, session };
}

/** The organisation at the largest size, without measuring (for HTTP under load when the scale part is not run). */
export async function seedForLoad(instance: BenchInstance): Promise<SeededOrg> {
  const { deps } = instance.server;
  const session = await inProcessSession(instance);
  const me = await session.getJson<{ user: { id: string } }>('/api/me');
  const org = emptyOrg(await resolveActor(deps, me.user.id));
  await growTo(deps, org, sizeAt(scaleFactors().at(-1) ?? TARGET_FACTOR));
  return org;
}

if (isMain(import.meta.url)) await runStandalone('scale', async (instance) => (await measureScale(instance)).figures);
