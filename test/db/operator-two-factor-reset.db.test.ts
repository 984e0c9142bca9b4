/**
 * The operator's way back in for a member who lost both the authenticator and the recovery
 * codes: `upr-advocate user reset-two-factor EMAIL` turns two-step sign-in off, ends the member's
 * sessions and is audited; nothing an organisation admin can do in the app (decision record 0004).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/errors.js';
import { resetTwoFactorByOperator } from '../../src/server/app/operator-two-factor-reset.js';
import { cliIn } from '../cli-runner.js';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { EDITOR, inviteAndAccept } from '../factories.js';
import { ADMIN, setUpInstance, TestClient } from '../http-client.js';
import { enableTwoFactor, signInWithTotp } from '../two-factor-helpers.js';

describe.each(ENGINES)('operator resets a member’s two-step sign-in (%s)', (engine) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer(engine);
  });
  afterEach(async () => server.dispose());

  it('turns it off, ends every session of the member, audits it, and asks again when the organisation requires it', async () => {
    const admin = await setUpInstance(server);
    const { client: editor } = await inviteAndAccept(server, admin, EDITOR, 'editor');
    const { key } = await enableTwoFactor(editor, EDITOR.password);
    const elsewhere = await signInWithTotp(server, EDITOR.email, EDITOR.password, key);
    await enableTwoFactor(admin, ADMIN.password);
    expect((await admin.put('/api/admin/security-policy', { requireTwoFactor: true })).status).toBe(200);

    const summary = await resetTwoFactorByOperator(server.deps, ` ${EDITOR.email.toUpperCase()} `);
    expect(summary).toMatchObject({ orgName: 'Kazakh Human Rights Bureau', setUpAgainRequired: true });
    expect(summary.sessionsEnded).toBe(2);
    expect((await editor.get('/api/me')).status).toBe(401);
    expect((await elsewhere.get('/api/me')).status).toBe(401);

    // The password alone signs in now, and the organisation's policy sends the member to set it up again.
    const back = new TestClient(server);
    const signedIn = await back.signIn(EDITOR.email, EDITOR.password);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.twoFactorRedirect).toBeUndefined();
    const blocked = await back.get('/api/campaigns');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe('two-factor-required');
    // The admin's own two-step sign-in is untouched, and the admin sees the reset in the audit log.
    expect((await admin.get('/api/me')).status).toBe(200);
    const audit = (await admin.get('/api/audit')).body as { action: string; actorName: string | null; changes: unknown }[];
    const entry = audit.find((e) => e.action === 'user.two-factor.reset-by-operator');
    expect(entry?.actorName).toBeNull(); // the operator, not a member
    expect(entry?.changes).toEqual({ twoFactor: false, sessionsEnded: 2 });
  });

  it('refuses an unknown address and a member without two-step sign-in, changing nothing', async () => {
    const admin = await setUpInstance(server);
    const refused = async (email: string) => {
      try {
        await resetTwoFactorByOperator(server.deps, email);
      } catch (error) {
        return error instanceof AppError ? error.code : String(error);
      }
      return 'accepted';
    };
    expect(await refused('nobody@example.org')).toBe('not-found');
    expect(await refused(ADMIN.email)).toBe('conflict');
    expect((await admin.get('/api/me')).status).toBe(200);
  });
});

describe('upr-advocate user reset-two-factor', () => {
  it('prints what it did and exits 0; exits 1 with one line for an unknown address', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-cli-2fa-'));
    try {
      const server = await createTestServer('sqlite', { dataDir });
      const admin = await setUpInstance(server);
      await enableTwoFactor(admin, ADMIN.password);
      await server.dispose();
      const cli = cliIn(dataDir);
      const done = cli('user', 'reset-two-factor', ADMIN.email);
      expect(done.code).toBe(0);
      expect(done.stdout).toContain(`Two-step sign-in is off for ${ADMIN.email} (Kazakh Human Rights Bureau); 1 session(s) ended.`);
      const unknown = cli('user', 'reset-two-factor', 'nobody@example.org');
      expect(unknown.code).toBe(1);
      expect(unknown.stderr.trim()).toBe('upr-advocate: No account has the e-mail address nobody@example.org.');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
