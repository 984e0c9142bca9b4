/**
 * The signed-in user's account security (two-step sign-in, sessions, password) and the admin's
 * side of it (the organisation's policy, password reset links). Handlers only parse, call a
 * use case and present its result. Wrong passwords are limited per user like sign-in is.
 */
import { Hono, type Context } from 'hono';
import { AppError, isAppError } from '../../core/errors.js';
import { changePasswordSchema, passwordConfirmationSchema, securityPolicySchema } from '../../shared/contracts/account-security.js';
import { issuePasswordReset } from '../app/password-reset.js';
import { getSecurityPolicy, updateSecurityPolicy } from '../app/security-policy.js';
import { changePassword, listMySessions, revokeMyOtherSessions, revokeMySession } from '../app/sessions.js';
import { confirmTwoFactor, disableTwoFactor, getSecurityStatus, regenerateRecoveryCodes, startTwoFactorSetup } from '../app/two-factor.js';
import { twoFactorVault } from '../auth/two-factor-vault.js';
import { actorOf, jsonBody, type Env, type HttpContext } from './context.js';

const MAX_PASSWORD_FAILURES = 10;
const FAILURE_WINDOW_MS = 15 * 60_000;

/** Failed password confirmations per user (in memory: a restart forgives them). */
function passwordFailureLimiter() {
  const failures = new Map<string, number[]>();
  const recent = (userId: string, now: number) => (failures.get(userId) ?? []).filter((t) => now - t < FAILURE_WINDOW_MS);
  return async <T>(userId: string, action: () => Promise<T>): Promise<T> => {
    if (recent(userId, Date.now()).length >= MAX_PASSWORD_FAILURES) {
      throw new AppError('rate-limited', 'Too many wrong passwords. Wait 15 minutes and try again.');
    }
    try {
      return await action();
    } catch (error) {
      if (isAppError(error) && (error.code === 'password-wrong' || error.code === 'two-factor-code-invalid')) {
        if (failures.size > 10_000) failures.clear();
        failures.set(userId, [...recent(userId, Date.now()), Date.now()]);
      }
      throw error;
    }
  };
}

export function accountRoutes(ctx: HttpContext) {
  const { deps } = ctx;
  const vault = twoFactorVault(ctx.auth);
  const limited = passwordFailureLimiter();
  const app = new Hono<Env>();
  const userOf = (c: Context<Env>) => actorOf(c).userId;

  app.get('/api/account/security', async (c) => c.json(await getSecurityStatus(deps, vault, actorOf(c))));
  app.post('/api/account/two-factor/setup', async (c) => {
    const input = passwordConfirmationSchema.parse(await jsonBody(c));
    return c.json(await limited(userOf(c), () => startTwoFactorSetup(deps, vault, actorOf(c), input)));
  });
  app.post('/api/account/two-factor/confirm', async (c) => {
    const input = await jsonBody(c);
    return c.json(await limited(userOf(c), () => confirmTwoFactor(deps, vault, actorOf(c), input)));
  });
  app.post('/api/account/two-factor/recovery-codes', async (c) => {
    const input = passwordConfirmationSchema.parse(await jsonBody(c));
    return c.json(await limited(userOf(c), () => regenerateRecoveryCodes(deps, vault, actorOf(c), input)));
  });
  app.post('/api/account/two-factor/disable', async (c) => {
    const input = passwordConfirmationSchema.parse(await jsonBody(c));
    await limited(userOf(c), () => disableTwoFactor(deps, actorOf(c), input));
    return c.json({ ok: true });
  });

  app.get('/api/account/sessions', async (c) => c.json(await listMySessions(deps, actorOf(c), c.get('sessionId'))));
  app.delete('/api/account/sessions/:id', async (c) => {
    await revokeMySession(deps, actorOf(c), c.req.param('id'));
    return c.body(null, 204);
  });
  app.post('/api/account/sessions/revoke-others', async (c) => c.json(await revokeMyOtherSessions(deps, actorOf(c), c.get('sessionId'))));
  app.post('/api/account/password', async (c) => {
    const input = changePasswordSchema.parse(await jsonBody(c));
    return c.json(await limited(userOf(c), () => changePassword(deps, actorOf(c), c.get('sessionId'), input)));
  });

  app.get('/api/admin/security-policy', async (c) => c.json(await getSecurityPolicy(deps, actorOf(c))));
  app.put('/api/admin/security-policy', async (c) => c.json(await updateSecurityPolicy(deps, actorOf(c), securityPolicySchema.parse(await jsonBody(c)))));
  app.post('/api/members/:id/password-reset', async (c) => c.json(await issuePasswordReset(deps, actorOf(c), c.req.param('id')), 201));
  return app;
}
