/**
 * The session gate remembers a validated session for a few seconds (src/server/auth/
 * session-cache.ts): these tests hold it to "a revoked session is refused at once" by every
 * path that ends a session, right after the revoked browser was served from the cache.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { EDITOR, inviteAndAccept } from '../factories.js';
import { ADMIN, setUpInstance, TestClient } from '../http-client.js';

describe.each(ENGINES)('session cache of the session gate (%s)', (engine) => {
  let server: TestServer;
  let admin: TestClient;

  beforeEach(async () => {
    server = await createTestServer(engine);
    admin = await setUpInstance(server);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await server.dispose();
  });

  /** The admin on another browser, already served once (so its session is in the cache). */
  async function cachedBrowser(userAgent: string): Promise<TestClient> {
    const client = new TestClient(server);
    const signedIn = await client.request(
      'POST',
      '/api/auth/sign-in/email',
      { email: ADMIN.email, password: ADMIN.password },
      { 'user-agent': userAgent },
    );
    expect(signedIn.status).toBe(200);
    expect((await client.get('/api/me')).status).toBe(200);
    return client;
  }

  /** A copy of a browser's cookies (what a thief who copied them would send). */
  function copyOf(client: TestClient): TestClient {
    const copy = new TestClient(server);
    for (const name of ['better-auth.session_token']) copy.setCookie(name, client.cookie('session_token'));
    return copy;
  }

  it('asks better-auth once for a run of requests from one browser', async () => {
    const browser = await cachedBrowser('Phone');
    const getSession = vi.spyOn(server.auth.api, 'getSession');
    for (let i = 0; i < 5; i++) expect((await browser.get('/api/campaigns')).status).toBe(200);
    expect(getSession).toHaveBeenCalledTimes(0);
    expect(server.sessions.size).toBeGreaterThan(0);
    // A request without a session is never answered from the cache.
    expect((await new TestClient(server).get('/api/campaigns')).status).toBe(401);
  });

  it('refuses a signed-out session at once, even to a copy of its cookie', async () => {
    const browser = await cachedBrowser('Laptop');
    const thief = copyOf(browser);
    expect((await thief.get('/api/me')).status).toBe(200);
    expect((await browser.signOut()).status).toBe(200);
    expect((await thief.get('/api/me')).status).toBe(401);
    expect((await admin.get('/api/me')).status).toBe(200);
  });

  it('refuses a session ended from another browser at once', async () => {
    const laptop = await cachedBrowser('Laptop');
    const sessions = (await admin.get('/api/account/sessions')).body as { id: string; userAgent: string | null }[];
    const laptopSession = sessions.find((s) => s.userAgent === 'Laptop')!;
    expect((await admin.delete(`/api/account/sessions/${laptopSession.id}`)).status).toBe(204);
    expect((await laptop.get('/api/me')).status).toBe(401);
  });

  it('refuses the other sessions at once after "sign out everywhere else" and after a password change', async () => {
    const phone = await cachedBrowser('Phone');
    expect((await admin.post('/api/account/sessions/revoke-others')).body).toEqual({ revoked: 1 });
    expect((await phone.get('/api/me')).status).toBe(401);

    const tablet = await cachedBrowser('Tablet');
    const changed = await admin.post('/api/account/password', { currentPassword: ADMIN.password, newPassword: 'another long passphrase' });
    expect(changed.body).toEqual({ sessionsRevoked: 1 });
    expect((await tablet.get('/api/me')).status).toBe(401);
    expect((await admin.get('/api/me')).status).toBe(200);
  });

  it('refuses a removed member at once, and applies a change of role at once', async () => {
    const { client: editor } = await inviteAndAccept(server, admin, EDITOR, 'editor');
    const created = await editor.post('/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2027-01-20', name: 'Kazakhstan' });
    expect(created.status).toBe(201);
    const members = (await admin.get('/api/members')).body as { id: string; email: string }[];
    const editorMember = members.find((m) => m.email === EDITOR.email)!;

    expect((await admin.patch(`/api/members/${editorMember.id}`, { role: 'viewer' })).status).toBe(200);
    const refused = await editor.patch(`/api/campaigns/${created.body.id}`, { name: 'Renamed' });
    expect(refused.status).toBe(403);

    expect((await editor.get('/api/me')).status).toBe(200);
    expect((await admin.delete(`/api/members/${editorMember.id}`)).status).toBe(204);
    expect((await editor.get('/api/me')).status).toBe(401);
  });

  it('refuses a session deleted straight in the database (any other path) at once', async () => {
    const browser = await cachedBrowser('Kiosk');
    await server.deps.db.deleteFrom('session').where('userAgent', '=', 'Kiosk').execute();
    expect((await browser.get('/api/me')).status).toBe(401);
  });
});
