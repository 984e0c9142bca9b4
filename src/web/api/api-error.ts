/**
 * The one error type of the web client. `code` is the server's error code (see
 * src/core/errors.ts), or `network` when the server could not be reached, or `unknown`.
 */
import type { ErrorCode, ErrorDetails } from '../../core/errors.js';

export type ApiErrorCode = ErrorCode | 'network' | 'unknown';

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'validation',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'payload-too-large',
  422: 'validation',
  429: 'rate-limited',
  507: 'storage-full',
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field → message key of a validation error, e.g. { email: 'email' }. */
  fieldIssues(): Record<string, string> {
    const issues = this.details.issues ?? [];
    const result: Record<string, string> = {};
    for (const issue of issues) {
      const field = String(issue.path).split('.')[0] ?? '';
      if (field && !result[field]) result[field] = issue.message;
    }
    return result;
  }

  /** Builds an ApiError from a failed response, whatever shape its body has. */
  static fromResponse(status: number, body: unknown): ApiError {
    const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
    if (error && typeof error.code === 'string') {
      return new ApiError(status, error.code as ErrorCode, String(error.message ?? error.code), (error.details as ErrorDetails) ?? {});
    }
    // better-auth answers with its own body ({ code, message }): go by the status.
    return new ApiError(status, STATUS_CODES[status] ?? 'unknown', `HTTP ${status}`);
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}
