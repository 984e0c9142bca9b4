/**
 * Tenant isolation generated from the route table (DESIGN.md, convention 5): for every route
 * whose path names an organisation's object, every method and every role of organisation A,
 * B's object is answered exactly like a missing one (same status, same body) — also under A's
 * own campaign, and when B's ids are slipped into a request body. No read of A (lists, search,
 * exports, documents, calendar feed) shows B's marker or ids, while B's own reads do; and after
 * all of it, B's data is unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, ENGINES, type TestServer } from '../../db-helpers.js';
import type { TestClient } from '../../http-client.js';
import { ROUTES, type BodyRefs, type Call, type Role, type RouteSpec } from './route-classification.js';
import { allowed, appRoutes, callsOf, contextOf, expectEveryRouteClassified, methodsOf, readable, ROLES, send, type Answer, type AppRoute } from './route-table.js';
import { SEED_TODAY, seedWorld, type OrgSeed, type World } from './seed.js';

const entries = Object.entries(ROUTES);
const objectRoutes = entries.filter(([, spec]) => spec.ids);
const refRoutes = entries.filter(([, spec]) => spec.refs);
const readRoutes = entries.filter(([key]) => key.startsWith('GET ') && !['GET /api/auth/*', 'GET /'].includes(key));

/** Every id and secret of an organisation's seed, to be searched for in the other's answers. */
const secretsOf = (seed: OrgSeed) => Object.entries(seed).filter(([k]) => !['stageKey', 'taskKey'].includes(k)).map(([, v]) => v);

/** The answer with the given ids masked: a message may echo the id it was asked about. */
const masked = (answer: Answer, ids: string[]) => {
  let text = answer.text;
  for (const id of ids) text = text.split(id).join('<id>');
  return `${answer.status} ${answer.contentType} ${text}`;
};

const withParams = (call: Call, params: Record<string, string>): Call => ({ ...call, params: { ...call.params, ...params } });

describe.each(ENGINES)('tenant isolation generated from the route table (%s)', (engine) => {
  let server: TestServer;
  let world: World;
  let routes: AppRoute[];
  let clients: Record<Role, TestClient>;
  /** B's calls per route and role, made (with B's disposable objects) before B is snapshotted. */
  const bCalls = new Map<string, Call[]>();
  let before: Map<string, string>;

  const routeOf = (key: string) => routes.find((r) => r.key === key)!;

  /** What B sees in every read: JSON and CSV answers (documents and calendars carry timestamps). */
  async function snapshotOfB(): Promise<Map<string, string>> {
    const snapshot = new Map<string, string>();
    for (const [key, spec] of readRoutes) {
      for (const call of await callsOf(spec, contextOf(world, world.b))) {
        const answer = await send(server, world.b.admin, 'GET', routeOf(key), call);
        if (/json|csv/.test(answer.contentType)) snapshot.set(`${key} ${JSON.stringify(call)}`, `${answer.status} ${answer.text}`);
      }
    }
    return snapshot;
  }

  beforeAll(async () => {
    server = await createTestServer(engine, { today: SEED_TODAY });
    world = await seedWorld(server);
    routes = appRoutes(server.app);
    clients = { viewer: world.a.viewer, editor: world.a.editor, admin: world.a.admin };
    for (const [key, spec] of objectRoutes) {
      for (const role of ROLES) bCalls.set(`${key} ${role}`, await callsOf(spec, contextOf(world, world.b)));
    }
    before = await snapshotOfB();
  });
  afterAll(async () => server.dispose());

  it('classifies every route of the app', () => {
    expectEveryRouteClassified(server.app);
    expect(objectRoutes.length).toBeGreaterThan(45);
  });

  async function expectLikeMissing(spec: RouteSpec, role: Role, method: string, route: AppRoute, theirs: Call, missing: Call, ids: string[], what: string) {
    const a = await send(server, clients[role], method, route, theirs);
    const none = await send(server, clients[role], method, route, missing);
    expect(masked(a, ids), what).toBe(masked(none, ids));
    expect(a.status, what).toBe(allowed(spec, role) ? 404 : 403);
    for (const secret of [world.b.seed.marker, world.b.seed.orgId]) expect(a.text, what).not.toContain(secret);
  }

  it.each(objectRoutes)("%s: B's objects answer like missing ones, for every role of A", async (key, spec) => {
    const route = routeOf(key);
    const objectParams = Object.keys(spec.ids!);
    for (const role of ROLES) {
      for (const method of methodsOf(route)) {
        for (const call of bCalls.get(`${key} ${role}`)!) {
          const missingIds = Object.fromEntries(objectParams.map((p) => [p, crypto.randomUUID()]));
          const ids = [...objectParams.map((p) => call.params![p]!), ...Object.values(missingIds)];
          await expectLikeMissing(spec, role, method, route, call, withParams(call, missingIds), ids, `${role} ${method} all of B`);
          // B's object under A's own campaign: the child is looked up in A's campaign only.
          for (const child of objectParams.filter((p) => p !== 'id')) {
            const mixed = withParams(call, { id: world.a.seed.campaignId });
            const missingChild = crypto.randomUUID();
            await expectLikeMissing(spec, role, method, route, mixed, withParams(mixed, { [child]: missingChild }), [call.params![child]!, missingChild], `${role} ${method} ${child} of B in A's campaign`);
          }
        }
      }
    }
  });

  it.each(refRoutes)("%s: B's ids inside the body answer like made-up ones", async (key, spec) => {
    const route = routeOf(key);
    const b = world.b.seed;
    const theirs: BodyRefs = { campaignId: b.campaignId, keyIssueId: b.keyIssueId, channelId: b.channelId, personId: b.personId, userId: b.adminUserId };
    const madeUp: BodyRefs = { campaignId: crypto.randomUUID(), keyIssueId: crypto.randomUUID(), channelId: crypto.randomUUID(), personId: crypto.randomUUID(), userId: crypto.randomUUID() };
    const ids = [...Object.values(theirs), ...Object.values(madeUp)];
    for (const role of ROLES) {
      const ctx = contextOf(world, world.a);
      const a = await send(server, clients[role], route.method, route, spec.refs!(ctx, theirs));
      const none = await send(server, clients[role], route.method, route, spec.refs!(ctx, madeUp));
      expect(masked(a, ids), role).toBe(masked(none, ids));
      // An id the organisation does not own is refused, not stored.
      expect(a.status, role).toBeGreaterThanOrEqual(400);
      expect(a.text, role).not.toContain(b.marker);
    }
  });

  it.each(readRoutes)("%s: no read of A shows B's marker or ids, whatever A's role", async (key, spec) => {
    const route = routeOf(key);
    const secrets = secretsOf(world.b.seed);
    for (const role of ROLES) {
      for (const call of await callsOf(spec, contextOf(world, world.a))) {
        const text = await readable(await send(server, clients[role], 'GET', route, call));
        expect(secrets.filter((s) => text.includes(s)), `${role} ${JSON.stringify(call)}`).toEqual([]);
      }
    }
  });

  it.each(readRoutes.filter(([, spec]) => spec.shows))("%s: B's own read shows B's marker (so the check above can fail)", async (key, spec) => {
    for (const call of await callsOf(spec, contextOf(world, world.b))) {
      const text = await readable(await send(server, world.b.admin, 'GET', routeOf(key), call));
      expect(text, JSON.stringify(call)).toContain(world.b.seed.marker);
    }
  });

  it("finds B's imported recommendations for B only, by their words", async () => {
    const query = (client: TestClient, marker: string) => client.get(`/api/recommendations?q=${marker}&pageSize=100`);
    expect((await query(world.b.admin, world.b.seed.marker)).body.total).toBeGreaterThan(0);
    for (const role of ROLES) {
      const answer = await query(clients[role], world.b.seed.marker);
      expect(answer.body.total, role).toBe(0);
      expect(answer.body.items, role).toEqual([]);
      const exported = await clients[role].get(`/api/recommendations/export.csv?q=${world.b.seed.marker}`);
      expect(exported.text.split('\n').filter((l) => l.includes(world.b.seed.marker)), role).toEqual([]);
    }
    expect((await query(world.a.viewer, world.a.seed.marker)).body.total).toBeGreaterThan(0);
  });

  it("leaves every object of B as it was (runs last)", async () => {
    const after = await snapshotOfB();
    expect([...after.keys()]).toEqual([...before.keys()]);
    const changed = [...after].filter(([k, v]) => before.get(k) !== v).map(([k]) => k);
    expect(changed).toEqual([]);
    expect(before.size).toBeGreaterThan(25);
  });
});
