/**
 * Roles × routes: every signed-in route called by a viewer, an editor and an admin of the same
 * organisation, on that organisation's own objects. The expected outcome is the table of
 * route-classification.ts (`minimumRole`, `ok`): an allowed role gets the route's success
 * status, any other role 403 — checked against the real responses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../../src/core/access/roles.js';
import { createTestServer, ENGINES, type TestServer } from '../../db-helpers.js';
import { EDITOR } from '../../factories.js';
import { ROUTES, type Role } from './route-classification.js';
import { allowed, appRoutes, callsOf, contextOf, expectEveryRouteClassified, methodsOf, ROLES, send } from './route-table.js';
import { SEED_TODAY, seedWorld, type World } from './seed.js';

const signedInRoutes = Object.entries(ROUTES).filter(([, spec]) => !spec.public);

describe.each(ENGINES)('roles × routes matrix (%s)', (engine) => {
  let server: TestServer;
  let world: World;

  beforeAll(async () => {
    server = await createTestServer(engine, { today: SEED_TODAY });
    world = await seedWorld(server);
  });
  afterAll(async () => server.dispose());

  it('classifies every route of the app', () => {
    expectEveryRouteClassified(server.app);
  });

  it('matches the roles → actions table of core: viewers read, editors run campaigns, admins run the organisation', () => {
    // The matrix below is written per route; this pins the core table it is derived from.
    expect(PERMISSIONS.viewer).toEqual(['campaign.read', 'member.read', 'feed.manage']);
    expect(PERMISSIONS.editor.filter((a) => !PERMISSIONS.viewer.includes(a))).toEqual(['campaign.create', 'campaign.update', 'campaign.delete', 'task.update']);
    expect(PERMISSIONS.admin.filter((a) => !PERMISSIONS.editor.includes(a))).toEqual([
      'member.invite', 'member.update', 'member.remove', 'calendar.import', 'recommendations.import', 'audit.read', 'organisation.export',
    ]);
    const count = (role: Role) => signedInRoutes.filter(([, spec]) => allowed(spec, role)).length;
    expect(count('viewer')).toBeLessThan(count('editor'));
    expect(count('editor')).toBeLessThan(count('admin'));
    expect(count('admin')).toBe(signedInRoutes.length);
  });

  it.each(signedInRoutes)('%s', async (key, spec) => {
    const route = appRoutes(server.app).find((r) => r.key === key)!;
    const clients = { viewer: world.a.viewer, editor: world.a.editor, admin: world.a.admin };
    const seen: string[] = [];
    const expected: string[] = [];
    for (const role of ROLES) {
      for (const method of methodsOf(route)) {
        for (const call of await callsOf(spec, contextOf(world, world.a))) {
          const answer = await send(server, clients[role], method, route, call);
          const status = allowed(spec, role) ? spec.ok : 403;
          // The body explains an unexpected error (a valid call may be refused on purpose: a wrong password is 422).
          seen.push(`${role} ${method}: ${answer.status}${answer.status >= 400 && answer.status !== status && answer.status !== 403 && answer.status !== 404 ? ` ${answer.text.slice(0, 300)}` : ''}`);
          expected.push(`${role} ${method}: ${status}`);
          if (answer.status === 403) expect(JSON.parse(answer.text).error.code).toBe('forbidden');
        }
      }
    }
    expect(seen).toEqual(expected);
  });

  it('applies a role change to the next request of a signed-in member (runs last)', async () => {
    const editor = world.a.editor;
    const member = (await world.a.admin.get('/api/members')).body.find((m: { email: string }) => m.email === EDITOR.email);
    const rename = () => editor.patch(`/api/campaigns/${world.a.seed.campaignId}`, { name: `${world.a.seed.marker} campaign` });
    expect((await rename()).status).toBe(200);
    expect((await world.a.admin.patch(`/api/members/${member.id}`, { role: 'viewer' })).status).toBe(200);
    expect((await rename()).status).toBe(403);
    expect((await editor.get('/api/me')).body.role).toBe('viewer');
    expect((await world.a.admin.patch(`/api/members/${member.id}`, { role: 'admin' })).status).toBe(200);
    expect((await editor.get('/api/audit')).status).toBe(200);
    expect((await world.a.admin.patch(`/api/members/${member.id}`, { role: 'editor' })).status).toBe(200);
    expect((await editor.get('/api/audit')).status).toBe(403);
  });
});
