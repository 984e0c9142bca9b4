import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { EDITOR, inviteAndAccept } from '../factories.js';
import { ADMIN, setUpInstance, TestClient } from '../http-client.js';
import { enableTwoFactor, signInWithTotp } from '../two-factor-helpers.js';
import { secretOfUri, totpCode, wrongCode } from '../totp.js';

const RECOVERY_CODE = /^[A-Za-z0-9]{5}-[A-Za-z0-9]{5}$/;

describe.each(ENGINES)('two-step sign-in (%s)', (engine) => {
  let server: TestServer;
  let admin: TestClient;
  let ips = 0;
  /** Each browser of a test comes from its own address (better-auth limits 2FA calls per address). */
  const browser = () => new TestClient(server, `198.51.100.${++ips}`);

  beforeEach(async () => {
    server = await createTestServer(engine);
    admin = await setUpInstance(server);
  });
  afterEach(async () => server.dispose());

  async function auditOf(client: TestClient) {
    return (await client.get('/api/audit?limit=500')).body as { action: string; changes: unknown }[];
  }

  it('turns on with the password and a scanned code, then asks for the code at every sign-in', async () => {
    expect((await admin.get('/api/account/security')).body).toEqual({
      twoFactor: { enabled: false, setupPending: false, recoveryCodesLeft: 0 }, organisationRequiresTwoFactor: false, setupRequired: false,
    });
    const wrongPassword = await admin.post('/api/account/two-factor/setup', { password: 'not my password' });
    expect([wrongPassword.status, wrongPassword.body.error.code]).toEqual([422, 'password-wrong']);

    const setup = await admin.post('/api/account/two-factor/setup', { password: ADMIN.password });
    expect(setup.status).toBe(200);
    expect(setup.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/UPR%20Advocate:aigerim%40example\.org\?secret=[A-Z2-7]+&issuer=UPR\+Advocate/);
    expect(setup.body.manualKey).toBe(new URL(setup.body.otpauthUri).searchParams.get('secret'));
    expect(Buffer.from(setup.body.qrCode.replace('data:image/svg+xml;base64,', ''), 'base64').toString()).toMatch(/^<svg[\s\S]+<\/svg>\s*$/);
    expect((await admin.get('/api/account/security')).body.twoFactor).toEqual({ enabled: false, setupPending: true, recoveryCodesLeft: 0 });

    // Until a code confirms the secret, sign-in stays one step.
    const before = browser();
    expect((await before.signIn(ADMIN.email, ADMIN.password)).body.twoFactorRedirect).toBeUndefined();
    expect(before.hasSession()).toBe(true);

    const key = secretOfUri(setup.body.otpauthUri);
    const refused = await admin.post('/api/account/two-factor/confirm', { code: wrongCode(key) });
    expect([refused.status, refused.body.error.code]).toEqual([422, 'two-factor-code-invalid']);
    expect((await admin.get('/api/account/security')).body.twoFactor.enabled).toBe(false);

    const confirmed = await admin.post('/api/account/two-factor/confirm', { code: totpCode(key) });
    expect(confirmed.status).toBe(200);
    const codes: string[] = confirmed.body.recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(RECOVERY_CODE);
    expect((await admin.get('/api/account/security')).body.twoFactor).toEqual({ enabled: true, setupPending: false, recoveryCodesLeft: 10 });

    const later = browser();
    const first = await later.signIn(ADMIN.email, ADMIN.password);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ twoFactorRedirect: true, twoFactorMethods: ['totp'] });
    expect(later.hasSession()).toBe(false);
    expect((await later.get('/api/me')).status).toBe(401);
    const wrong = await later.post('/api/auth/two-factor/verify-totp', { code: wrongCode(key) });
    expect([wrong.status, wrong.body.error.code]).toEqual([422, 'two-factor-code-invalid']);
    expect(later.hasSession()).toBe(false);
    const right = await later.post('/api/auth/two-factor/verify-totp', { code: totpCode(key) });
    expect(right.status).toBe(200);
    expect(right.body.token).toBeUndefined();
    expect((await later.get('/api/me')).body.user.email).toBe(ADMIN.email);

    const audit = await auditOf(admin);
    expect(audit.map((e) => e.action).filter((a) => a.startsWith('user.two-factor'))).toEqual(['user.two-factor.enable', 'user.two-factor.setup']);
    const text = JSON.stringify(audit);
    for (const secret of [setup.body.manualKey, ...codes]) expect(text).not.toContain(secret);
  });

  it('accepts each recovery code once, instead of the authenticator', async () => {
    const { recoveryCodes } = await enableTwoFactor(admin, ADMIN.password);
    const [code, other] = recoveryCodes as [string, string];
    const lostPhone = browser();
    expect((await lostPhone.signIn(ADMIN.email, ADMIN.password)).body.twoFactorRedirect).toBe(true);
    expect((await lostPhone.post('/api/auth/two-factor/verify-backup-code', { code })).status).toBe(200);
    expect((await lostPhone.get('/api/me')).status).toBe(200);

    const again = browser();
    expect((await again.signIn(ADMIN.email, ADMIN.password)).body.twoFactorRedirect).toBe(true);
    const reused = await again.post('/api/auth/two-factor/verify-backup-code', { code });
    expect([reused.status, reused.body.error.code]).toEqual([422, 'two-factor-code-invalid']);
    expect(again.hasSession()).toBe(false);
    expect((await again.post('/api/auth/two-factor/verify-backup-code', { code: other })).status).toBe(200);
    expect((await again.get('/api/account/security')).body.twoFactor.recoveryCodesLeft).toBe(8);
  });

  it('ends a challenge after 5 wrong codes: the next try must start again with the password', async () => {
    const { key } = await enableTwoFactor(admin, ADMIN.password);
    const client = browser();
    expect((await client.post('/api/auth/two-factor/verify-totp', { code: totpCode(key) })).body.error.code).toBe('unauthenticated');
    await client.signIn(ADMIN.email, ADMIN.password);
    // better-auth allows 3 second-step calls per 10 s from one address; each guess comes from its own.
    const guess = async (code: string) => {
      const other = new TestClient(server, `198.51.100.${100 + ++ips}`);
      other.setCookie('better-auth.two_factor', client.cookie('two_factor')!);
      return other.post('/api/auth/two-factor/verify-totp', { code });
    };
    for (let i = 0; i < 5; i++) expect((await guess(wrongCode(key))).body.error.code).toBe('two-factor-code-invalid');
    const late = await guess(totpCode(key));
    expect([late.status, late.body.error.code, late.body.error.details.restart]).toEqual([401, 'unauthenticated', true]);
  });

  it('makes new recovery codes after the password; the old ones stop working', async () => {
    const { key, recoveryCodes } = await enableTwoFactor(admin, ADMIN.password);
    expect((await admin.post('/api/account/two-factor/recovery-codes', { password: 'wrong password' })).status).toBe(422);
    const renewed = await admin.post('/api/account/two-factor/recovery-codes', { password: ADMIN.password });
    expect(renewed.status).toBe(200);
    const fresh: string[] = renewed.body.recoveryCodes;
    expect(fresh).toHaveLength(10);
    expect(fresh.filter((c) => recoveryCodes.includes(c))).toEqual([]);

    const client = browser();
    await client.signIn(ADMIN.email, ADMIN.password);
    expect((await client.post('/api/auth/two-factor/verify-backup-code', { code: recoveryCodes[0] })).status).toBe(422);
    expect((await client.post('/api/auth/two-factor/verify-backup-code', { code: fresh[0] })).status).toBe(200);
    expect((await auditOf(admin)).filter((e) => e.action === 'user.two-factor.recovery-codes')).toHaveLength(1);
    await signInWithTotp(server, ADMIN.email, ADMIN.password, key, '198.51.100.200');
  });

  it('turns off only with the password; sign-in is one step again', async () => {
    await enableTwoFactor(admin, ADMIN.password);
    const refused = await admin.post('/api/account/two-factor/disable', { password: 'wrong password' });
    expect([refused.status, refused.body.error.code]).toEqual([422, 'password-wrong']);
    expect((await admin.get('/api/account/security')).body.twoFactor.enabled).toBe(true);
    expect((await admin.post('/api/account/two-factor/disable', { password: ADMIN.password })).status).toBe(200);
    expect((await admin.get('/api/account/security')).body.twoFactor).toEqual({ enabled: false, setupPending: false, recoveryCodesLeft: 0 });
    const client = browser();
    const signedIn = await client.signIn(ADMIN.email, ADMIN.password);
    expect(signedIn.body.twoFactorRedirect).toBeUndefined();
    expect((await client.get('/api/me')).status).toBe(200);
    const audit = await auditOf(admin);
    expect(audit.find((e) => e.action === 'user.two-factor.disable')?.changes).toEqual({ twoFactor: false });
  });

  it('never trusts a device to skip the second step, and keeps better-auth’s own 2FA switches closed', async () => {
    const { key } = await enableTwoFactor(admin, ADMIN.password);
    const client = browser();
    await client.signIn(ADMIN.email, ADMIN.password);
    expect((await client.post('/api/auth/two-factor/verify-totp', { code: totpCode(key), trustDevice: true })).status).toBe(200);
    await client.signOut();
    expect((await client.signIn(ADMIN.email, ADMIN.password)).body.twoFactorRedirect).toBe(true);

    for (const path of ['two-factor/enable', 'two-factor/disable', 'two-factor/generate-backup-codes', 'two-factor/get-totp-uri', 'change-password', 'update-user']) {
      const answer = await admin.post(`/api/auth/${path}`, { password: ADMIN.password, newPassword: 'x'.repeat(12), currentPassword: ADMIN.password });
      expect(answer.status, path).toBe(404);
    }
    expect((await admin.get('/api/account/security')).body.twoFactor.enabled).toBe(true);
  });

  it('an organisation that requires it lets a member without it do nothing but set it up', async () => {
    const { client: editor } = await inviteAndAccept(server, admin, EDITOR, 'editor');
    const early = await admin.put('/api/admin/security-policy', { requireTwoFactor: true });
    expect([early.status, early.body.error.details.reason]).toEqual([409, 'own-two-factor-off']);
    await enableTwoFactor(admin, ADMIN.password);
    expect((await editor.put('/api/admin/security-policy', { requireTwoFactor: true })).status).toBe(403);
    const policy = await admin.put('/api/admin/security-policy', { requireTwoFactor: true });
    expect(policy.body).toEqual({ requireTwoFactor: true, membersWithoutTwoFactor: 1 });

    expect((await editor.get('/api/me')).status).toBe(200);
    expect((await editor.get('/api/account/security')).body).toMatchObject({ organisationRequiresTwoFactor: true, setupRequired: true });
    for (const [method, url] of [['GET', '/api/campaigns'], ['POST', '/api/campaigns'], ['GET', '/api/members'], ['GET', '/api/account/sessions'], ['POST', '/api/account/password']]) {
      const answer = await editor.request(method!, url!, method === 'POST' ? {} : undefined);
      expect([url, answer.status, answer.body.error.code]).toEqual([url, 403, 'two-factor-required']);
    }
    const { key } = await enableTwoFactor(editor, EDITOR.password);
    expect((await editor.get('/api/campaigns')).status).toBe(200);
    expect((await admin.get('/api/admin/security-policy')).body.membersWithoutTwoFactor).toBe(0);
    const off = await editor.post('/api/account/two-factor/disable', { password: EDITOR.password });
    expect([off.status, off.body.error.code]).toEqual([403, 'two-factor-required']);
    await signInWithTotp(server, EDITOR.email, EDITOR.password, key, '198.51.100.201');

    expect((await admin.put('/api/admin/security-policy', { requireTwoFactor: false })).body.requireTwoFactor).toBe(false);
    const entries = (await auditOf(admin)).filter((e) => e.action === 'organisation.security-policy');
    expect(entries.map((e) => e.changes)).toEqual([{ requireTwoFactor: false }, { requireTwoFactor: true }]);
  });
});
