/**
 * Contracts of the advocacy document (stage `advocacy-document`): the campaign's key issues and
 * the document settings. The limits are core's (key-issue-rules.ts); messages are i18n codes.
 */
import { z } from 'zod';
import {
  MAX_QUESTIONS_PER_ISSUE,
  MAX_RECOMMENDATIONS_PER_ISSUE,
  MAX_REFERENCES_PER_ISSUE,
  MIN_RECOMMENDATIONS_PER_ISSUE,
} from '../../core/campaign/key-issue-rules.js';
import { languageSchema, type Language } from './common.js';

const line = (max: number) => z.string().trim().max(max, { message: 'too-long' });
const required = (max: number) => line(max).min(1, { message: 'required' });
/** Blank lines of a list are dropped: an empty second recommendation field is not a recommendation. */
const list = (item: z.ZodString, max: number, min = 0) =>
  z
    .array(z.string())
    .max(max + 10, { message: 'too-many' })
    .transform((items) => items.map((s) => s.trim()).filter((s) => s !== ''))
    .pipe(z.array(item).min(min, { message: 'too-few' }).max(max, { message: 'too-many' }));

export const keyIssueInputSchema = z.strictObject({
  title: required(160),
  uprInfoIssues: z.array(z.string().trim().min(1).max(120)).max(6, { message: 'too-many' }).default([]),
  summary: line(2000).default(''),
  recommendations: list(z.string().max(600, { message: 'too-long' }), MAX_RECOMMENDATIONS_PER_ISSUE, MIN_RECOMMENDATIONS_PER_ISSUE),
  questions: list(z.string().max(400, { message: 'too-long' }), MAX_QUESTIONS_PER_ISSUE).default([]),
  references: list(z.string().max(300, { message: 'too-long' }), MAX_REFERENCES_PER_ISSUE).default([]),
});
export type KeyIssueInput = z.input<typeof keyIssueInputSchema>;

export const documentSettingsSchema = z.strictObject({
  language: languageSchema.optional(),
  organisationName: line(160).optional(),
  about: line(1500).optional(),
  wordBudget: z.number().int().min(100, { message: 'too-small' }).max(3000, { message: 'too-large' }).optional(),
  contactName: line(120).optional(),
  contactEmail: line(254).optional(),
  contactPhone: line(60).optional(),
});
export type DocumentSettingsInput = z.infer<typeof documentSettingsSchema>;

export const reorderKeyIssuesSchema = z.strictObject({ ids: z.array(z.string().max(64)).max(10) });

export interface KeyIssueDto {
  id: string;
  position: number;
  title: string;
  uprInfoIssues: string[];
  summary: string;
  recommendations: string[];
  questions: string[];
  references: string[];
  updatedAt: string;
}

export interface DocumentSettingsDto {
  language: Language;
  organisationName: string;
  about: string;
  wordBudget: number;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

export interface AdvocacyWorkspaceDto {
  campaignId: string;
  settings: DocumentSettingsDto;
  issues: KeyIssueDto[];
  maxIssues: number;
  wordCount: number;
}
