/**
 * The door to better-auth (`/api/auth/*`). Only what the web app needs is let through: sign-in
 * (throttled per address, account and device), its second step (TOTP or recovery code),
 * sign-out and the session read. Every other better-auth endpoint (password change, session
 * lists, user update, turning 2FA on or off…) answers 404, because those changes are made by
 * our use cases, inside a transaction with their audit entry. Session tokens are taken out of
 * JSON answers: the HttpOnly cookie is the only place a browser holds one.
 */
import type { Context } from 'hono';
import { AppError } from '../../core/errors.js';
import { isSignInThrottled, recordSignInFailure, type SignInAttempt } from '../app/login-throttling.js';
import { DEVICE_COOKIE, deviceCookieHeader, deviceKeyOf, newDeviceCookieValue } from '../auth/device-cookie.js';
import type { Env, HttpContext } from './context.js';
import { errorResponse } from './errors.js';

const EXPOSED = new Set(['POST /sign-in/email', 'POST /sign-out', 'GET /get-session', 'POST /two-factor/verify-totp', 'POST /two-factor/verify-backup-code']);

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/** The Cookie header without the session cookies: the second step must start from the challenge. */
function withoutSessionCookies(header: string | null): string {
  return (header ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part && !/(^|\.)(session_token|session_data)=/.test(part))
    .join('; ');
}

async function jsonOf(text: string): Promise<Record<string, unknown> | null> {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** better-auth's answer without session tokens in its JSON, plus a device cookie after a complete sign-in. */
async function present(response: Response, deviceCookie: string | null): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  if (deviceCookie) headers.append('Set-Cookie', deviceCookie);
  const text = await response.text();
  const body = (response.headers.get('content-type') ?? '').includes('json') ? await jsonOf(text) : null;
  if (!body) return new Response(text, { status: response.status, headers });
  delete body.token;
  if (body.session && typeof body.session === 'object') delete (body.session as Record<string, unknown>).token;
  return new Response(JSON.stringify(body), { status: response.status, headers });
}

/** The account a successful answer signed in (a session cookie was set), or null. */
async function signedInEmail(response: Response): Promise<string | null> {
  const setsSession = response.headers.getSetCookie().some((cookie) => /session_token=[^;]+/.test(cookie) && !/max-age=0/i.test(cookie));
  if (!response.ok || !setsSession) return null;
  const body = await jsonOf(await response.clone().text());
  const user = body?.user as { email?: unknown } | undefined;
  return typeof user?.email === 'string' ? user.email : null;
}

/**
 * better-auth's refusals of the second step in our error contract (a translated code): a wrong
 * code, a challenge that expired or ran out of attempts (start again), an account locked.
 */
const CHALLENGE_ENDED = new Set(['INVALID_TWO_FACTOR_COOKIE', 'TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE', 'TOTP_NOT_ENABLED', 'BACKUP_CODES_NOT_ENABLED']);

async function secondStepError(response: Response): Promise<AppError | null> {
  if (response.ok) return null;
  const code = (await jsonOf(await response.clone().text()))?.code;
  if (code === 'INVALID_CODE' || code === 'INVALID_BACKUP_CODE') return new AppError('two-factor-code-invalid', 'This code is not right.', { field: 'code' });
  if (response.status === 429) return new AppError('rate-limited', 'Too many wrong codes. Wait 15 minutes and try again.');
  if (typeof code === 'string' && CHALLENGE_ENDED.has(code)) {
    return new AppError('unauthenticated', 'The sign-in expired or had too many wrong codes. Start again with your password.', { restart: true });
  }
  return null;
}

function deviceSecret(ctx: HttpContext): string {
  const secret = ctx.auth.options.secret;
  if (!secret) throw new Error('better-auth has no secret: device cookies cannot be signed');
  return secret;
}

/** The Set-Cookie header that makes this browser a known device of `email` (after a complete sign-in). */
export function deviceCookieFor(ctx: HttpContext, email: string): string {
  return deviceCookieHeader(newDeviceCookieValue(deviceSecret(ctx), email), ctx.auth.options.advanced?.useSecureCookies === true);
}

export function authGateway(ctx: HttpContext) {
  const secret = deviceSecret(ctx);
  const call = (request: Request) => ctx.auth.handler(request);

  async function finish(response: Response): Promise<Response> {
    const email = await signedInEmail(response);
    return present(response, email ? deviceCookieFor(ctx, email) : null);
  }

  async function signIn(c: Context<Env>, headers: Headers): Promise<Response> {
    const text = await c.req.text();
    const body = await jsonOf(text);
    const request = new Request(c.req.url, { method: 'POST', headers, body: text });
    if (typeof body?.email !== 'string' || typeof body.password !== 'string') return present(await call(request), null);
    const attempt: SignInAttempt = {
      ip: c.get('clientIp'),
      email: body.email,
      deviceKey: deviceKeyOf(secret, cookieValue(c.req.header('cookie'), DEVICE_COOKIE), body.email),
    };
    if (await isSignInThrottled(ctx.deps, attempt)) {
      return errorResponse(c, new AppError('rate-limited', 'Too many failed sign-ins. Wait 15 minutes and try again.'));
    }
    const response = await call(request);
    if (response.status === 401) await recordSignInFailure(ctx.deps, attempt);
    return finish(response);
  }

  async function secondStep(c: Context<Env>, headers: Headers): Promise<Response> {
    const body = await jsonOf(await c.req.text());
    // Only the code goes on: no "trust this device" (which would skip the second step for 30
    // days on a device that may be seized), no answer without a session.
    headers.set('cookie', withoutSessionCookies(headers.get('cookie')));
    headers.set('content-type', 'application/json');
    const code = typeof body?.code === 'string' ? body.code.trim() : body?.code;
    const response = await call(new Request(c.req.url, { method: 'POST', headers, body: JSON.stringify({ code }) }));
    const refused = await secondStepError(response);
    if (refused) {
      const answer = errorResponse(c, refused);
      // A challenge that ended also ends its cookie (better-auth expires it on the way out).
      for (const cookie of response.headers.getSetCookie()) answer.headers.append('Set-Cookie', cookie);
      return answer;
    }
    return finish(response);
  }

  return async (c: Context<Env>): Promise<Response> => {
    const endpoint = `${c.req.method} ${c.req.path.slice('/api/auth'.length)}`;
    if (!EXPOSED.has(endpoint)) return errorResponse(c, new AppError('not-found', `No API route ${c.req.method} ${c.req.path}`));
    // better-auth reads the client address from this header for its rate limits.
    const headers = new Headers(c.req.raw.headers);
    headers.set('x-upr-client-ip', c.get('clientIp'));
    if (endpoint === 'POST /sign-in/email') return signIn(c, headers);
    if (endpoint.startsWith('POST /two-factor/')) return secondStep(c, headers);
    return present(await call(new Request(c.req.raw, { headers })), null);
  };
}
