import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { createOrganisation, EDITOR, inviteAndAccept, OTHER_ADMIN, VIEWER } from '../factories.js';
import { setUpInstance, TestClient } from '../http-client.js';
import { enableTwoFactor } from '../two-factor-helpers.js';
import { totpCode } from '../totp.js';

const NEW_PASSWORD = 'reset passphrase 2026';

/** The token at the end of a reset link `…/reset-password/<token>`. */
function tokenOfLink(link: string): string {
  const match = /\/reset-password\/([A-Za-z0-9_-]+)$/.exec(link);
  if (!match?.[1]) throw new Error(`not a reset link: ${link}`);
  return match[1];
}

describe.each(ENGINES)('admin-issued password reset (%s)', (engine) => {
  let server: TestServer;
  let admin: TestClient;
  let editor: TestClient;
  let editorMemberId: string;
  let ips = 0;
  const browser = () => new TestClient(server, `198.51.100.${++ips}`);

  beforeEach(async () => {
    server = await createTestServer(engine);
    admin = await setUpInstance(server);
    ({ client: editor } = await inviteAndAccept(server, admin, EDITOR, 'editor'));
    editorMemberId = (await admin.get('/api/members')).body.find((m: { email: string }) => m.email === EDITOR.email).id;
  });
  afterEach(async () => server.dispose());

  async function issue(): Promise<string> {
    const issued = await admin.post(`/api/members/${editorMemberId}/password-reset`);
    expect(issued.status).toBe(201);
    expect(issued.body.link).toMatch(/^http:\/\/localhost:8080\/reset-password\/[\w-]{40,}$/);
    return tokenOfLink(issued.body.link);
  }

  it('cannot bypass two-step sign-in: after the reset the authenticator is still asked for', async () => {
    const { key } = await enableTwoFactor(editor, EDITOR.password);
    const token = await issue();
    const preview = await browser().get(`/api/password-resets/by-token/${token}`);
    expect(preview.body).toEqual({ email: EDITOR.email, organisationName: 'Kazakh Human Rights Bureau' });

    const reset = await browser().post(`/api/password-resets/by-token/${token}`, { password: NEW_PASSWORD });
    expect(reset.status).toBe(200);
    expect((await editor.get('/api/me')).status).toBe(401);
    expect((await browser().signIn(EDITOR.email, EDITOR.password)).status).toBe(401);

    const client = browser();
    const first = await client.signIn(EDITOR.email, NEW_PASSWORD);
    expect(first.body).toEqual({ twoFactorRedirect: true, twoFactorMethods: ['totp'] });
    expect(client.hasSession()).toBe(false);
    expect((await client.get('/api/me')).status).toBe(401);
    expect((await client.post('/api/auth/two-factor/verify-totp', { code: totpCode(key) })).status).toBe(200);
    expect((await client.get('/api/me')).body.user.email).toBe(EDITOR.email);
    expect((await client.get('/api/account/security')).body.twoFactor.enabled).toBe(true);

    const again = await browser().post(`/api/password-resets/by-token/${token}`, { password: 'yet another passphrase' });
    expect([again.status, again.body.error.code]).toEqual([404, 'password-reset-invalid']);
    expect((await browser().get(`/api/password-resets/by-token/${token}`)).status).toBe(404);

    const audit = await admin.get('/api/audit?limit=500');
    const actions = audit.body.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['member.password-reset-link', 'user.password.reset']));
    expect(audit.text).not.toContain(token);
    expect(audit.text).not.toContain(NEW_PASSWORD);
  });

  it('signs a member without two-step sign-in in with the new password only', async () => {
    const token = await issue();
    expect((await browser().post(`/api/password-resets/by-token/${token}`, { password: 'short' })).status).toBe(400);
    expect((await browser().post(`/api/password-resets/by-token/${token}`, { password: NEW_PASSWORD })).status).toBe(200);
    const client = browser();
    const signedIn = await client.signIn(EDITOR.email, NEW_PASSWORD);
    expect(signedIn.body.twoFactorRedirect).toBeUndefined();
    expect((await client.get('/api/me')).status).toBe(200);
  });

  it('only the newest link works, and only for a day', async () => {
    const older = await issue();
    const newer = await issue();
    expect((await browser().post(`/api/password-resets/by-token/${older}`, { password: NEW_PASSWORD })).status).toBe(404);
    server.clock.set('2026-11-29');
    const late = await browser().post(`/api/password-resets/by-token/${newer}`, { password: NEW_PASSWORD });
    expect([late.status, late.body.error.code]).toEqual([404, 'password-reset-invalid']);
    expect((await browser().signIn(EDITOR.email, EDITOR.password)).status).toBe(200);
  });

  it('is issued by an admin of the member’s own organisation only', async () => {
    const { client: viewer } = await inviteAndAccept(server, admin, VIEWER, 'viewer');
    expect((await viewer.post(`/api/members/${editorMemberId}/password-reset`)).status).toBe(403);
    expect((await editor.post(`/api/members/${editorMemberId}/password-reset`)).status).toBe(403);
    const other = await createOrganisation(server, 'Other Bureau', OTHER_ADMIN);
    const foreign = await other.client.post(`/api/members/${editorMemberId}/password-reset`);
    const missing = await other.client.post(`/api/members/${crypto.randomUUID()}/password-reset`);
    expect([foreign.status, foreign.body]).toEqual([404, missing.body]);
    expect((await browser().get('/api/password-resets/by-token/not-a-real-token')).status).toBe(404);
  });
});
