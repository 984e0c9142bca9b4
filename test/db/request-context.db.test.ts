/**
 * What the session gate reads of a signed-in user, in one query (resolveRequestContext): the
 * first membership, the language, and whether that organisation requires two-step sign-in the
 * user has not set up. Each part as the separate reads it replaced answered it.
 */
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/errors.js';
import { resolveRequestContext } from '../../src/server/app/me.js';
import { insertMember, insertOrganization } from '../../src/server/db/repos/members-repo.js';
import { setTwoFactorPolicy } from '../../src/server/db/repos/two-factor-repo.js';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { setUpInstance } from '../http-client.js';

describe.each(ENGINES)('the session gate’s one read of its user (%s)', (engine) => {
  let server: TestServer;
  let userId: string;
  let orgId: string;

  beforeEach(async () => {
    server = await createTestServer(engine);
    const admin = await setUpInstance(server);
    const me = (await admin.get('/api/me')).body;
    userId = me.user.id;
    orgId = me.organisation.id;
  });
  afterEach(async () => server.dispose());

  const context = () => resolveRequestContext(server.deps, userId);

  it('gives the first organisation joined, with the role held there', async () => {
    await insertOrganization(server.deps.db, { id: 'org-later', name: 'Joined later', now: '2030-01-01T00:00:00.000Z' });
    await insertMember(server.deps.db, { id: 'member-later', orgId: 'org-later', userId, role: 'viewer', now: '2030-01-01T00:00:00.000Z' });
    expect((await context()).actor).toEqual({ userId, orgId, role: 'admin' });
  });

  it('gives the language set, English when none is', async () => {
    expect((await context()).language).toBe('en');
    await server.deps.db.updateTable('user_setting').set({ language: 'ru' }).where('user_id', '=', userId).execute();
    expect((await context()).language).toBe('ru');
    await server.deps.db.deleteFrom('user_setting').where('user_id', '=', userId).execute();
    expect((await context()).language).toBe('en');
  });

  it('asks for two-step setup only while the organisation requires it and the user has not set it up', async () => {
    expect((await context()).mustSetUpTwoFactor).toBe(false);
    await setTwoFactorPolicy(server.deps.db, orgId, true);
    expect((await context()).mustSetUpTwoFactor).toBe(true);
    await sql`update "user" set "twoFactorEnabled" = ${engine === 'postgres' ? true : 1} where id = ${userId}`.execute(server.deps.db);
    expect((await context()).mustSetUpTwoFactor).toBe(false);
    // Another organisation's policy does not count.
    await setTwoFactorPolicy(server.deps.db, orgId, false);
    await sql`update "user" set "twoFactorEnabled" = ${engine === 'postgres' ? false : 0} where id = ${userId}`.execute(server.deps.db);
    await insertOrganization(server.deps.db, { id: 'org-strict', name: 'Strict', now: '2030-01-01T00:00:00.000Z' });
    await insertMember(server.deps.db, {
      id: 'member-strict',
      orgId: 'org-strict',
      userId,
      role: 'editor',
      now: '2030-01-01T00:00:00.000Z',
    });
    await setTwoFactorPolicy(server.deps.db, 'org-strict', true);
    expect((await context()).mustSetUpTwoFactor).toBe(false);
  });

  it('refuses a user who is a member of no organisation', async () => {
    await server.deps.db.deleteFrom('member').where('user_id', '=', userId).execute();
    await expect(context()).rejects.toBeInstanceOf(AppError);
    await expect(context()).rejects.toMatchObject({ code: 'unauthenticated' });
  });
});
