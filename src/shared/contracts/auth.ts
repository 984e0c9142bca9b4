import { z } from 'zod';
import { ROLES } from '../../core/access/roles.js';
import { emailSchema, languageSchema, passwordSchema, personNameSchema } from './common.js';

export const setupRequestSchema = z.strictObject({
  setupCode: z.string().trim().min(1, { message: 'required' }).max(64),
  organisationName: z.string().trim().min(2, { message: 'required' }).max(160, { message: 'too-long' }),
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
  language: languageSchema.default('en'),
});
export type SetupRequest = z.input<typeof setupRequestSchema>;

export const roleSchema = z.enum(ROLES);

export const inviteRequestSchema = z.strictObject({ email: emailSchema, role: roleSchema });
export type InviteRequest = z.infer<typeof inviteRequestSchema>;

export const acceptInvitationSchema = z.strictObject({ name: personNameSchema, password: passwordSchema });
export type AcceptInvitationRequest = z.infer<typeof acceptInvitationSchema>;

export const updateMemberSchema = z.strictObject({ role: roleSchema });
export const updateLanguageSchema = z.strictObject({ language: languageSchema });

export interface MeResponse {
  user: { id: string; name: string; email: string };
  organisation: { id: string; name: string };
  role: 'admin' | 'editor' | 'viewer';
  language: 'en' | 'ru';
}

export interface MemberDto {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: 'admin' | 'editor' | 'viewer';
  createdAt: string;
}

export interface InvitationDto {
  id: string;
  email: string;
  role: 'admin' | 'editor' | 'viewer';
  createdAt: string;
  expiresAt: string;
  status: 'pending' | 'accepted' | 'revoked' | 'expired';
}

export interface CreatedInvitationDto extends InvitationDto {
  /** The one-time link; shown once to the admin (and e-mailed when SMTP is configured). */
  link: string;
  mailed: boolean;
}

export interface InvitationPreviewDto {
  organisationName: string;
  email: string;
  role: 'admin' | 'editor' | 'viewer';
}
