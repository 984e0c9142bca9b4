/**
 * Two-step sign-in through the API as a person does it: scan the QR code (read the otpauth URI),
 * type the app's code, keep the recovery codes; later sign in with password + code.
 */
import type { TestServer } from './db-helpers.js';
import { TestClient } from './http-client.js';
import { secretOfUri, totpCode } from './totp.js';

export interface EnabledTwoFactor {
  key: Buffer;
  recoveryCodes: string[];
}

export async function enableTwoFactor(client: TestClient, password: string): Promise<EnabledTwoFactor> {
  const setup = await client.post('/api/account/two-factor/setup', { password });
  if (setup.status !== 200) throw new Error(`2FA setup failed: ${setup.status} ${setup.text}`);
  const key = secretOfUri(setup.body.otpauthUri);
  const confirmed = await client.post('/api/account/two-factor/confirm', { code: totpCode(key) });
  if (confirmed.status !== 200) throw new Error(`2FA confirmation failed: ${confirmed.status} ${confirmed.text}`);
  return { key, recoveryCodes: confirmed.body.recoveryCodes };
}

/** Signs in on a fresh client (from `ip`) with password, then the authenticator's code. */
export async function signInWithTotp(server: TestServer, email: string, password: string, key: Buffer, ip?: string): Promise<TestClient> {
  const client = new TestClient(server, ip);
  const first = await client.signIn(email, password);
  if (first.status !== 200 || first.body.twoFactorRedirect !== true) throw new Error(`expected the second step: ${first.status} ${first.text}`);
  const second = await client.post('/api/auth/two-factor/verify-totp', { code: totpCode(key) });
  if (second.status !== 200) throw new Error(`second step failed: ${second.status} ${second.text}`);
  return client;
}
