/**
 * Deny by default: every API route outside the public list needs a better-auth session of a
 * member. While the organisation requires two-step sign-in and the member has not set it up,
 * only the routes of the setup page answer; everything else is 403 `two-factor-required`.
 */
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../core/errors.js';
import { resolveRequestContext } from '../app/me.js';
import { recordSessionActivity } from '../app/sessions.js';
import type { Env, HttpContext } from './context.js';
import { errorResponse } from './errors.js';
import { isPublicPath } from './public-routes.js';

/** What the two-step setup page needs (sign-out is better-auth's, outside the gate). */
export const TWO_FACTOR_SETUP_ROUTES = new Set([
  'GET /api/me',
  'PUT /api/me/language',
  'GET /api/account/security',
  'POST /api/account/two-factor/setup',
  'POST /api/account/two-factor/confirm',
]);

export function sessionGate(ctx: HttpContext): MiddlewareHandler<Env> {
  return async (c, next) => {
    if (isPublicPath(c.req.path)) return next();
    const headers = c.req.raw.headers;
    const validate = () => ctx.auth.api.getSession({ headers });
    const session = await (ctx.sessions ? ctx.sessions.lookup(headers, validate) : validate());
    if (!session) return errorResponse(c, new AppError('unauthenticated', 'Please sign in.'));
    // Membership, language and the two-step policy in one read (on PostgreSQL each query is a
    // round trip), remembered a few seconds and forgotten at any write to them (decision record 0011).
    const userId = session.user.id;
    const resolve = () => resolveRequestContext(ctx.deps, userId);
    const { actor, language, mustSetUpTwoFactor } = (await (ctx.contexts ? ctx.contexts.lookup(userId, resolve) : resolve()))!;
    c.set('actor', actor);
    c.set('sessionId', session.session.id);
    c.set('language', language);
    if (!TWO_FACTOR_SETUP_ROUTES.has(`${c.req.method} ${c.req.path}`) && mustSetUpTwoFactor) {
      return errorResponse(c, new AppError('two-factor-required', 'Your organisation requires two-step sign-in. Set it up in your account settings first.'));
    }
    await recordSessionActivity(ctx.deps, session.session.id);
    return next();
  };
}
