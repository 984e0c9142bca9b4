/**
 * The one error type of the product. `code` is a closed set: the HTTP layer maps every code to
 * a status exhaustively, the CLI maps it to exit code 1, and the web app translates it with
 * the key `errors.<code>`. `details` carries what a user needs to fix the input (field names,
 * close matches), never internals.
 */
export const ERROR_CODES = [
  'validation',
  'unauthenticated',
  'forbidden',
  'not-found',
  'conflict',
  'rate-limited',
  'unknown-state',
  'invalid-date',
  'date-out-of-range',
  'setup-code-invalid',
  'setup-done',
  'invitation-invalid',
  'payload-too-large',
  'storage-full',
  'two-factor-required',
  'two-factor-code-invalid',
  'password-wrong',
  'password-reset-invalid',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorDetails {
  field?: string;
  suggestions?: string[];
  issues?: { path: string; message: string }[];
  [key: string]: unknown;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
