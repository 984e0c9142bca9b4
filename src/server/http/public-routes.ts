/**
 * Routes that answer without a session: health, first-run setup, invitation links, secret
 * calendar feeds (and password reset links, password-reset-routes.ts). Everything else is behind the session check (deny by default).
 */
import { Hono, type Context } from 'hono';
import { AppError } from '../../core/errors.js';
import { acceptInvitationSchema, setupRequestSchema } from '../../shared/contracts/auth.js';
import { feedIcs } from '../app/calendar-feeds.js';
import { acceptInvitation, previewInvitation } from '../app/members.js';
import { completeSetup, getSetupStatus } from '../app/setup.js';
import { forwardCookies, jsonBody, type Env, type HttpContext } from './context.js';
import { deviceCookieFor } from './auth-gateway.js';
import { attemptLimiter } from './security.js';

export const PUBLIC_API_PREFIXES = ['/api/health', '/api/setup', '/api/auth/', '/api/invitations/by-token/', '/api/password-resets/by-token/'];

export function isPublicPath(path: string): boolean {
  return PUBLIC_API_PREFIXES.some((p) => path === p || path.startsWith(p.endsWith('/') ? p : `${p}/`)) || !path.startsWith('/api/');
}

async function signIn(ctx: HttpContext, c: Context<Env>, email: string, password: string): Promise<void> {
  // The session records the client's address, as after any sign-in (app.ts sets it from the socket).
  const headers = new Headers(c.req.raw.headers);
  headers.set('x-upr-client-ip', c.get('clientIp'));
  const response = await ctx.auth.api.signInEmail({ body: { email, password }, headers, asResponse: true });
  if (!response.ok) throw new AppError('unauthenticated', 'Your account was created; sign in with it.');
  forwardCookies(response, c);
  // This browser is now a known device of the account (sign-in throttling spares it).
  c.header('Set-Cookie', deviceCookieFor(ctx, email), { append: true });
}

export function publicRoutes(ctx: HttpContext, version: string) {
  const app = new Hono<Env>();
  const secretAttempts = attemptLimiter(10, 15 * 60_000);
  const guard = (c: Context<Env>) => {
    if (!secretAttempts(c.get('clientIp'), Date.now())) throw new AppError('rate-limited', 'Too many attempts. Wait 15 minutes and try again.');
  };

  app.get('/api/health', (c) => c.json({ status: 'ok', engine: ctx.deps.engine, version }));
  app.get('/api/setup/status', async (c) => c.json(await getSetupStatus(ctx.deps)));
  app.post('/api/setup', async (c) => {
    guard(c);
    const request = setupRequestSchema.parse(await jsonBody(c));
    await completeSetup(ctx.deps, ctx.setup.current, request);
    ctx.setup.current = null;
    await signIn(ctx, c, request.email, request.password);
    return c.json({ ok: true });
  });
  app.get('/api/invitations/by-token/:token', async (c) => {
    guard(c);
    return c.json(await previewInvitation(ctx.deps, c.req.param('token')));
  });
  app.post('/api/invitations/by-token/:token/accept', async (c) => {
    guard(c);
    const request = acceptInvitationSchema.parse(await jsonBody(c));
    const { email } = await acceptInvitation(ctx.deps, c.req.param('token'), request);
    await signIn(ctx, c, email, request.password);
    return c.json({ ok: true });
  });
  app.get('/feeds/:file', async (c) => {
    const file = c.req.param('file');
    if (!file.endsWith('.ics')) throw new AppError('not-found', 'Calendar feed not found');
    const body = await feedIcs(ctx.deps, file.slice(0, -4));
    return c.body(body, 200, { 'Content-Type': 'text/calendar; charset=utf-8' });
  });
  return app;
}
