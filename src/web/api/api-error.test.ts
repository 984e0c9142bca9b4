import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.js';

describe('ApiError.fromResponse', () => {
  it('keeps the code, message and details of the API error body', () => {
    const error = ApiError.fromResponse(400, {
      error: {
        code: 'validation',
        message: 'bad',
        details: {
          issues: [
            { path: 'email', message: 'email' },
            { path: 'reviewDate', message: 'invalid-date' },
          ],
        },
      },
    });
    expect(error.code).toBe('validation');
    expect(error.fieldIssues()).toEqual({ email: 'email', reviewDate: 'invalid-date' });
  });

  it('maps bodies of other shapes (better-auth) by HTTP status', () => {
    expect(ApiError.fromResponse(401, { code: 'INVALID_EMAIL_OR_PASSWORD' }).code).toBe('unauthenticated');
    expect(ApiError.fromResponse(429, null).code).toBe('rate-limited');
    expect(ApiError.fromResponse(502, 'Bad gateway').code).toBe('unknown');
  });
});
