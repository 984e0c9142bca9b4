/**
 * better-auth owns passwords, sign-in, sessions and rate limiting, on our Kysely database.
 * Public sign-up is off: accounts are created only by the first-run setup and by invitations
 * (our use cases, which also write the organisation membership and the audit log).
 */
import { betterAuth } from 'better-auth';
import type { Kysely } from 'kysely';
import type { Engine } from '../db/database.js';
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords.js';

export interface AuthOptions {
  db: Kysely<any>;
  engine: Engine;
  secret: string;
  baseUrl: string;
  sessionMaxAgeSeconds: number;
  secureCookies: boolean;
}

export function createAuth(options: AuthOptions) {
  return betterAuth({
    appName: 'UPR Advocate',
    baseURL: options.baseUrl,
    basePath: '/api/auth',
    secret: options.secret,
    database: { db: options.db, type: options.engine },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      password: { hash: hashPassword, verify: ({ hash, password }) => verifyPassword(hash, password) },
    },
    session: {
      expiresIn: options.sessionMaxAgeSeconds,
      updateAge: 60 * 60 * 24,
    },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: { '/sign-in/email': { window: 15 * 60, max: 10 } },
    },
    // Our same-origin middleware has already refused cross-site requests, so the request's own
    // origin (localhost or 127.0.0.1, whichever the user typed) is the trusted one.
    trustedOrigins: (request) => [options.baseUrl, request ? new URL(request.url).origin : undefined],
    advanced: {
      // Set by our HTTP layer from the socket; client-sent forwarding headers are not trusted.
      ipAddress: { ipAddressHeaders: ['x-upr-client-ip'] },
      useSecureCookies: options.secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure: options.secureCookies },
      database: { generateId: () => crypto.randomUUID() },
    },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;
