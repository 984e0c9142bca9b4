/**
 * Contracts of a campaign's outcome (stages `outcome-report` … `update-recommending-states`):
 * the saved Working Group report with the State's responses, matches between the campaign's
 * asks and the recommendations, the scoreboard "our asks vs the outcome", thank and lobbying
 * tasks, and implementation monitoring. The preview before saving is outcome.ts's.
 */
import { z } from 'zod';
import type { ConfidenceLevel } from '../../core/outcome/match-asks.js';
import { MONITORING_STATUSES, type MonitoringStatus, type StatusSummary } from '../../core/outcome/monitoring-status.js';
import type { OutcomeTaskKind } from '../../core/outcome/response-rules.js';
import type { Scoreboard } from '../../core/outcome/scoreboard.js';
import { RESPONSES, type Response } from '../../core/recommendations/responses.js';
import { iso3Schema, isoDateSchema } from './common.js';
import { outcomeTextSchema, type OutcomeResponseDto, type OutcomeWarningDto } from './outcome.js';

const text = (max: number) => z.string().trim().max(max, { message: 'too-long' });
/** A report's recommendations are counted in hundreds; 1000 leaves room and bounds the request. */
export const MAX_OUTCOME_RECOMMENDATIONS = 1000;

export const responseSchema = z.enum(RESPONSES);

export const savedRecommendationSchema = z.strictObject({
  /** "140.5", or "6.1" in a Word draft. */
  paragraph: z
    .string()
    .trim()
    .regex(/^\d{1,3}\.\d{1,4}$/, { message: 'paragraph' }),
  text: text(4000).min(1, { message: 'required' }),
  recommendingStates: z.array(iso3Schema).max(80, { message: 'too-many' }),
  response: responseSchema.nullable().default(null),
});

export const saveOutcomeSchema = z.strictObject({
  /** The report's UN symbol, e.g. "A/HRC/59/15". */
  documentSymbol: text(60).min(1, { message: 'required' }),
  fileName: text(255).nullable().default(null),
  /** Required to save over an earlier import: paragraphs found again keep their work. */
  replace: z.boolean().default(false),
  recommendations: z
    .array(savedRecommendationSchema)
    .min(1, { message: 'too-few' })
    .max(MAX_OUTCOME_RECOMMENDATIONS, { message: 'too-many' }),
});
export type SaveOutcomeInput = z.input<typeof saveOutcomeSchema>;

export const updateOutcomeRecommendationSchema = z.strictObject({
  response: responseSchema.nullable().optional(),
  ofInterest: z.boolean().optional(),
});

export const MATCH_STATUSES = ['suggested', 'confirmed', 'rejected'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];
/** "suggested" undoes a decision. */
export const decideMatchSchema = z.strictObject({ status: z.enum(MATCH_STATUSES) });

export const importResponsesSchema = z.strictObject({ text: outcomeTextSchema, dryRun: z.boolean().default(false) });

export const updateOutcomeTaskSchema = z.strictObject({
  done: z.boolean().optional(),
  dueDate: isoDateSchema.optional(),
  note: text(2000).optional(),
});

export const monitoringStatusSchema = z.enum(MONITORING_STATUSES);

export const updateMonitoringSchema = z.strictObject({
  status: monitoringStatusSchema.optional(),
  /** The ministry or body responsible for implementing it. */
  ministry: text(200).optional(),
  /** When the status changed (defaults to today). */
  date: isoDateSchema.optional(),
});

export const evidenceInputSchema = z.strictObject({
  date: isoDateSchema,
  text: text(4000).min(1, { message: 'required' }),
  /** Where it comes from: a law's gazette number, a report, a link. */
  source: text(500).default(''),
});

export interface OutcomeImportDto {
  id: string;
  documentSymbol: string;
  fileName: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SavedRecommendationDto {
  id: string;
  paragraph: string;
  text: string;
  recommendingStates: string[];
  response: Response | null;
  /** import (the report or the preview's addendum) | addendum | manual */
  responseSource: string | null;
  ofInterest: boolean;
  /** Under STRATEGY's rules: lobbying until the adoption, implementation monitoring. */
  lobby: boolean;
  monitored: boolean;
}

export interface MatchDto {
  id: string;
  keyIssueId: string;
  /** The ask's position in its key issue, or null for the key issue as a whole. */
  askIndex: number | null;
  askText: string;
  recommendationId: string;
  paragraph: string;
  confidence: number;
  level: ConfidenceLevel;
  textScore: number;
  tagScore: number;
  status: MatchStatus;
}

export interface OutcomeTaskDto {
  id: string;
  campaignId: string;
  kind: OutcomeTaskKind;
  /** The State to thank, or the State under Review whose ministries are lobbied. */
  stateIso3: string;
  stateName: string;
  recommendationId: string | null;
  paragraph: string | null;
  dueDate: string;
  note: string;
  doneAt: string | null;
}

export interface OutcomeDto {
  campaignId: string;
  import: OutcomeImportDto | null;
  /** The HRC plenary adoption of the outcome (the end of lobbying). */
  adoption: { date: string; estimated: boolean };
  counts: { total: number; ofInterest: number; byResponse: Record<Response | 'unknown', number> };
  recommendations: SavedRecommendationDto[];
  matches: MatchDto[];
  tasks: OutcomeTaskDto[];
}

export interface SaveOutcomeResultDto {
  importId: string;
  total: number;
  added: number;
  updated: number;
  removed: number;
  lobbyTasks: { created: number; removed: number };
}

export interface ResponsesImportDto {
  dryRun: boolean;
  responses: OutcomeResponseDto[];
  /** Totals the addendum states ("217 supported and 37 noted"), when it does. */
  stated: { supported: number; noted: number } | null;
  counts: { supported: number; noted: number; partiallySupported: number };
  changed: number;
  unchanged: number;
  warnings: OutcomeWarningDto[];
  lobbyTasks: { created: number; removed: number };
}

export interface SuggestMatchesResultDto {
  suggested: number;
  /** Decisions (confirmed, rejected) are kept when suggestions are computed again. */
  decided: number;
  matches: MatchDto[];
}

export interface ScoreboardDto extends Scoreboard {
  campaignId: string;
  documentSymbol: string | null;
  targetNames: Record<string, string>;
  /** Targets already holding a thank task. */
  thanked: string[];
}

export interface ThankTasksResultDto {
  created: OutcomeTaskDto[];
  existing: number;
}

export interface OutcomeRemindersDto {
  today: string;
  overdue: OutcomeTaskDto[];
  dueToday: OutcomeTaskDto[];
  upcoming: OutcomeTaskDto[];
}

export interface MonitoringEntryDto {
  id: string;
  kind: 'evidence' | 'status';
  date: string;
  text: string;
  source: string;
  status: MonitoringStatus | null;
  createdAt: string;
}

export interface MonitoredRecommendationDto {
  id: string;
  paragraph: string;
  text: string;
  recommendingStates: string[];
  response: Response;
  status: MonitoringStatus;
  ministry: string;
  keyIssueIds: string[];
  timeline: MonitoringEntryDto[];
}

export interface MonitoringDto {
  campaignId: string;
  recommendations: MonitoredRecommendationDto[];
  /** One per key issue with followed recommendations; keyIssueId null for the rest. */
  issues: { keyIssueId: string | null; title: string; recommendationIds: string[]; summary: StatusSummary }[];
  overall: StatusSummary;
}
