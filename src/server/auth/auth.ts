/**
 * better-auth owns passwords, sign-in, sessions and rate limiting, on our Kysely database.
 * Public sign-up is off: accounts are created only by the first-run setup and by invitations
 * (our use cases, which also write the organisation membership and the audit log).
 * Its two-factor plugin asks for the TOTP or recovery code after the password (the
 * `twoFactorRedirect` answer); turning 2FA on and off is ours (docs/decisions/0004).
 */
import { betterAuth } from 'better-auth';
import { twoFactor } from 'better-auth/plugins/two-factor';
import type { Kysely } from 'kysely';
import type { Engine } from '../db/database.js';
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords.js';

/** The name authenticator apps show next to the account. */
export const TWO_FACTOR_ISSUER = 'UPR Advocate';

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
      customRules: {
        // Failed sign-ins are throttled per account, device and IP by our gateway
        // (http/auth-gateway.ts); this only caps the volume of one address.
        '/sign-in/email': { window: 60, max: 60 },
      },
    },
    plugins: [
      twoFactor({
        issuer: TWO_FACTOR_ISSUER,
        // 10 single-use codes of 10 characters, kept encrypted (the plugin's defaults, stated).
        backupCodeOptions: { amount: 10, length: 10, storeBackupCodes: 'encrypted' },
      }),
    ],
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
