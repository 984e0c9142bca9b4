import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { ADMIN, setUpInstance, TestClient } from '../http-client.js';

describe.each(ENGINES)('first run, sign-in and sessions (%s)', (engine) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer(engine);
  });
  afterEach(async () => server.dispose());

  it('reports that a fresh instance needs setup and refuses a wrong setup code', async () => {
    const client = new TestClient(server);
    expect((await client.get('/api/setup/status')).body).toEqual({ needsSetup: true });
    const wrong = await client.post('/api/setup', { setupCode: 'NOPE', organisationName: 'Org', ...ADMIN });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('setup-code-invalid');
    expect((await client.get('/api/setup/status')).body).toEqual({ needsSetup: true });
  });

  it('creates the organisation and its admin, signs them in, and can only happen once', async () => {
    const admin = await setUpInstance(server);
    const me = await admin.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { email: ADMIN.email, name: ADMIN.name }, organisation: { name: 'Kazakh Human Rights Bureau' }, role: 'admin' });
    const again = await new TestClient(server).post('/api/setup', { setupCode: 'TEST-CODE-0001', organisationName: 'Intruder', name: 'X', email: 'x@example.org', password: 'another long password' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('setup-done');
  });

  it('shows field errors for a bad setup form without creating anything', async () => {
    const client = new TestClient(server);
    const bad = await client.post('/api/setup', { setupCode: 'TEST-CODE-0001', organisationName: '', name: '', email: 'not-an-email', password: 'short' });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.details.issues.map((i: { path: string }) => i.path).sort();
    expect(paths).toEqual(['email', 'name', 'organisationName', 'password']);
    expect((await client.get('/api/setup/status')).body.needsSetup).toBe(true);
  });

  it('answers 401 to every private route without a session', async () => {
    await setUpInstance(server);
    const anonymous = new TestClient(server);
    for (const url of ['/api/me', '/api/campaigns', '/api/dashboard', '/api/members', '/api/states?q=kaz', '/api/audit']) {
      const response = await anonymous.get(url);
      expect(response.status, url).toBe(401);
      expect(response.body.error.code).toBe('unauthenticated');
    }
  });

  it('signs out and in again; a wrong password and an unknown user get the same answer', async () => {
    const admin = await setUpInstance(server);
    await admin.signOut();
    expect((await admin.get('/api/me')).status).toBe(401);
    const wrongPassword = await new TestClient(server).signIn(ADMIN.email, 'wrong password!!');
    const unknownUser = await new TestClient(server).signIn('nobody@example.org', 'wrong password!!');
    expect(wrongPassword.status).toBe(unknownUser.status);
    expect(wrongPassword.body).toEqual(unknownUser.body);
    const ok = await admin.signIn(ADMIN.email, ADMIN.password);
    expect(ok.status).toBe(200);
    expect((await admin.get('/api/me')).status).toBe(200);
  });

  it('refuses a cross-site state-changing request', async () => {
    const admin = await setUpInstance(server);
    const response = await admin.request('POST', '/api/campaigns', { stateIso3: 'KAZ' }, { origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect((await admin.get('/api/campaigns')).body).toEqual([]);
  });

  it('sets strict security headers', async () => {
    const response = await new TestClient(server).get('/api/health');
    expect(response.body).toMatchObject({ status: 'ok', engine });
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
