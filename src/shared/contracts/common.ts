/**
 * Building blocks of the API contracts. The server validates requests with these schemas and
 * the web app uses the same schemas for its forms, so a shape is declared once.
 */
import { z } from 'zod';
import { isIsoDate, MAX_SUPPORTED_DATE, MIN_SUPPORTED_DATE } from '../../core/dates.js';

export const LANGUAGES = ['en', 'ru'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** A civil date the UPR can have: a real calendar day between 2008 and 2040. */
export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'invalid-date' })
  .refine((d) => d >= MIN_SUPPORTED_DATE && d <= MAX_SUPPORTED_DATE, { message: 'date-out-of-range' });

export const iso3Schema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/, { message: 'iso3' })
  .transform((s) => s.toUpperCase());

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email({ message: 'email' })).pipe(z.string().max(254));
export const passwordSchema = z.string().min(10, { message: 'password-short' }).max(256, { message: 'password-long' });
export const personNameSchema = z.string().trim().min(1, { message: 'required' }).max(120, { message: 'too-long' });

/** The error body every failing API call returns. */
export interface ApiErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}
