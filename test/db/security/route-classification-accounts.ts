/**
 * The routes of account security (two-step sign-in, own sessions, password change, the
 * organisation's 2FA policy, password reset links), classified like every other route; spread
 * into ROUTES of route-classification.ts. The same call is made by a viewer, an editor and an
 * admin, whose passwords differ: calls that need the password send a wrong one (422, nothing
 * changes), so no test here changes a seeded account's password, 2FA or sessions. What the
 * right password does is tested in two-factor, sessions and password-reset .db.test.ts.
 */
import type { RouteSpec } from './route-classification.js';
import { disposableMember } from './seed.js';

const WRONG_PASSWORD = { password: 'not the password 1' };

export const ACCOUNT_ROUTES: Record<string, RouteSpec> = {
  'GET /api/account/security': { minimumRole: 'viewer', ok: 200, call: () => ({}) },
  'POST /api/account/two-factor/setup': { body: 'json', minimumRole: 'viewer', ok: 422, call: () => ({ json: WRONG_PASSWORD }) },
  // Nobody seeded has started a setup: there is no secret to confirm.
  'POST /api/account/two-factor/confirm': { body: 'json', minimumRole: 'viewer', ok: 409, call: () => ({ json: { code: '123456' } }) },
  'POST /api/account/two-factor/recovery-codes': { body: 'json', minimumRole: 'viewer', ok: 422, call: () => ({ json: WRONG_PASSWORD }) },
  'POST /api/account/two-factor/disable': { body: 'json', minimumRole: 'viewer', ok: 422, call: () => ({ json: WRONG_PASSWORD }) },
  'GET /api/account/sessions': { minimumRole: 'viewer', ok: 200, call: () => ({}) },
  // Sessions are a user's, not an organisation's: anyone else's (or none) is 404 for every role.
  'DELETE /api/account/sessions/:id': { minimumRole: 'viewer', ok: 404, call: () => ({ params: { id: crypto.randomUUID() } }) },
  // Ends only sessions no test client uses (the seeded clients each hold one session).
  'POST /api/account/sessions/revoke-others': { minimumRole: 'viewer', ok: 200, call: () => ({}) },
  'POST /api/account/password': {
    body: 'json', minimumRole: 'viewer', ok: 422, call: () => ({ json: { currentPassword: 'not the password 1', newPassword: 'a new password 123' } }),
  },
  'GET /api/admin/security-policy': { minimumRole: 'admin', ok: 200, call: () => ({}) },
  'PUT /api/admin/security-policy': { body: 'json', minimumRole: 'admin', ok: 200, call: () => ({ json: { requireTwoFactor: false } }) },
  'POST /api/members/:id/password-reset': {
    ids: { id: 'member' }, minimumRole: 'admin', ok: 201, call: async (ctx) => ({ params: { id: await disposableMember(ctx.server, ctx.seed.orgId, ctx.unique()) } }),
  },
  // Public: the link's token is the credential (a made-up one here; real links in password-reset.db.test.ts).
  'GET /api/password-resets/by-token/:token': { public: true, minimumRole: null, ok: 404, call: () => ({ params: { token: 'no-such-reset-token' } }) },
  'POST /api/password-resets/by-token/:token': {
    body: 'json', public: true, minimumRole: null, ok: 404, call: () => ({ params: { token: 'no-such-reset-token' }, json: { password: 'mallory password 1' } }),
  },
};
