/**
 * The portable campaign file, `"format": "upr-advocate/campaign@1"`: what an NGO exports to
 * share a campaign with a partner, keep outside the server, or render with
 * `upr-advocate document`. Required: state, reviewDate, language, organisation and issues; the
 * rest is optional so that a hand-written file stays short. Fields may be added in @1, never
 * renamed or removed; a breaking change is @2. Unknown fields are refused, at every level: a
 * misspelt field, or an `orgId`/`id` slipped into the file, must not be dropped in silence.
 */
import { z } from 'zod';
import { iso3Schema, isoDateSchema, languageSchema } from './common.js';

export const CAMPAIGN_FILE_FORMAT = 'upr-advocate/campaign@1';

const text = (max: number) => z.string().max(max);
const strings = (max: number, length: number) => z.array(text(length)).max(max);

/** Issues are checked for the 4 / 1–2 rules by core's keyIssueProblems, so the message names the issue. */
const fileIssueSchema = z.strictObject({
  title: text(160).trim().min(1),
  uprInfoIssues: strings(10, 120).default([]),
  summary: text(2000).default(''),
  recommendations: strings(10, 600),
  questions: strings(10, 400).default([]),
  references: strings(10, 300).default([]),
});

const filePersonSchema = z.strictObject({
  name: text(120),
  email: text(254).default(''),
  phone: text(60).default(''),
  note: text(2000).default(''),
  since: isoDateSchema.nullable().default(null),
  until: isoDateSchema.nullable().default(null),
});

const fileChannelSchema = z.strictObject({
  kind: z.enum(['embassy', 'mission']),
  status: text(40).optional(),
  posts: z.array(z.strictObject({ title: text(120), people: z.array(filePersonSchema).max(50).default([]) })).max(30).default([]),
});

export const campaignFileSchema = z.strictObject({
  format: z.literal(CAMPAIGN_FILE_FORMAT),
  name: text(160).optional(),
  state: iso3Schema,
  reviewDate: isoDateSchema,
  language: languageSchema,
  organisation: z.strictObject({ name: text(160).trim().min(1), about: text(1500).default('') }),
  wordBudget: z.number().int().min(100).max(3000).optional(),
  contact: z.strictObject({ name: text(120).default(''), email: text(254).default(''), phone: text(60).default('') }).optional(),
  documentDate: isoDateSchema.optional(),
  issues: z.array(fileIssueSchema).max(50),
  targets: z.array(z.strictObject({ state: iso3Schema, channels: z.array(fileChannelSchema).max(2).default([]) })).max(200).optional(),
});

export type CampaignFile = z.output<typeof campaignFileSchema>;
export type CampaignFileInput = z.input<typeof campaignFileSchema>;
