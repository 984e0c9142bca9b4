import { z } from 'zod';
import type { ChannelKind, FollowUpKind } from '../../core/outreach/outreach-rules.js';
import type { StageKey, StageTool } from '../../core/strategy/catalogue.js';
import type { DeadlineKey } from '../../core/strategy/stage-texts.js';
import { iso3Schema, isoDateSchema } from './common.js';

export const createCampaignSchema = z.strictObject({
  stateIso3: iso3Schema,
  /** When absent, the suggested next review date is used. */
  reviewDate: isoDateSchema.optional(),
  name: z.string().trim().max(160, { message: 'too-long' }).optional(),
});
export type CreateCampaignRequest = z.input<typeof createCampaignSchema>;

export const updateCampaignSchema = z.strictObject({
  name: z.string().trim().min(1, { message: 'required' }).max(160, { message: 'too-long' }).optional(),
  reviewDate: isoDateSchema.optional(),
});

export const updateTaskSchema = z.strictObject({
  done: z.boolean().optional(),
  assigneeId: z.string().max(64).nullable().optional(),
  dueDate: isoDateSchema.nullable().optional(),
  note: z.string().max(2000, { message: 'too-long' }).optional(),
});
export type UpdateTaskRequest = z.infer<typeof updateTaskSchema>;

export type ReviewDateSource = 'confirmed' | 'session' | 'estimated' | 'user';

export interface StateDto {
  iso3: string;
  name: string;
  names: { en: string; ru: string };
  regionalGroup: string | null;
  euMember: boolean;
}

export interface ReviewEstimateDto {
  reviewDate: string;
  source: 'confirmed' | 'session' | 'estimated';
  reason: 'document' | 'inferred-order' | 'session-first-day' | 'projected-cycle';
  session: number;
  cycle: number;
  sessionStart: string;
  sessionEnd: string;
}

export interface ReviewSuggestionDto {
  state: StateDto;
  next: ReviewEstimateDto;
  previous: ReviewEstimateDto | null;
}

export interface PlanWarning {
  code: 'review-far-from-session' | 'review-past' | 'review-soon';
  /** Dates the message needs, e.g. the expected review date. */
  params: Record<string, string | number>;
}

export interface TaskDto {
  key: string;
  stageKey: StageKey;
  due: string;
  /** The planned due date before the user moved it. */
  plannedDue: string;
  done: boolean;
  doneAt: string | null;
  assigneeId: string | null;
  note: string;
}

export interface StageDto {
  key: StageKey;
  start: string;
  end: string;
  status: 'past' | 'current' | 'upcoming';
  actionableLate: boolean;
  tool: StageTool | null;
  notes: string[];
  tips: string[];
  tasks: TaskDto[];
}

export interface ConflictDto {
  kind: 'upr' | 'hrc';
  number: number;
  start: string;
  end: string;
  estimated: boolean;
}

export interface CampaignSummaryDto {
  id: string;
  name: string;
  state: StateDto;
  reviewDate: string;
  reviewDateSource: ReviewDateSource;
  currentStages: StageKey[];
  tasksDone: number;
  tasksTotal: number;
  overdue: number;
}

export interface CampaignDto extends CampaignSummaryDto {
  session: number | null;
  today: string;
  createdAt: string;
  updatedAt: string;
  stages: StageDto[];
  deadlines: Record<DeadlineKey, string>;
  adoption: { date: string; hrcSession: number | null; estimated: boolean };
  genevaOutreach: { window: { start: string; end: string }; conflicts: ConflictDto[]; suggested: { start: string; end: string }[] };
  warnings: PlanWarning[];
}

export interface DashboardItemDto {
  campaignId: string;
  campaignName: string;
  stateIso3: string;
  stageKey: StageKey;
  taskKey: string;
  due: string;
  assigneeId: string | null;
}

/** An open outreach follow-up on the weekly view: a call to make, or a meeting whose date passed unrecorded. */
export interface DashboardFollowUpDto {
  id: string;
  campaignId: string;
  campaignName: string;
  stateIso3: string;
  stateName: string;
  channelKind: ChannelKind;
  kind: FollowUpKind;
  due: string;
  overdue: boolean;
}

/** A meeting with one channel (an open `meeting` follow-up) or a group briefing, still ahead. */
export type DashboardMeetingDto = {
  id: string;
  campaignId: string;
  campaignName: string;
  date: string;
} & (
  { kind: 'meeting'; stateIso3: string; stateName: string; channelKind: ChannelKind } | { kind: 'briefing'; title: string; venue: string }
);

export interface DashboardDto {
  today: string;
  weekEnd: string;
  dueThisWeek: DashboardItemDto[];
  overdue: DashboardItemDto[];
  blackoutsSoon: (ConflictDto & { campaignId: string; campaignName: string })[];
  /** Overdue follow-ups (any kind) and follow-up calls due by weekEnd, soonest first: the first 100. */
  followUpsDue: DashboardFollowUpDto[];
  /** How many follow-ups are due in all (more than listed when over 100). */
  followUpsDueTotal: number;
  /** Meetings and briefings from today through the next 30 days, soonest first. */
  meetingsAhead: DashboardMeetingDto[];
}
