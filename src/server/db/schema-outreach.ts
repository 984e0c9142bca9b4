/**
 * Kysely types of the advocacy document and outreach tables (migration 2026-11-27T2200).
 * JSON list columns hold arrays of strings.
 */
import type { Selectable } from 'kysely';

export interface CampaignDocumentTable {
  campaign_id: string;
  org_id: string;
  language: string;
  organisation_name: string;
  about: string;
  word_budget: number;
  contact_name: string;
  contact_email: string;
  contact_phone: string;
  updated_at: string;
}

export interface KeyIssueTable {
  id: string;
  org_id: string;
  campaign_id: string;
  position: number;
  title: string;
  upr_info_issues: string;
  summary: string;
  recommendations: string;
  questions: string;
  source_refs: string;
  created_at: string;
  updated_at: string;
}

export interface OutreachChannelTable {
  id: string;
  org_id: string;
  campaign_id: string;
  state_iso3: string;
  kind: string;
  status: string;
  city: string;
  email: string;
  phone: string;
  note: string;
  created_at: string;
  updated_at: string;
}

export interface OutreachPostTable {
  id: string;
  org_id: string;
  channel_id: string;
  title: string;
  created_at: string;
}

export interface OutreachPersonTable {
  id: string;
  org_id: string;
  post_id: string;
  name: string;
  email: string;
  phone: string;
  note: string;
  since: string | null;
  /** null while the person holds the post. */
  until: string | null;
  created_at: string;
}

export interface BriefingTable {
  id: string;
  org_id: string;
  campaign_id: string;
  title: string;
  date: string;
  venue: string;
  note: string;
  held: number;
  created_by: string;
  created_at: string;
}

export interface BriefingInviteeTable {
  briefing_id: string;
  org_id: string;
  channel_id: string;
  /** null until the briefing is held; then 1 (came) or 0. */
  attended: number | null;
}

export interface InteractionTable {
  id: string;
  org_id: string;
  campaign_id: string;
  channel_id: string;
  kind: string;
  date: string;
  person_id: string | null;
  briefing_id: string | null;
  note: string;
  created_by: string;
  created_at: string;
}

export interface FollowUpTable {
  id: string;
  org_id: string;
  campaign_id: string;
  channel_id: string;
  kind: string;
  due_date: string;
  interaction_id: string | null;
  note: string;
  done_at: string | null;
  done_by: string | null;
  created_at: string;
}

export interface DigestLogTable {
  user_id: string;
  date: string;
  sent_at: string;
}

/** Raised by triggers on every change to an organisation's follow-ups and briefings (migration 2026-11-28T0900). */
export interface OrgOutreachVersionTable {
  org_id: string;
  n: number | string;
}

export interface OutreachTables {
  campaign_document: CampaignDocumentTable;
  key_issue: KeyIssueTable;
  outreach_channel: OutreachChannelTable;
  outreach_post: OutreachPostTable;
  outreach_person: OutreachPersonTable;
  briefing: BriefingTable;
  briefing_invitee: BriefingInviteeTable;
  interaction: InteractionTable;
  follow_up: FollowUpTable;
  digest_log: DigestLogTable;
  org_outreach_version: OrgOutreachVersionTable;
}

export type KeyIssueRow = Selectable<KeyIssueTable>;
export type CampaignDocumentRow = Selectable<CampaignDocumentTable>;
export type OutreachChannelRow = Selectable<OutreachChannelTable>;
export type OutreachPostRow = Selectable<OutreachPostTable>;
export type OutreachPersonRow = Selectable<OutreachPersonTable>;
export type InteractionRow = Selectable<InteractionTable>;
export type FollowUpRow = Selectable<FollowUpTable>;
export type BriefingRow = Selectable<BriefingTable>;
