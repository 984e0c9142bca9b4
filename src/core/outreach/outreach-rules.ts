/**
 * Rules of the outreach workbench (STRATEGY.md stages `embassies` and `geneva-missions`).
 * Each target State has two channels, its embassy in the capital and its permanent mission in
 * Geneva. A channel's status moves forward as interactions are logged; a person may still set
 * it by hand (e.g. back to "contact found" after a post changes hands).
 */
import { addDays, type IsoDate } from '../dates.js';

export const CHANNEL_KINDS = ['embassy', 'mission'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** In the order a campaign goes through them. */
export const CHANNEL_STATUSES = ['not-contacted', 'contact-found', 'document-sent', 'followed-up', 'meeting-requested', 'meeting-held'] as const;
export type ChannelStatus = (typeof CHANNEL_STATUSES)[number];

export const INTERACTION_KINDS = ['call', 'email', 'document-sent', 'meeting-request', 'meeting', 'briefing'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const FOLLOW_UP_KINDS = ['follow-up-call', 'meeting'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/** STRATEGY.md: call about a week after sending the document to check it arrived and ask for a meeting. */
export const FOLLOW_UP_AFTER_DAYS = 7;

/** Posts people usually hold; any other title may be typed. */
export const COMMON_POSTS = ['upr-focal-point', 'human-rights-officer', 'ambassador', 'deputy-head', 'political-officer'] as const;

const rank = (status: ChannelStatus) => CHANNEL_STATUSES.indexOf(status);

/** The status an interaction implies, if any: a call or e-mail after the document is a follow-up. */
function impliedStatus(kind: InteractionKind, current: ChannelStatus): ChannelStatus | null {
  switch (kind) {
    case 'document-sent':
      return 'document-sent';
    case 'call':
    case 'email':
      return rank(current) >= rank('document-sent') ? 'followed-up' : 'contact-found';
    case 'meeting-request':
      return 'meeting-requested';
    case 'meeting':
    case 'briefing':
      return 'meeting-held';
  }
}

/** The channel's status after logging `kind`: only ever forward, never back. */
export function statusAfter(current: ChannelStatus, kind: InteractionKind): ChannelStatus {
  const implied = impliedStatus(kind, current);
  return implied !== null && rank(implied) > rank(current) ? implied : current;
}

/** Status once a person is known on the channel. */
export function statusWithContact(current: ChannelStatus): ChannelStatus {
  return current === 'not-contacted' ? 'contact-found' : current;
}

export interface FollowUpPlan {
  kind: FollowUpKind;
  due: IsoDate;
}

/**
 * The task an interaction creates: "document sent" → a follow-up call 7 days later; a meeting
 * request → the meeting itself, on the date asked for (or a week later when none was given).
 */
export function followUpFor(kind: InteractionKind, date: IsoDate, meetingDate: IsoDate | null = null): FollowUpPlan | null {
  if (kind === 'document-sent') return { kind: 'follow-up-call', due: addDays(date, FOLLOW_UP_AFTER_DAYS) };
  if (kind === 'meeting-request') return { kind: 'meeting', due: meetingDate ?? addDays(date, FOLLOW_UP_AFTER_DAYS) };
  return null;
}

/** Which open follow-up an interaction completes: a call/e-mail completes the follow-up call, a meeting the meeting. */
export function completesFollowUp(kind: InteractionKind): FollowUpKind | null {
  if (kind === 'call' || kind === 'email') return 'follow-up-call';
  if (kind === 'meeting') return 'meeting';
  return null;
}

export function isChannelStatus(value: string): value is ChannelStatus {
  return (CHANNEL_STATUSES as readonly string[]).includes(value);
}
