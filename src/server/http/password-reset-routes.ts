/**
 * The public side of an admin-issued password reset link: what the link is for, and setting
 * the new password. Attempts that test a token are limited per address like invitation links.
 */
import { Hono, type Context } from 'hono';
import { AppError } from '../../core/errors.js';
import { resetPasswordSchema } from '../../shared/contracts/account-security.js';
import { completePasswordReset, previewPasswordReset } from '../app/password-reset.js';
import { jsonBody, type Env, type HttpContext } from './context.js';
import { attemptLimiter } from './security.js';

export const PASSWORD_RESET_PREFIX = '/api/password-resets/by-token/';

export function passwordResetRoutes(ctx: HttpContext) {
  const app = new Hono<Env>();
  const tokenAttempts = attemptLimiter(10, 15 * 60_000);
  const guard = (c: Context<Env>) => {
    if (!tokenAttempts(c.get('clientIp'), Date.now())) throw new AppError('rate-limited', 'Too many attempts. Wait 15 minutes and try again.');
  };

  app.get(`${PASSWORD_RESET_PREFIX}:token`, async (c) => {
    guard(c);
    return c.json(await previewPasswordReset(ctx.deps, c.req.param('token')));
  });
  app.post(`${PASSWORD_RESET_PREFIX}:token`, async (c) => {
    // A malformed body tests no token, so it is refused before it counts as an attempt.
    const input = resetPasswordSchema.parse(await jsonBody(c));
    guard(c);
    await completePasswordReset(ctx.deps, c.req.param('token'), input);
    return c.json({ ok: true });
  });
  return app;
}
