/**
 * Property-based requests (fast-check) against every endpoint that takes a JSON body — near-valid
 * bodies, any JSON, non-JSON — plus the uploads, the query parameters of the searches and lists,
 * and the path parameters of every route: never a 5xx, never a stack trace, always our error
 * shape. And the limits: bodies over 1 MiB (campaign uploads: 20 MiB) get 413, page sizes over
 * the maximum are refused or clamped, never a huge answer.
 *
 * Runs in-process through `app.request()` on one server per engine, seeded once. SQLite gets
 * FUZZ_RUNS (default 1,000) runs per JSON endpoint: this is the CI gate. PostgreSQL, when
 * DATABASE_URL is set, gets FUZZ_RUNS_PG (default 100): the handlers and schemas are the same
 * code, so the many runs add nothing there; the few catch what only PostgreSQL's stricter types
 * refuse (a fractional LIMIT, a bigint out of range), at a tenth of the time.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../../src/server/db/repos/audit-repo.js';
import { IMPORT_PATH, MAX_IMPORT_BYTES } from '../../../src/server/http/recommendation-import-routes.js';
import { MAX_BODY_BYTES, MAX_UPLOAD_BYTES } from '../../../src/server/http/security.js';
import { MAX_SEARCH_PAGE_SIZE } from '../../../src/shared/contracts/recommendations.js';
import { MAX_TARGET_LIMIT } from '../../../src/shared/contracts/targets.js';
import { createTestServer, ENGINES, type TestServer } from '../../db-helpers.js';
import { ORIGIN } from '../../http-client.js';
import { fileBodyText, jsonBodyText, pathSegment, queryValue, type Json } from './fuzz-arbitraries.js';
import { ROUTES, type Call } from './route-classification.js';
import { appRoutes, callsOf, contextOf, cookieOf, expectEveryRouteClassified, send, type Answer, type AppRoute } from './route-table.js';
import { disposableCampaign, SEED_TODAY, seedWorld, type World } from './seed.js';

const RUNS = { sqlite: Number(process.env.FUZZ_RUNS ?? 1000), postgres: Number(process.env.FUZZ_RUNS_PG ?? 100) };
const TIMEOUT = 600_000;
/** better-auth's own endpoints (sign-in is rate-limited to 10 attempts; not our parsing). */
const NOT_FUZZED = new Set(['POST /api/auth/*']);
const entries = Object.entries(ROUTES);
const jsonRoutes = entries.filter(([key, spec]) => spec.body === 'json' && !NOT_FUZZED.has(key)).map(([key]) => key);
const fileRoutes = entries.filter(([, spec]) => spec.body === 'file').map(([key]) => key);
const paramRoutes = entries.filter(([key]) => key.includes('/:')).map(([key]) => key);

/** Query parameters each list or search reads (anything else is sent too, as noise). */
const QUERY_PARAMS: Record<string, string[]> = {
  'GET /api/recommendations': ['q', 'sur', 'rs', 'surGroup', 'rsGroup', 'cycle', 'session', 'response', 'issue', 'actionCategory', 'sort', 'page', 'pageSize'],
  'GET /api/recommendations/export.csv': ['q', 'sur', 'rs', 'cycle', 'response', 'issue', 'sort', 'page', 'pageSize'],
  'GET /api/audit': ['limit'],
  'GET /api/states': ['q'],
  'GET /api/campaigns/:id/target-finder': ['regionalGroup', 'euOnly', 'excludeTargeted', 'limit', 'issue'],
  'GET /api/campaigns/:id/follow-ups': ['includeDone', 'done'],
  'GET /api/campaigns/:id/outcome/tasks': ['includeDone'],
  'GET /api/campaigns/:id/plan.ics': ['lang'],
};

const STACK = /node_modules|\/work\/|\bat .+\.(ts|js):\d+|SqliteError|error: invalid input/;

describe.each(ENGINES)('fuzzing requests (%s)', (engine) => {
  const runs = RUNS[engine];
  let server: TestServer;
  let world: World;
  let routes: AppRoute[];
  const base = new Map<string, Call>();
  const statuses = new Map<number, number>();
  let requests = 0;
  const started = Date.now();

  beforeAll(async () => {
    server = await createTestServer(engine, { today: SEED_TODAY });
    world = await seedWorld(server);
    routes = appRoutes(server.app);
    for (const [key, spec] of entries) base.set(key, (await callsOf(spec, contextOf(world, world.a))).at(-1)!);
  });
  afterAll(async () => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.info(`[fuzz ${engine}] ${requests} requests in ${seconds} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
    await server.dispose();
  });

  const routeOf = (key: string) => routes.find((r) => r.key === key)!;

  /** Never a 5xx; errors in our shape, with no trace of the server's insides. */
  function expectSane(answer: Answer, what: string) {
    requests += 1;
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    // GET / answers 503 in tests: the web app is not built (a path like /feeds/.. resolves to it).
    if (answer.status !== 503 || !answer.text.startsWith('The web app is not built')) {
      expect(answer.status, `${what}: ${answer.text.slice(0, 300)}`).toBeLessThan(500);
    }
    if (answer.status >= 400 && answer.contentType.includes('json')) {
      expect(typeof JSON.parse(answer.text).error?.code, `${what}: ${answer.text.slice(0, 300)}`).toBe('string');
    }
    expect(STACK.test(answer.text), `${what}: ${answer.text.slice(0, 300)}`).toBe(false);
    // The streamed import reports its own failures in the stream: never an internal one.
    expect(answer.text.includes('"code":"internal"'), what).toBe(false);
  }

  it('classifies every route of the app, and each body kind matches its call', async () => {
    expectEveryRouteClassified(server.app);
    for (const [key, spec] of entries) {
      const call = base.get(key)!;
      expect(spec.body, key).toBe(call.json !== undefined ? 'json' : call.raw ? 'file' : undefined);
    }
    expect(jsonRoutes.length).toBeGreaterThanOrEqual(33);
  });

  it.each(jsonRoutes)(`%s: ${runs} JSON bodies, never a 5xx`, async (key) => {
    const route = routeOf(key);
    const call = base.get(key)!;
    await fc.assert(
      fc.asyncProperty(jsonBodyText(call.json as Json), async (text) => {
        expectSane(await send(server, world.a.admin, route.method, route, call, { rawJson: text }), text.slice(0, 200));
      }),
      { numRuns: runs },
    );
  }, TIMEOUT);

  it.each(fileRoutes)(`%s: ${Math.ceil(runs / 5)} uploaded files, never a 5xx`, async (key) => {
    const route = routeOf(key);
    const call = base.get(key)!;
    await fc.assert(
      fc.asyncProperty(fileBodyText(call.raw!.body), fc.constantFrom('text/csv', 'application/octet-stream', 'application/json'), async (text, contentType) => {
        const answer = await send(server, world.a.admin, route.method, route, { ...call, raw: { contentType, body: text } });
        expectSane(answer, text.slice(0, 200));
      }),
      { numRuns: Math.ceil(runs / 5) },
    );
  }, TIMEOUT);

  it.each(Object.keys(QUERY_PARAMS))(`%s: query parameters, never a 5xx`, async (key) => {
    const route = routeOf(key);
    const call = base.get(key)!;
    const names = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...QUERY_PARAMS[key]!) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });
    // The export and the calendar render a whole file per request (~40 ms): a tenth of the runs.
    const numRuns = key.includes('export') || key.endsWith('.ics') ? Math.ceil(runs / 10) : runs;
    await fc.assert(
      fc.asyncProperty(fc.dictionary(names, queryValue, { maxKeys: 5 }), async (query) => {
        const answer = await send(server, world.a.admin, 'GET', route, { ...call, query });
        expectSane(answer, JSON.stringify(query));
      }),
      { numRuns },
    );
  }, TIMEOUT);

  it.each(paramRoutes)(`%s: odd path parameters, never a 5xx`, async (key) => {
    const route = routeOf(key);
    const call = base.get(key)!;
    const names = [...route.path.matchAll(/:([A-Za-z0-9]+)/g)].map((m) => m[1]!);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), pathSegment, async (name, value) => {
        const answer = await send(server, key.startsWith('GET /feeds') ? null : world.a.admin, route.method, route, { ...call, params: { ...call.params, [name]: value } });
        expectSane(answer, `${name}=${value.slice(0, 100)}`);
      }),
      { numRuns: Math.ceil(runs / 10) },
    );
  }, TIMEOUT);

  it('answers a NUL character (U+0000) in a path, a query, a body or a file without a 5xx', async () => {
    const a = world.a.admin;
    const { campaignId } = await disposableCampaign(a, 'NUL');
    const rid = world.a.seed.supportedRecId;
    const answers = {
      path: await a.get('/api/campaigns/%00'),
      query: await a.get('/api/recommendations?issue=a%00b'),
      name: await a.patch(`/api/campaigns/${campaignId}`, { name: 'a\u0000b' }),
      reference: await a.post('/api/drafting/analyze', { text: 'Protect defenders', campaignId: 'a\u0000' }),
      evidence: await a.post(`/api/campaigns/${world.a.seed.campaignId}/monitoring/${rid}/evidence`, { date: '2025-02-01', text: 'a\u0000b' }),
      file: await a.request('POST', `/api/campaigns/${campaignId}/contacts/import?fileName=c.csv&mapping=state:0,channel:1,post:2,name:3`, 'State;Channel;Post;Name\nGermany;embassy;Head;Ha\u0000ns\n', {
        'content-type': 'text/csv',
      }),
    };
    const statuses = Object.fromEntries(Object.entries(answers).map(([k, r]) => [k, r.status]));
    expect(Object.entries(statuses).filter(([, status]) => status >= 500), JSON.stringify(statuses)).toEqual([]);
  });

  it('still serves its organisations after all of it', async () => {
    expect((await world.a.admin.get('/api/health')).status).toBe(200);
    expect((await world.b.admin.get(`/api/campaigns/${world.b.seed.campaignId}`)).status).toBe(200);
    expect((await world.a.viewer.get('/api/campaigns')).status).toBe(200);
  });

  /** Campaign uploads (report files, contact sheets) have their own larger limit (security.ts). */
  const UPLOAD_ROUTES = new Set([
    'POST /api/campaigns/:id/outcome/preview', 'POST /api/campaigns/:id/outcome/responses',
    'POST /api/campaigns/:id/contacts/preview', 'POST /api/campaigns/:id/contacts/import',
  ]);
  const limitOf = (route: AppRoute) => (UPLOAD_ROUTES.has(route.key) ? MAX_UPLOAD_BYTES : MAX_BODY_BYTES);

  it('refuses every body over its limit with 413 (1 MiB, uploads 20 MiB), told or not told its length', async () => {
    const answers: string[] = [];
    const expected: string[] = [];
    for (const route of routes.filter((r) => !['GET', 'ALL'].includes(r.method) && r.path !== IMPORT_PATH)) {
      const call = { ...base.get(route.key)!, json: undefined, raw: undefined };
      const big = JSON.stringify({ text: 'x'.repeat(limitOf(route)) });
      for (const told of [true, false]) {
        const answer = await send(server, world.a.admin, route.method, route, { ...call, raw: { contentType: 'application/json', body: big } }, {
          headers: told ? { 'content-length': String(big.length) } : {},
        });
        answers.push(`${route.key} ${told ? 'with' : 'without'} length: ${answer.status}`);
        expected.push(`${route.key} ${told ? 'with' : 'without'} length: 413`);
        if (answer.status === 413) expect(JSON.parse(answer.text).error.code).toBe('payload-too-large');
      }
    }
    expect(answers).toEqual(expected);
    expect(answers.length).toBeGreaterThan(80);
    // The limit is the limit: one byte under it is read (and refused, or not, for its content).
    for (const key of UPLOAD_ROUTES) {
      const route = routeOf(key);
      const answer = await send(server, world.a.admin, route.method, route, { ...base.get(key)!, json: undefined, raw: { contentType: 'text/csv', body: 'x'.repeat(MAX_BODY_BYTES + 1) } });
      expect(answer.status, key).not.toBe(413);
    }
  });

  /** Streams `limit * 2` bytes without a length; returns the status and how much was pulled. */
  async function stream(path: string, limit: number): Promise<{ status: number; pulled: number }> {
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled > limit * 2) return controller.close();
        pulled += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const response = await server.app.request(`${ORIGIN}${path}`, {
      method: 'POST',
      headers: { origin: ORIGIN, host: 'localhost:8080', cookie: cookieOf(world.a.admin)!, 'content-type': 'text/csv', 'transfer-encoding': 'chunked' },
      body,
      duplex: 'half',
    } as RequestInit);
    return { status: response.status, pulled };
  }

  it(`refuses an import announced over ${MAX_IMPORT_BYTES / 1024 / 1024} MB before reading it, and stops reading a streamed body at the limit`, async () => {
    const announced = await server.app.request(`${ORIGIN}${IMPORT_PATH}?fileName=x.csv`, {
      method: 'POST',
      headers: { origin: ORIGIN, host: 'localhost:8080', cookie: cookieOf(world.a.admin)!, 'content-type': 'text/csv', 'content-length': String(MAX_IMPORT_BYTES + 1) },
      body: 'a,b\n',
    });
    expect(announced.status).toBe(413);
    const campaign = `/api/campaigns/${world.a.seed.campaignId}`;
    for (const [path, limit] of [[`${campaign}/key-issues`, MAX_BODY_BYTES], [`${campaign}/contacts/preview?fileName=x.csv`, MAX_UPLOAD_BYTES]] as const) {
      const { status, pulled } = await stream(path, limit);
      expect(status, path).toBe(413);
      expect(pulled, path).toBeLessThan(limit + 4 * 64 * 1024);
    }
  });

  it('refuses page sizes over the maximum and clamps the audit log, never a huge answer', async () => {
    const a = world.a.admin;
    expect((await a.get(`/api/recommendations?pageSize=${MAX_SEARCH_PAGE_SIZE + 1}`)).status).toBe(400);
    expect((await a.get('/api/recommendations?pageSize=1000000000')).status).toBe(400);
    expect((await a.get('/api/recommendations?page=10001')).status).toBe(400);
    expect((await a.get(`/api/recommendations/export.csv?pageSize=${MAX_SEARCH_PAGE_SIZE + 1}`)).status).toBe(400);
    const page = await a.get(`/api/recommendations?pageSize=${MAX_SEARCH_PAGE_SIZE}`);
    expect(page.status).toBe(200);
    expect(page.body.items.length).toBeLessThanOrEqual(MAX_SEARCH_PAGE_SIZE);
    const finder = `/api/campaigns/${world.a.seed.campaignId}/target-finder`;
    expect((await a.get(`${finder}?limit=${MAX_TARGET_LIMIT + 1}`)).status).toBe(400);
    expect((await a.get(`${finder}?limit=${MAX_TARGET_LIMIT}`)).status).toBe(200);

    // More audit entries than the most one page may show.
    const now = server.deps.clock.now();
    await server.deps.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 520; i++) {
        await appendAudit(trx, { orgId: world.a.seed.orgId, actorId: world.a.seed.adminUserId, action: 'test.entry', objectType: 'test', objectId: String(i), changes: {}, at: now });
      }
    });
    const sizes: Record<string, number> = {};
    for (const limit of ['1000000', '1e400', '501', '2.5', '-5', '0', 'abc', '']) {
      const answer = await a.get(`/api/audit?limit=${limit}`);
      expect(answer.status, limit).toBe(200);
      sizes[limit] = answer.body.length;
    }
    expect(sizes).toEqual({ '1000000': 500, '1e400': 500, '501': 500, '2.5': 2, '-5': 1, '0': 50, abc: 50, '': 50 });
  });
});
