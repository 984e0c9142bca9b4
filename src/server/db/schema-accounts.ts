/**
 * Kysely types of account security (migration 2026-11-28T0100): better-auth's two-factor table
 * and user flag (its own column names), the organisation's 2FA policy, and our tables for
 * pending TOTP secrets, sign-in failures, password reset links and session activity.
 * better-auth keeps booleans as 0/1 in SQLite and as booleans in PostgreSQL.
 */
import type { Generated } from 'kysely';

/** Added to better-auth's `user` table by its two-factor plugin. */
export interface UserTwoFactorColumns {
  twoFactorEnabled: Generated<number | boolean | null>;
}

/** Added to our `organization` table: members must use two-factor sign-in (0/1). */
export interface OrganizationPolicyColumns {
  require_two_factor: Generated<number>;
}

export interface TwoFactorTable {
  id: string;
  /** The TOTP secret, encrypted with the auth secret (better-auth's symmetric encryption). */
  secret: string;
  /** The unused recovery codes as an encrypted JSON array. */
  backupCodes: string;
  userId: string;
  verified: number | boolean | null;
  failedVerificationCount: number | null;
  lockedUntil: string | Date | null;
}

export interface TwoFactorPendingTable {
  user_id: string;
  /** Encrypted like TwoFactorTable.secret. */
  secret: string;
  created_at: string;
}

export interface LoginFailureTable {
  id: string;
  at: string;
  ip: string;
  account_key: string;
  device_key: string | null;
}

export interface PasswordResetTable {
  id: string;
  org_id: string;
  user_id: string;
  /** SHA-256 of the one-time token; the token is only shown to the admin who issued it. */
  token_hash: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  revoked_at: string | null;
}

export interface SessionActivityTable {
  session_id: string;
  last_active_at: string;
}

export interface AccountsTables {
  twoFactor: TwoFactorTable;
  two_factor_pending: TwoFactorPendingTable;
  login_failure: LoginFailureTable;
  password_reset: PasswordResetTable;
  session_activity: SessionActivityTable;
}
