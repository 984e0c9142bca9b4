/**
 * One exhaustive mapping from error codes to HTTP statuses. Users get a code (translated by
 * the web app), a message and details that help them fix the input; stack traces stay here.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { AppError, type ErrorCode } from '../../core/errors.js';
import type { ApiErrorBody } from '../../shared/contracts/common.js';

export const STATUS_OF: Record<ErrorCode, ContentfulStatusCode> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'rate-limited': 429,
  'unknown-state': 400,
  'invalid-date': 400,
  'date-out-of-range': 400,
  'setup-code-invalid': 400,
  'setup-done': 409,
  'invitation-invalid': 404,
  'payload-too-large': 413,
  // 507 Insufficient Storage: the server's disk is full; nothing was written (transaction rolled back).
  'storage-full': 507,
  'two-factor-required': 403,
  // A well-formed request whose re-typed secret (password, authenticator code) is not right.
  'two-factor-code-invalid': 422,
  'password-wrong': 422,
  'password-reset-invalid': 404,
};

export function zodToAppError(error: ZodError): AppError {
  const issues = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  const summary = issues.map((i) => `${i.path || 'body'}: ${i.message}`).join('; ');
  return new AppError('validation', `The request is not valid: ${summary}`, { issues });
}

/**
 * PostgreSQL refuses U+0000 (NUL) in text (SQLSTATE 22021), which SQLite stores: a NUL in a
 * path, a query or a body is the client's mistake, never a 500.
 */
function isNulInText(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '22021';
}

/**
 * A full disk: SQLite's SQLITE_FULL (also when PRAGMA max_page_count is reached), PostgreSQL's
 * disk_full (SQLSTATE 53100). The transaction was rolled back, so the user learns that nothing
 * was saved instead of seeing a 500.
 */
function isStorageFull(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === 'SQLITE_FULL' || code === '53100';
}

export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return zodToAppError(error);
  if (isNulInText(error)) return new AppError('validation', 'The request contains a NUL character (U+0000); remove it and try again.');
  if (isStorageFull(error)) {
    console.error('[upr-advocate] the disk is full: a change was refused', error);
    return new AppError('storage-full', 'The server has run out of disk space: the change was not saved. Tell your administrator.');
  }
  return null;
}

export function errorResponse(c: Context, error: AppError) {
  const body: ApiErrorBody = { error: { code: error.code, message: error.message, details: error.details } };
  return c.json(body, STATUS_OF[error.code]);
}

export function handleError(error: unknown, c: Context) {
  const known = toAppError(error);
  if (known) return errorResponse(c, known);
  console.error('[upr-advocate] internal error', error);
  return c.json({ error: { code: 'internal', message: 'Something went wrong on the server. Try again; if it persists, tell your administrator.' } }, 500);
}
