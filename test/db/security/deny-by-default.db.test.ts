/**
 * Deny by default (DESIGN.md, security baseline): every route outside the explicit public list
 * answers the session gate's 401 without a session — no cookie, a forged cookie, a signed-out
 * session — whatever the method or spelling of the path; the public list of the classification
 * is exactly what the app's PUBLIC_API_PREFIXES lets through.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicPath, PUBLIC_API_PREFIXES } from '../../../src/server/http/public-routes.js';
import { createTestServer, ENGINES, type TestServer } from '../../db-helpers.js';
import { ADMIN, ORIGIN, TestClient } from '../../http-client.js';
import { ROUTES } from './route-classification.js';
import { inviteAndAccept } from '../../factories.js';
import { appRoutes, callsOf, cookieOf, contextOf, expectEveryRouteClassified, fillPath, isGateAnswer, methodsOf, send, type AppRoute } from './route-table.js';
import { SEED_TODAY, seedWorld, type World } from './seed.js';

describe.each(ENGINES)('deny by default (%s)', (engine) => {
  let server: TestServer;
  let world: World;
  let routes: AppRoute[];

  beforeAll(async () => {
    server = await createTestServer(engine, { today: SEED_TODAY });
    world = await seedWorld(server);
    routes = appRoutes(server.app);
  });
  afterAll(async () => server.dispose());

  const specOf = (route: AppRoute) => ROUTES[route.key]!;

  /** Every protected call of the app answered with `cookie` (undefined: none). */
  async function expectGateEverywhere(cookie: string | undefined) {
    const refused: string[] = [];
    const expected: string[] = [];
    for (const route of routes.filter((r) => !specOf(r).public)) {
      for (const method of methodsOf(route)) {
        for (const call of await callsOf(specOf(route), contextOf(world, world.a))) {
          const answer = await send(server, null, method, route, call, { cookie });
          refused.push(`${method} ${fillPath(route, call)}: ${isGateAnswer(answer) ? 401 : `${answer.status} ${answer.text.slice(0, 120)}`}`);
          expected.push(`${method} ${fillPath(route, call)}: 401`);
        }
      }
    }
    expect(refused).toEqual(expected);
    expect(refused.length).toBeGreaterThan(70);
  }

  it('classifies every route of the app, and only those', () => {
    expectEveryRouteClassified(server.app);
  });

  it('lets through exactly the routes classified public, and every public prefix serves one', async () => {
    const mismatched: string[] = [];
    const usedPrefixes = new Set<string>();
    for (const route of routes) {
      for (const call of await callsOf(specOf(route), contextOf(world, world.a))) {
        const path = fillPath(route, call);
        if (isPublicPath(path) !== Boolean(specOf(route).public)) mismatched.push(`${route.key} (${path})`);
        for (const prefix of PUBLIC_API_PREFIXES) if (path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`)) usedPrefixes.add(prefix);
      }
    }
    expect(mismatched).toEqual([]);
    expect([...usedPrefixes].sort()).toEqual([...PUBLIC_API_PREFIXES].sort());
  });

  it('answers 401 to every protected route without a session', async () => {
    await expectGateEverywhere(undefined);
  });

  it('answers 401 to a forged session cookie', async () => {
    await expectGateEverywhere('better-auth.session_token=forged-token.forged-signature');
  });

  it('answers 401 to the cookie of a session that was signed out', async () => {
    const client = new TestClient(server);
    expect((await client.signIn(ADMIN.email, ADMIN.password)).status).toBe(200);
    expect((await client.get('/api/me')).status).toBe(200);
    const cookie = cookieOf(client);
    expect((await client.signOut()).status).toBe(200);
    await expectGateEverywhere(cookie);
  });

  it('answers 401 to a member removed from the organisation, at once', async () => {
    const person = { name: 'Rita Removed', email: 'rita@example.org', password: 'rita password 123' };
    const { client } = await inviteAndAccept(server, world.a.admin, person, 'editor');
    expect((await client.get('/api/campaigns')).status).toBe(200);
    const cookie = cookieOf(client);
    const member = (await world.a.admin.get('/api/members')).body.find((m: { email: string }) => m.email === person.email);
    expect((await world.a.admin.delete(`/api/members/${member.id}`)).status).toBe(204);
    await expectGateEverywhere(cookie);
  });

  it('answers the public routes without a session, never with the gate', async () => {
    const answers: string[] = [];
    const expected: string[] = [];
    for (const route of routes.filter((r) => specOf(r).public)) {
      for (const call of await callsOf(specOf(route), contextOf(world, world.a))) {
        const answer = await send(server, null, route.method, route, call);
        answers.push(`${route.key}: ${isGateAnswer(answer) ? 'gate' : answer.status}`);
        expected.push(`${route.key}: ${specOf(route).ok}`);
      }
    }
    expect(answers).toEqual(expected);
  });

  it('answers 401 to other methods and spellings of protected paths, never data', async () => {
    const campaign = `/api/campaigns/${world.a.seed.campaignId}`;
    // Every spelling that reaches a protected handler meets the gate; the few that fall outside
    // the API or under a public prefix without a route are 404s that carry no data.
    const variants: [string, string, number][] = [
      ['HEAD', campaign, 401], ['OPTIONS', campaign, 401], ['PUT', campaign, 401], ['GET', `${campaign}/`, 401],
      ['GET', `/api//campaigns/${world.a.seed.campaignId}`, 401], ['GET', '/api/health/../me', 401], ['GET', '/api/health/%2e%2e/me', 401],
      ['GET', '/api/setup/../campaigns', 401], ['GET', '/api/auth/../me', 401], ['GET', '/api/invitations/by-token/x/../../../campaigns', 401],
      ['GET', '/api/health%2F..%2Fme', 401], ['GET', '/api/setup%2F..%2Fcampaigns', 401], ['GET', '/api/setup%2Fstatus', 401], ['GET', '/api/%6De', 401],
      ['GET', '/api/me;jsessionid=1', 401], ['GET', '/api/me%00', 401], ['GET', '/api/me?x=/api/health', 401], ['GET', '/api/health/x/../../campaigns', 401],
      ['GET', '/feeds/../api/me', 401], ['GET', '/api/%2e%2e/api/me', 401], ['GET', '/api/me/', 401],
      ['GET', '/API/me', 404], ['GET', '/Api/campaigns', 404], ['GET', '/api/health/', 404], ['GET', '/api/setup/x', 404],
      ['GET', '/api/invitations/by-token/%2e%2e%2f%2e%2e%2fme', 404],
    ];
    const answers: string[] = [];
    for (const [method, path, status] of variants) {
      const response = await server.app.request(`${ORIGIN}${path}`, { method, headers: { origin: ORIGIN, host: 'localhost:8080' } });
      const text = await response.text();
      const leaked = text.includes(world.a.seed.marker) || text.includes(world.a.seed.campaignId);
      answers.push(`${method} ${path}: ${response.status}${leaked ? ' with data' : ''}`);
      expect(status, 'expected statuses are refusals').toBeGreaterThanOrEqual(400);
      if (status === 401 && method !== 'HEAD') expect(JSON.parse(text).error.code, path).toBe('unauthenticated');
    }
    expect(answers).toEqual(variants.map(([method, path, status]) => `${method} ${path}: ${status}`));
  });
});
