/**
 * What route handlers share: the use-case dependencies, better-auth, the first-run setup code,
 * and helpers to read the signed-in actor and parse JSON bodies.
 */
import type { Context } from 'hono';
import { AppError } from '../../core/errors.js';
import type { Language } from '../../shared/contracts/common.js';
import type { Actor, AppDeps } from '../app/deps.js';
import type { Auth } from '../auth/auth.js';
import type { SessionCache } from '../auth/session-cache.js';
import type { ShortMemory } from '../auth/short-memory.js';
import type { RequestContext } from '../app/me.js';

export interface SetupCodeHolder {
  /** The code printed at start while the instance has no user; null once set up. */
  current: string | null;
}

export interface HttpContext {
  deps: AppDeps;
  auth: Auth;
  setup: SetupCodeHolder;
  /** Sessions better-auth validated a moment ago (auth/session-cache.ts); without it, every request asks better-auth. */
  sessions?: SessionCache;
  /** Each user's request context, remembered a few seconds (decision record 0011). */
  contexts?: ShortMemory<RequestContext>;
}

export type Env = {
  Variables: {
    actor: Actor;
    language: Language;
    clientIp: string;
    /** better-auth's id of the session making the request (signed-in routes only). */
    sessionId: string;
  };
};

export function actorOf(c: Context<Env>): Actor {
  return c.get('actor');
}

export async function jsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('application/json')) throw new AppError('validation', 'Send the request body as JSON (Content-Type: application/json).');
  try {
    return await c.req.json();
  } catch {
    throw new AppError('validation', 'The request body is not valid JSON.');
  }
}

/** Copies better-auth's Set-Cookie headers onto our response (sign-in after setup or invitation). */
export function forwardCookies(from: Response, c: Context): void {
  for (const cookie of from.headers.getSetCookie()) c.header('Set-Cookie', cookie, { append: true });
}
