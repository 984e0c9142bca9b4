/**
 * Account security: two-factor sign-in (TOTP + single-use recovery codes), the organisation's
 * "require two-factor" policy, own sessions, password change and admin-issued reset links.
 */
import { z } from 'zod';
import { passwordSchema } from './common.js';

/** The current password, typed again before a sensitive change (never checked for strength). */
export const currentPasswordSchema = z.string().min(1, { message: 'required' }).max(256, { message: 'password-long' });

export const passwordConfirmationSchema = z.strictObject({ password: currentPasswordSchema });
export type PasswordConfirmation = z.infer<typeof passwordConfirmationSchema>;

/** A 6-digit code of an authenticator app; spaces people type between the digits are dropped. */
export const totpCodeSchema = z
  .string()
  .transform((s) => s.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, { message: 'totp-code' }));

export const confirmTwoFactorSchema = z.strictObject({ code: totpCodeSchema });

export const changePasswordSchema = z.strictObject({ currentPassword: currentPasswordSchema, newPassword: passwordSchema });
export type ChangePasswordRequest = z.infer<typeof changePasswordSchema>;

export const securityPolicySchema = z.strictObject({ requireTwoFactor: z.boolean() });
export type SecurityPolicyRequest = z.infer<typeof securityPolicySchema>;

export const resetPasswordSchema = z.strictObject({ password: passwordSchema });

export interface SecurityStatusDto {
  twoFactor: {
    enabled: boolean;
    /** A secret was shown but not confirmed with a code yet. */
    setupPending: boolean;
    recoveryCodesLeft: number;
  };
  organisationRequiresTwoFactor: boolean;
  /** Nothing but setting up two-factor sign-in is allowed until it is on. */
  setupRequired: boolean;
}

export interface TwoFactorSetupDto {
  otpauthUri: string;
  manualKey: string;
  /** The URI as a QR code (an SVG data URL drawn by the server). */
  qrCode: string;
}

/** Shown once: only their encrypted form is kept. */
export interface RecoveryCodesDto {
  recoveryCodes: string[];
}

export interface SessionDto {
  id: string;
  userAgent: string | null;
  ipAddress: string | null;
  createdAt: string;
  lastActiveAt: string;
  expiresAt: string;
  /** The session of the browser asking. */
  current: boolean;
}

export interface SecurityPolicyDto {
  requireTwoFactor: boolean;
  membersWithoutTwoFactor: number;
}

export interface PasswordResetLinkDto {
  /** The one-time link; shown once to the admin who issued it. */
  link: string;
  expiresAt: string;
}

export interface PasswordResetPreviewDto {
  email: string;
  organisationName: string;
}
