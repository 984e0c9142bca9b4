import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { EDITOR, inviteAndAccept } from '../factories.js';
import { ADMIN, setUpInstance, TestClient } from '../http-client.js';

const NEW_PASSWORD = 'a brand new passphrase';

describe.each(ENGINES)('own sessions and password change (%s)', (engine) => {
  let server: TestServer;
  let admin: TestClient;

  beforeEach(async () => {
    server = await createTestServer(engine);
    admin = await setUpInstance(server);
  });
  afterEach(async () => server.dispose());

  /** Signs the admin in on another browser, from `ip`, with a user agent. */
  async function browser(ip: string, userAgent: string, person = ADMIN): Promise<TestClient> {
    const client = new TestClient(server, ip);
    const response = await client.request('POST', '/api/auth/sign-in/email', { email: person.email, password: person.password }, { 'user-agent': userAgent });
    expect(response.status).toBe(200);
    expect(response.body.token).toBeUndefined();
    return client;
  }

  const auditActions = async () => ((await admin.get('/api/audit?limit=500')).body as { action: string; objectId: string; changes: unknown }[]);

  it('lists my sessions with browser, address and times, and marks this one; never a token', async () => {
    const phone = await browser('192.0.2.7', 'Mozilla/5.0 (Android 14) Firefox/128.0');
    await browser('192.0.2.8', 'Mozilla/5.0 (Windows NT 10.0) Chrome/130.0');
    const { client: editor } = await inviteAndAccept(server, admin, EDITOR, 'editor');

    const listed = await phone.get('/api/account/sessions');
    expect(listed.status).toBe(200);
    const sessions = listed.body as { id: string; userAgent: string | null; ipAddress: string | null; current: boolean; createdAt: string; lastActiveAt: string; expiresAt: string }[];
    expect(sessions).toHaveLength(3);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ current: true, userAgent: 'Mozilla/5.0 (Android 14) Firefox/128.0', ipAddress: '192.0.2.7' });
    expect(sessions.map((s) => s.ipAddress)).toEqual(expect.arrayContaining(['192.0.2.7', '192.0.2.8']));
    for (const s of sessions) {
      expect(Object.keys(s).sort()).toEqual(['createdAt', 'current', 'expiresAt', 'id', 'ipAddress', 'lastActiveAt', 'userAgent']);
      expect(s.lastActiveAt >= s.createdAt && s.expiresAt > s.lastActiveAt).toBe(true);
    }
    // Somebody else's sessions are not mine.
    expect((await editor.get('/api/account/sessions')).body).toHaveLength(1);
    expect(listed.text).not.toMatch(/token/i);
  });

  it('ends one of my sessions; another user’s session is answered like a missing one', async () => {
    const stolenLaptop = await browser('192.0.2.9', 'Laptop');
    const { client: editor } = await inviteAndAccept(server, admin, EDITOR, 'editor');
    const mine = (await admin.get('/api/account/sessions')).body as { id: string; userAgent: string | null }[];
    const laptopSession = mine.find((s) => s.userAgent === 'Laptop')!;
    const editorSession = (await editor.get('/api/account/sessions')).body[0].id as string;

    const foreign = await admin.delete(`/api/account/sessions/${editorSession}`);
    const missing = await admin.delete(`/api/account/sessions/${crypto.randomUUID()}`);
    expect([foreign.status, foreign.body]).toEqual([404, missing.body]);
    expect((await editor.get('/api/me')).status).toBe(200);

    expect((await admin.delete(`/api/account/sessions/${laptopSession.id}`)).status).toBe(204);
    expect((await stolenLaptop.get('/api/me')).status).toBe(401);
    expect((await admin.get('/api/me')).status).toBe(200);
    expect((await admin.delete(`/api/account/sessions/${laptopSession.id}`)).status).toBe(404);
    const entries = (await auditActions()).filter((e) => e.action === 'session.revoke');
    expect(entries.map((e) => e.objectId)).toEqual([laptopSession.id]);
  });

  it('signs out everywhere else, keeping this browser', async () => {
    const others = [await browser('192.0.2.11', 'A'), await browser('192.0.2.12', 'B')];
    const { client: editor } = await inviteAndAccept(server, admin, EDITOR, 'editor');
    const answer = await admin.post('/api/account/sessions/revoke-others');
    expect(answer.body).toEqual({ revoked: 2 });
    for (const other of others) expect((await other.get('/api/me')).status).toBe(401);
    expect((await admin.get('/api/me')).status).toBe(200);
    expect((await editor.get('/api/me')).status).toBe(200);
    expect((await admin.get('/api/account/sessions')).body).toHaveLength(1);
    expect((await auditActions()).find((e) => e.action === 'session.revoke-others')?.changes).toEqual({ sessions: 2 });
  });

  it('changes the password after the current one and ends every other session', async () => {
    const other = await browser('192.0.2.13', 'Other');
    const wrong = await admin.post('/api/account/password', { currentPassword: 'not my password', newPassword: NEW_PASSWORD });
    expect([wrong.status, wrong.body.error.code, wrong.body.error.details.field]).toEqual([422, 'password-wrong', 'currentPassword']);
    const same = await admin.post('/api/account/password', { currentPassword: ADMIN.password, newPassword: ADMIN.password });
    expect([same.status, same.body.error.details.issues]).toEqual([400, [{ path: 'newPassword', message: 'password-same' }]]);
    const short = await admin.post('/api/account/password', { currentPassword: ADMIN.password, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect((await other.get('/api/me')).status).toBe(200);

    const changed = await admin.post('/api/account/password', { currentPassword: ADMIN.password, newPassword: NEW_PASSWORD });
    expect(changed.body).toEqual({ sessionsRevoked: 1 });
    expect((await other.get('/api/me')).status).toBe(401);
    expect((await admin.get('/api/me')).status).toBe(200);
    expect((await new TestClient(server, '192.0.2.14').signIn(ADMIN.email, ADMIN.password)).status).toBe(401);
    expect((await new TestClient(server, '192.0.2.15').signIn(ADMIN.email, NEW_PASSWORD)).status).toBe(200);
    const audit = await admin.get('/api/audit?limit=500');
    expect(audit.body.find((e: { action: string }) => e.action === 'user.password.change').changes).toEqual({ sessionsRevoked: 1 });
    expect(audit.text).not.toContain(NEW_PASSWORD);
    expect(audit.text).not.toContain(ADMIN.password);
  });

  it('refuses a run of wrong passwords on the account pages like sign-in', async () => {
    for (let i = 0; i < 10; i++) expect((await admin.post('/api/account/two-factor/setup', { password: `wrong ${i}` })).status).toBe(422);
    const blocked = await admin.post('/api/account/password', { currentPassword: ADMIN.password, newPassword: NEW_PASSWORD });
    expect([blocked.status, blocked.body.error.code]).toEqual([429, 'rate-limited']);
  });

  it("keeps better-auth's own session and password endpoints closed", async () => {
    const other = await browser('192.0.2.16', 'Other');
    for (const [method, path] of [['GET', 'list-sessions'], ['POST', 'revoke-sessions'], ['POST', 'revoke-other-sessions'], ['POST', 'change-password'], ['POST', 'request-password-reset']]) {
      const answer = await admin.request(method!, `/api/auth/${path}`, method === 'POST' ? { currentPassword: ADMIN.password, newPassword: NEW_PASSWORD, email: ADMIN.email } : undefined);
      expect([path, answer.status]).toEqual([path, 404]);
    }
    expect((await other.get('/api/me')).status).toBe(200);
    expect((await new TestClient(server, '192.0.2.17').signIn(ADMIN.email, ADMIN.password)).status).toBe(200);
  });
});
