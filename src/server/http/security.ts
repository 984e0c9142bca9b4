/**
 * Browser-side protections of every response and request: strict headers, a same-origin
 * check on state-changing requests, bounded request bodies, and no-store on private data.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../core/errors.js';
import { errorResponse } from './errors.js';

export const MAX_BODY_BYTES = 1024 * 1024;

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Mantine sets inline style attributes; styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS: readonly [string, string][] = [
  ['Content-Security-Policy', CSP],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
];
const NO_STORE: readonly [string, string][] = [...HEADERS, ['Cache-Control', 'no-store']];

/**
 * Set on the finished response's own headers, in place: `c.header()` after `next()` makes Hono
 * copy the whole Response once per call (seven copies a request, ~7–10 % of the server's CPU
 * under load, bench/findings.md). A Response with immutable headers (one fetched, or
 * Response.redirect) cannot be changed in place and is copied, once per header, as before.
 */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const headers = c.req.path.startsWith('/api/') || c.req.path.startsWith('/feeds/') ? NO_STORE : HEADERS;
  try {
    const target = c.res.headers;
    for (const [name, value] of headers) target.set(name, value);
  } catch {
    for (const [name, value] of headers) c.header(name, value);
  }
};

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A state-changing request must come from our own pages: its Origin (sent by every browser on
 * such requests) must be this server's origin, and cross-site fetch metadata is refused.
 */
export const sameOrigin: MiddlewareHandler = async (c, next) => {
  if (!UNSAFE.has(c.req.method)) return next();
  const origin = c.req.header('origin');
  const site = c.req.header('sec-fetch-site');
  const host = c.req.header('host');
  const ownOrigin = host ? `${new URL(c.req.url).protocol}//${host}` : null;
  const crossSite = site !== undefined && site !== 'same-origin' && site !== 'none';
  if ((origin !== undefined && origin !== ownOrigin) || crossSite) {
    return errorResponse(c, new AppError('forbidden', 'Cross-site request refused.'));
  }
  return next();
};

const defaultLimit = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: (c) => errorResponse(c, new AppError('payload-too-large', `The request is larger than ${MAX_BODY_BYTES / 1024} KiB.`)),
});

/** Paths with their own, larger body limit (file uploads). */
export const LARGE_BODY_PATHS = new Set(['/api/admin/recommendations/import']);

/** Documents people upload to a campaign (a report PDF, a contact sheet): larger than JSON, still bounded. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const UPLOAD_PATH = /^\/api\/campaigns\/[^/]+\/(outcome\/preview|outcome\/responses|contacts\/preview|contacts\/import)$/;
const uploadLimit = bodyLimit({
  maxSize: MAX_UPLOAD_BYTES,
  onError: (c) => errorResponse(c, new AppError('payload-too-large', `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB.`)),
});

export const limitBody: MiddlewareHandler = (c, next) => {
  if (LARGE_BODY_PATHS.has(c.req.path)) return next();
  return UPLOAD_PATH.test(c.req.path) ? uploadLimit(c, next) : defaultLimit(c, next);
};

/** A small in-memory limiter for unauthenticated endpoints that take secrets (setup code, invitation). */
export function attemptLimiter(max: number, windowMs: number) {
  const hits = new Map<string, number[]>();
  return (key: string, nowMs: number): boolean => {
    const recent = (hits.get(key) ?? []).filter((t) => nowMs - t < windowMs);
    recent.push(nowMs);
    hits.set(key, recent);
    if (hits.size > 10_000) hits.clear();
    return recent.length <= max;
  };
}
