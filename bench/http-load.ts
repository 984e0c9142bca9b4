/**
 * HTTP under load against a real server process on loopback serving the
 * benchmark's database (the library and the organisation grown by bench/scale.ts): 50 members,
 * each signed in (50 sessions), 50 connections. Each pass of a connection over the mix is one
 * user's visit (its session cookie chosen at the pass's first request), 20 requests:
 *   dashboard ×3, campaign page ×4 (GET /api/campaigns/:id: header, timeline, plan and stages),
 *   stage page ×2 (the plan's stage view: the campaign, counted above, and GET /api/members for
 *   the assignees), search ×3, open follow-ups list ×3 (as the board asks; the done ones are read
 *   only on request), outreach board ×2, campaign list ×1, and
 *   2 writes (10%): tick or untick a task, log an interaction (document sent or e-mail, each
 *   changing the follow-ups; each write with its audit entry).
 *   (The plan as an .ics download is measured by bench/scale.ts: an export, not a page.)
 * Phases: a warm-up (autocannon, full speed, a quarter of the run); the mix arriving at 200 req/s for
 * BENCH_LOAD_SECONDS (60), open loop in a process of its own (lib/open-loop.ts, open-loop-child.ts:
 * Poisson arrivals; why not autocannon's overallRate is said there): p50/p99 and errors, goal p99 < 100 ms with no error; with
 * autocannon, the mix at full speed for half that: the throughput; and for a quarter each, at
 * full speed, a campaign
 * page alone and GET /api/health alone (the "hello" route: a public JSON answer through the
 * same security middleware, no session, no database), for the ratio of their throughputs.
 * The load generator runs on the same machine (2 cores): it takes CPU from the server.
 */
import autocannon, { type AutocannonRequest, type AutocannonResult } from 'autocannon';
import { round, type Figures } from './lib/figures.js';
import { toQueryString } from './lib/http-session.js';
import type { BenchInstance } from './lib/instance.js';
import { addLoadUsers, signInLoadUsers } from './lib/load-users.js';
import type { LoadRequest } from './lib/open-loop.js';
import { openLoopInChild } from './lib/open-loop-child.js';
import type { SeededOrg } from './lib/org-seed.js';
import { serverCommand, startServer } from './lib/server-process.js';
import { fromAutocannon, fromOpenLoop, phaseFigures, withServerCpu, type Phase } from './lib/load-phase.js';
import { representativeSearches } from './search-latency.js';

export const LOAD_USERS = 50;
export const LOAD_RATE = 200;
export const LOAD_P99_TARGET_MS = 100;
export const loadSeconds = () => Math.max(2, Number(process.env.BENCH_LOAD_SECONDS ?? 60));

export type Kind = 'dashboard' | 'campaign' | 'stagePage' | 'search' | 'followUps' | 'outreach' | 'campaigns' | 'tick' | 'interaction';
export const MIX: Kind[] = [
  'dashboard',
  'campaign',
  'search',
  'followUps',
  'campaign',
  'stagePage',
  'outreach',
  'tick',
  'dashboard',
  'search',
  'campaign',
  'followUps',
  'campaigns',
  'campaign',
  'stagePage',
  'search',
  'interaction',
  'dashboard',
  'followUps',
  'outreach',
];

/** Builds request number `n` (which picks its campaign and search in turn) of a given kind for a user. */
function requestBuilder(org: SeededOrg, origin: string, today: string) {
  const searches = representativeSearches().map((params) => `/api/recommendations?${toQueryString(params)}`);
  // Each kind's own count, for writes that alternate (tick and untick; document sent and
  // e-mail): the request number alone has the same parity at a given place of every pass.
  const turns = new Map<Kind, number>();
  return (kind: Kind, n: number, cookie: string): LoadRequest => {
    const turn = turns.get(kind) ?? 0;
    turns.set(kind, turn + 1);
    const pick = <T>(list: readonly T[]) => list[(n * 7919) % list.length]!;
    const campaign = pick(org.campaigns);
    const c = `/api/campaigns/${campaign.id}`;
    const headers = { cookie, origin };
    const get = (path: string): LoadRequest => ({ method: 'GET', path, headers });
    const send = (method: string, path: string, body: unknown): LoadRequest => ({
      method,
      path,
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    switch (kind) {
      case 'dashboard':
        return get('/api/dashboard');
      case 'campaign':
        return get(c);
      case 'stagePage':
        return get('/api/members');
      case 'search':
        return get(pick(searches));
      case 'followUps':
        return get(`${c}/follow-ups`);
      case 'outreach':
        return get(`${c}/outreach`);
      case 'campaigns':
        return get('/api/campaigns');
      case 'tick': {
        const task = pick(campaign.openTasks);
        return send('PATCH', `${c}/tasks/${task.stageKey}/${task.taskKey}`, { done: turn % 2 === 0 });
      }
      case 'interaction': {
        const channel = pick(campaign.channels);
        // Sending the document plans a follow-up call; the e-mail after it completes it: both
        // change the organisation's follow-ups, as the outreach of a real week does.
        return send('POST', `${c}/outreach/${channel.iso3}/${channel.kind}/interactions`, {
          kind: turn % 2 === 0 ? 'document-sent' : 'email',
          date: today,
          note: 'Sent the advocacy document again',
        });
      }
    }
  };
}

/** The mix as autocannon requests: each connection's pass over them is one user's visit. */
function mixRequests(org: SeededOrg, cookies: string[], origin: string, today: string, kinds: Kind[]): AutocannonRequest[] {
  const build = requestBuilder(org, origin, today);
  let n = 0;
  let visits = 0;
  return kinds.map((kind) => ({
    setupRequest: (request, context) => {
      // The first request of a pass chooses the user whose visit the pass is.
      context.cookie ??= cookies[visits++ % cookies.length];
      return { ...request, ...build(kind, n++, String(context.cookie)) };
    },
  }));
}

/** The mix in order for an open loop: pass after pass, each pass one user's visit. */
export function mixSequence(org: SeededOrg, cookies: string[], origin: string, today: string, kinds: Kind[]): () => LoadRequest {
  const build = requestBuilder(org, origin, today);
  let n = 0;
  return () => {
    const pass = Math.floor(n / kinds.length);
    const request = build(kinds[n % kinds.length]!, n, cookies[pass % cookies.length]!);
    n++;
    return request;
  };
}

async function run(origin: string, seconds: number, requests: AutocannonRequest[], rate?: number): Promise<AutocannonResult> {
  return autocannon({
    url: origin,
    connections: LOAD_USERS,
    duration: seconds,
    timeout: 10,
    requests,
    ...(rate ? { overallRate: rate } : {}),
  });
}

export async function measureLoad(instance: BenchInstance, org: SeededOrg): Promise<Figures> {
  const engine = instance.engine;
  const { deps } = instance.server;
  await addLoadUsers(deps, org.actor.orgId, LOAD_USERS);
  const { args, env } = serverCommand(instance);
  const server = await startServer(args, env);
  try {
    const cookies = await signInLoadUsers(server.origin, LOAD_USERS);
    const today = deps.clock.today();
    const mix = () => mixRequests(org, cookies, server.origin, today, MIX);
    const seconds = loadSeconds();
    // Warm-up (JIT, caches, the database's connections), not recorded: 15 s for a 60-s run. A fresh
    // server on PostgreSQL spent ~5.5 ms of CPU a request in its first ~20 s of load against ~2.9
    // once warm (bench/findings.md); after a 5-s warm-up the fixed-rate phase began cold and queued.
    await run(server.origin, Math.min(15, Math.max(1, Math.round(seconds / 4))), mix());
    const measured = (phase: () => Promise<Phase>) => withServerCpu(server.pid, phase);
    const fixed = await measured(async () =>
      fromOpenLoop(
        await openLoopInChild({
          origin: server.origin,
          rate: LOAD_RATE,
          seconds,
          connections: LOAD_USERS,
          org,
          cookies,
          today,
          kinds: MIX,
        }),
      ),
    );
    const full = await measured(async () => fromAutocannon(await run(server.origin, Math.max(1, Math.round(seconds / 2)), mix())));
    const campaignOnly = mixRequests(org, cookies, server.origin, today, ['campaign']);
    const campaign = await measured(async () =>
      fromAutocannon(await run(server.origin, Math.max(1, Math.round(seconds / 4)), campaignOnly)),
    );
    const health = await measured(async () =>
      fromAutocannon(await run(server.origin, Math.max(1, Math.round(seconds / 4)), [{ method: 'GET', path: '/api/health' }])),
    );
    const users = `${LOAD_USERS} users (sessions) on ${LOAD_USERS} connections`;
    return {
      [`${engine}.load.fixedRate.belowRate`]: {
        value: Math.max(0, round(LOAD_RATE - fixed.throughput, 0)),
        unit: 'req/s',
        engine,
        target: LOAD_RATE / 20,
        note: `how far the fixed-rate phase fell short of ${LOAD_RATE} req/s (a server that cannot keep up shows here)`,
      },
      ...phaseFigures(engine, 'fixedRate', fixed, `mix arriving at ${LOAD_RATE} req/s (Poisson, open loop), ${users}`, {
        p99: LOAD_P99_TARGET_MS,
        errors: true,
      }),
      ...phaseFigures(engine, 'fullSpeed', full, `mix at full speed, ${users}`, { errors: true }),
      ...phaseFigures(engine, 'campaignPage', campaign, `GET /api/campaigns/:id alone at full speed, ${users}`),
      ...phaseFigures(
        engine,
        'health',
        health,
        `GET /api/health alone at full speed (public, no session, no database), ${LOAD_USERS} connections`,
      ),
      [`${engine}.load.campaignOverHealth`]: {
        value: round(campaign.throughput / health.throughput, 3),
        unit: '×',
        engine,
        note: "campaign-page throughput ÷ /api/health throughput (the framework's bare route) on the same server",
      },
    };
  } finally {
    await server.stop();
  }
}
