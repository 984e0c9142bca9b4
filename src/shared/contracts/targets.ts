/**
 * API contracts of the campaign's issues, the target-State finder, the campaign's targets and
 * the drafting helper. The server validates with these schemas; the web app uses the same ones.
 */
import { z } from 'zod';
import type { ActionEstimate } from '../../core/recommendations/action-category.js';
import { REGIONAL_GROUPS } from '../../core/upr/calendar.js';
import type { ComponentScore, RankedTarget, TargetComponent } from '../../core/targets/score-targets.js';
import { iso3Schema } from './common.js';

/** A campaign follows at most this many UPR Info issues (the finder ranks on all of them at once). */
export const MAX_CAMPAIGN_ISSUES = 10;
/** Longest draft recommendation the drafting helper analyses. */
export const MAX_DRAFT_LENGTH = 2000;
export const DEFAULT_TARGET_LIMIT = 25;
export const MAX_TARGET_LIMIT = 200;

const issueLabelSchema = z.string().trim().min(1, { message: 'required' }).max(120, { message: 'too-long' });

export const setCampaignIssuesSchema = z.strictObject({
  issues: z.array(issueLabelSchema).max(MAX_CAMPAIGN_ISSUES, { message: 'too-many' }),
});

/** Several values of a query parameter: repeated (`?issue=a&issue=b`) or comma-separated for groups. */
export const targetFinderQuerySchema = z.strictObject({
  regionalGroup: z.array(z.enum(REGIONAL_GROUPS)).optional(),
  euOnly: z.stringbool().optional(),
  excludeTargeted: z.stringbool().optional(),
  limit: z.coerce.number().int().min(1).max(MAX_TARGET_LIMIT).optional(),
  /** Issues to rank on instead of the campaign's own. */
  issue: z.array(issueLabelSchema).max(MAX_CAMPAIGN_ISSUES, { message: 'too-many' }).optional(),
});
export type TargetFinderQuery = z.infer<typeof targetFinderQuerySchema>;

export const addTargetsSchema = z.strictObject({
  iso3: z.array(z.string().trim().min(1).max(16)).min(1, { message: 'required' }).max(50, { message: 'too-many' }),
});

export const draftTextSchema = z
  .string()
  .trim()
  .min(1, { message: 'required' })
  .max(MAX_DRAFT_LENGTH, { message: 'too-long' });

export const analyzeDraftSchema = z.strictObject({
  text: draftTextSchema,
  surIso3: iso3Schema.optional(),
  campaignId: z.string().trim().min(1).max(64).optional(),
});
export type AnalyzeDraftRequest = z.input<typeof analyzeDraftSchema>;

export const suggestIssuesSchema = z.strictObject({ text: draftTextSchema });

export interface IssueDto {
  /** The UPR Info data label (what the API accepts and stores). */
  issue: string;
  /** Label in the user's language. */
  label: string;
  labels: { en: string; ru: string };
}

export interface CampaignIssuesDto {
  campaignId: string;
  issues: IssueDto[];
}

export interface IssueSuggestionDto extends IssueDto {
  score: number;
  matchedTerms: string[];
}

export interface SampleRecommendationDto {
  id: string;
  text: string;
  session: number;
  cycle: number;
  sur: { iso3: string; name: string };
  response: string;
  /** Tagged with one of the issues ranked on. */
  onIssues: boolean;
}

export interface TargetEvidenceDto {
  /** Their recommendations to this State under Review, by cycle and response (a stacked bar chart). */
  byCycle: { cycle: number; supported: number; noted: number; other: number }[];
  /** Their recommendations on the issues, to any State, by cycle. */
  issueByCycle: { cycle: number; count: number }[];
  /** Up to three real texts: to this SuR on the issues first, then to anyone on the issues, then other ones to this SuR. */
  samples: SampleRecommendationDto[];
}

export interface RankedTargetDto {
  iso3: string;
  name: string;
  regionalGroup: string | null;
  euMember: boolean;
  /** Position in the ranking of all candidates (filters do not renumber it). */
  rank: number;
  /** 0–100; the points of the components sum to it. */
  score: number;
  components: Record<TargetComponent, ComponentScore>;
  facts: RankedTarget['facts'];
  evidence: TargetEvidenceDto;
}

export interface TargetFinderRowDto extends RankedTargetDto {
  alreadyTarget: boolean;
}

export interface TargetFinderDto {
  campaignId: string;
  state: { iso3: string; name: string };
  issues: IssueDto[];
  /** The cycle of the campaign's review; earlier cycles weigh 2^-k. */
  currentCycle: number;
  /** Candidates ranked before the filters. */
  candidates: number;
  /** Candidates left after the filters (the rows are the first `limit` of them). */
  matching: number;
  targets: TargetFinderRowDto[];
}

export interface CampaignTargetDto {
  iso3: string;
  name: string;
  regionalGroup: string | null;
  euMember: boolean;
  /** The score when it was added (null when it could not be computed). */
  score: number | null;
  addedBy: { id: string; name: string | null };
  addedAt: string;
}

export interface SimilarRecommendationDto {
  id: string;
  text: string;
  /** Similarity to the draft, 0–1. */
  similarity: number;
  recommendingStates: { iso3: string; name: string }[];
  sur: { iso3: string; name: string };
  session: number;
  cycle: number;
  response: string;
  actionCategory: number | null;
  issues: string[];
}

export interface DraftAnalysisDto {
  actionCategory: ActionEstimate & { label: string; definition: string };
  suggestedIssues: IssueSuggestionDto[];
  similar: SimilarRecommendationDto[];
  /** How the State under Review answered recommendations like the draft (null without a SuR). */
  sur: {
    iso3: string;
    name: string;
    responses: { supported: number; noted: number; other: number };
    examples: SimilarRecommendationDto[];
  } | null;
}
