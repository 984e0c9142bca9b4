/**
 * Contracts of the outreach workbench: the target States' channels (embassy, Geneva mission),
 * posts and the people who hold them, interactions, follow-ups and group briefings.
 */
import { z } from 'zod';
import { CHANNEL_KINDS, CHANNEL_STATUSES, INTERACTION_KINDS, type ChannelKind, type ChannelStatus, type FollowUpKind, type InteractionKind } from '../../core/outreach/outreach-rules.js';
import { iso3Schema, isoDateSchema } from './common.js';

const text = (max: number) => z.string().trim().max(max, { message: 'too-long' });
const optionalEmail = z.union([z.literal(''), z.string().trim().toLowerCase().pipe(z.email({ message: 'email' })).pipe(z.string().max(254))]);

export const channelKindSchema = z.enum(CHANNEL_KINDS);

export const updateChannelSchema = z.strictObject({
  status: z.enum(CHANNEL_STATUSES).optional(),
  city: text(120).optional(),
  email: optionalEmail.optional(),
  phone: text(60).optional(),
  note: text(2000).optional(),
});

export const personInputSchema = z.strictObject({
  name: text(120).min(1, { message: 'required' }),
  email: optionalEmail.default(''),
  phone: text(60).default(''),
  note: text(2000).default(''),
  since: isoDateSchema.nullable().default(null),
});
export type PersonInput = z.input<typeof personInputSchema>;

export const createPostSchema = z.strictObject({
  title: text(120).min(1, { message: 'required' }),
  person: personInputSchema.optional(),
});

export const personLeavesSchema = z.strictObject({ until: isoDateSchema });

export const logInteractionSchema = z.strictObject({
  kind: z.enum(INTERACTION_KINDS),
  date: isoDateSchema,
  personId: z.string().max(64).nullable().default(null),
  note: text(4000).default(''),
  /** For a meeting request: the date asked for, which becomes the meeting task's due date. */
  meetingDate: isoDateSchema.nullable().default(null),
});
export type LogInteractionInput = z.input<typeof logInteractionSchema>;

export const updateFollowUpSchema = z.strictObject({
  done: z.boolean().optional(),
  dueDate: isoDateSchema.optional(),
  note: text(2000).optional(),
});

const channelRefSchema = z.strictObject({ iso3: iso3Schema, kind: channelKindSchema });

export const createBriefingSchema = z.strictObject({
  title: text(160).min(1, { message: 'required' }),
  date: isoDateSchema,
  venue: z.enum(['geneva', 'capital', 'online']),
  note: text(2000).default(''),
  /** Channels invited one by one, plus everyone of these groups among the campaign's targets. */
  channels: z.array(channelRefSchema).max(400).default([]),
  euMembers: z.boolean().default(false),
  regionalGroups: z.array(z.string().max(40)).max(5).default([]),
});
export type CreateBriefingInput = z.input<typeof createBriefingSchema>;

export const briefingAttendanceSchema = z.strictObject({ attendedChannelIds: z.array(z.string().max(64)).max(400) });

export interface PersonDto {
  id: string;
  name: string;
  email: string;
  phone: string;
  note: string;
  since: string | null;
  until: string | null;
}

export interface PostDto {
  id: string;
  title: string;
  current: PersonDto | null;
  /** People who held the post before, most recent first. */
  previous: PersonDto[];
}

export interface FollowUpDto {
  id: string;
  campaignId: string;
  channelId: string;
  stateIso3: string;
  stateName: string;
  channelKind: ChannelKind;
  kind: FollowUpKind;
  dueDate: string;
  note: string;
  doneAt: string | null;
}

export interface ChannelDto {
  /** null until something is stored for the channel. */
  id: string | null;
  kind: ChannelKind;
  status: ChannelStatus;
  city: string;
  email: string;
  phone: string;
  note: string;
  posts: PostDto[];
  lastInteraction: { date: string; kind: InteractionKind } | null;
  nextFollowUp: FollowUpDto | null;
}

export interface OutreachTargetDto {
  iso3: string;
  name: string;
  regionalGroup: string | null;
  euMember: boolean;
  channels: { embassy: ChannelDto; mission: ChannelDto };
}

export interface OutreachBoardDto {
  campaignId: string;
  targets: OutreachTargetDto[];
}

export interface GenevaConflictDto {
  kind: 'upr' | 'hrc';
  number: number;
  start: string;
  end: string;
}

/** Present when a date with a Geneva mission falls inside a UPR or HRC session. */
export interface GenevaWarningDto {
  date: string;
  conflicts: GenevaConflictDto[];
  nearestBefore: string;
  nearestAfter: string;
  /** The planner's free periods of the campaign's Geneva window. */
  suggested: { start: string; end: string }[];
}

export interface InteractionDto {
  id: string;
  channelId: string;
  kind: InteractionKind;
  date: string;
  personId: string | null;
  personName: string | null;
  briefingId: string | null;
  note: string;
  createdAt: string;
}

export interface LoggedInteractionDto {
  interaction: InteractionDto;
  status: ChannelStatus;
  followUp: FollowUpDto | null;
  completedFollowUps: string[];
  genevaWarning: GenevaWarningDto | null;
}

export interface BriefingDto {
  id: string;
  title: string;
  date: string;
  venue: 'geneva' | 'capital' | 'online';
  note: string;
  held: boolean;
  invitees: { channelId: string; iso3: string; stateName: string; kind: ChannelKind; attended: boolean | null }[];
  genevaWarning: GenevaWarningDto | null;
}

/** Open follow-ups across the organisation's campaigns. */
export interface RemindersDto {
  today: string;
  overdue: FollowUpDto[];
  dueToday: FollowUpDto[];
  upcoming: FollowUpDto[];
}
