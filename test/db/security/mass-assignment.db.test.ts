/**
 * Mass assignment: a write whose JSON body tries to set the tenant, the role, an id or an
 * author (`orgId`, `org_id`, `role`, `id`, `createdBy`, …) — at the top or inside any nested
 * object — is refused with 400, because every request schema is strict (z.strictObject). The
 * routes are those of route-classification.ts whose valid call has a JSON body. better-auth's
 * own endpoints are checked apart: no public sign-up, and a user cannot give themselves a role
 * or another organisation through them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, ENGINES, type TestServer } from '../../db-helpers.js';
import { TestClient } from '../../http-client.js';
import { ROUTES, type Call } from './route-classification.js';
import { appRoutes, callsOf, contextOf, expectEveryRouteClassified, send, type AppRoute } from './route-table.js';
import { SEED_TODAY, seedWorld, type World } from './seed.js';

const FORBIDDEN = ['id', 'orgId', 'org_id', 'organizationId', 'organisationId', 'role', 'userId', 'user_id', 'createdBy', 'created_by', 'createdAt', 'updatedAt', 'campaignId', 'namespace'];
/** Public endpoints behind the secret-attempt limiter (10 per 15 minutes): one request with every key. */
const LIMITED = new Set(['POST /api/setup', 'POST /api/invitations/by-token/:token/accept']);
/** better-auth's handler: not our schemas (checked in its own test below). */
const LIBRARY = new Set(['POST /api/auth/*']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Paths (lists of keys and indexes) of every plain object inside `value`, the root first. */
function objectPaths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  const inner = isObject(value) ? Object.entries(value) : Array.isArray(value) ? value.map((v, i) => [i, v] as const) : [];
  const here = isObject(value) ? [path] : [];
  return [...here, ...inner.flatMap(([k, v]) => objectPaths(v as Json, [...path, k]))];
}

/** A copy of `body` with `extra` merged into the object at `path`. */
function inject(body: Json, path: (string | number)[], extra: Record<string, Json>): Json {
  const copy = structuredClone(body);
  let target: any = copy;
  for (const step of path) target = target[step];
  Object.assign(target, extra);
  return copy;
}

describe.each(ENGINES)('mass assignment (%s)', (engine) => {
  let server: TestServer;
  let world: World;
  let routes: AppRoute[];

  beforeAll(async () => {
    server = await createTestServer(engine, { today: SEED_TODAY });
    world = await seedWorld(server);
    routes = appRoutes(server.app);
  });
  afterAll(async () => server.dispose());

  const jsonRoutes = Object.entries(ROUTES).filter(([key]) => !key.startsWith('GET ') && !LIBRARY.has(key));

  it('classifies every route of the app', () => {
    expectEveryRouteClassified(server.app);
  });

  it.each(jsonRoutes)('%s refuses tenant, role, id and author fields anywhere in its JSON body', async (key, spec) => {
    const route = routes.find((r) => r.key === key)!;
    const [call] = await callsOf(spec, contextOf(world, world.a));
    if (call!.json === undefined) return; // no JSON body (file uploads, bodiless actions): nothing to assign
    const body = call!.json as Json;
    const attempts: { where: string; json: Json }[] = [];
    for (const path of objectPaths(body)) {
      const target = path.reduce<any>((v, step) => v[step], body) as Record<string, Json>;
      const keys = FORBIDDEN.filter((k) => !(k in target));
      if (LIMITED.has(key)) attempts.push({ where: `${path.join('.') || 'body'} {${keys.join(',')}}`, json: inject(body, path, Object.fromEntries(keys.map((k) => [k, 'x']))) });
      else for (const k of keys) attempts.push({ where: `${[...path, k].join('.')}`, json: inject(body, path, { [k]: k === 'role' ? 'admin' : crypto.randomUUID() }) });
    }
    const answers: string[] = [];
    for (const attempt of attempts) {
      const answer = await send(server, world.a.admin, route.method, route, { ...call, json: attempt.json } as Call);
      const code = answer.status === 400 ? JSON.parse(answer.text).error.code : answer.text.slice(0, 200);
      answers.push(`${attempt.where}: ${answer.status} ${code}`);
    }
    expect(answers).toEqual(attempts.map((a) => `${a.where}: 400 validation`));
    // The unchanged body is still accepted (or refused for its own reason), so the 400s are the extra keys'.
    const plain = await send(server, world.a.admin, route.method, route, call!);
    expect(plain.status, plain.text.slice(0, 200)).not.toBe(400);
  });

  it('has no public sign-up: accounts come from setup and invitations only', async () => {
    const stranger = new TestClient(server);
    const signUp = await stranger.post('/api/auth/sign-up/email', { name: 'Mallory', email: 'mallory@example.org', password: 'mallory password 1' });
    expect(signUp.status).toBeGreaterThanOrEqual(400);
    expect(stranger.hasSession()).toBe(false);
    expect((await stranger.signIn('mallory@example.org', 'mallory password 1')).status).toBe(401);
  });

  it("does not let a viewer give themselves a role or another organisation through better-auth's user update", async () => {
    const viewer = world.a.viewer;
    const me = (await viewer.get('/api/me')).body;
    const update = await viewer.post('/api/auth/update-user', {
      name: 'Vera Viewer', role: 'admin', orgId: world.b.seed.orgId, organizationId: world.b.seed.orgId, emailVerified: true, id: world.b.seed.adminUserId,
    });
    expect(update.status).toBeGreaterThanOrEqual(200);
    const after = (await viewer.get('/api/me')).body;
    expect(after).toMatchObject({ role: 'viewer', organisation: { id: me.organisation.id }, user: { id: me.user.id, email: me.user.email } });
    expect((await viewer.get('/api/audit')).status).toBe(403);
    expect((await world.b.admin.get('/api/me')).body.user.id).toBe(world.b.seed.adminUserId);
  });
});
