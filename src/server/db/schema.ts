/**
 * Kysely table types. Instants are ISO-8601 UTC strings, civil dates `YYYY-MM-DD` strings and
 * flags 0/1 integers in both engines (better-sqlite3 cannot bind Date or boolean). The tables of
 * better-auth (user, session, account, verification, rateLimit) keep its own column names.
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { OutreachTables } from './schema-outreach.js';
import type { OutcomeTables } from './schema-outcome.js';
import type { NextCycleTables } from './schema-next-cycle.js';
import type { AuditChainColumns, AuditTables } from './schema-audit.js';
import type { AccountsTables, OrganizationPolicyColumns, UserTwoFactorColumns } from './schema-accounts.js';

export interface UserTable extends UserTwoFactorColumns {
  id: string;
  name: string;
  email: string;
  emailVerified: number | boolean;
  image: string | null;
  createdAt: string | Date;
  updatedAt: string | Date;
}

export interface AccountTable {
  id: string;
  accountId: string;
  providerId: string;
  userId: string;
  password: string | null;
  createdAt: string | Date;
  updatedAt: string | Date;
}

export interface SessionTable {
  id: string;
  token: string;
  userId: string;
  expiresAt: string | Date;
  createdAt: string | Date;
  updatedAt: string | Date;
  ipAddress: string | null;
  userAgent: string | null;
}

export interface OrganizationTable extends OrganizationPolicyColumns {
  id: string;
  name: string;
  created_at: string;
}

export interface MemberTable {
  id: string;
  org_id: string;
  user_id: string;
  role: string;
  created_at: string;
}

export interface InvitationTable {
  id: string;
  org_id: string;
  email: string;
  role: string;
  /** SHA-256 of the one-time token; the token itself is only ever shown to the inviting admin. */
  token_hash: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
  revoked_at: string | null;
}

export interface UserSettingTable {
  user_id: string;
  language: string;
  updated_at: string;
}

export interface CampaignTable {
  id: string;
  org_id: string;
  name: string;
  state_iso3: string;
  review_date: string;
  review_date_source: string;
  session: number | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  /** Raised with every change to the campaign's task progress (cached plan views are keyed by it). */
  progress_version: number;
}

export interface TaskProgressTable {
  id: string;
  org_id: string;
  campaign_id: string;
  stage_key: string;
  task_key: string;
  done: number;
  done_at: string | null;
  done_by: string | null;
  assignee_id: string | null;
  due_date: string | null;
  note: string;
  updated_at: string;
}

export interface AuditLogTable extends AuditChainColumns {
  id: Generated<number>;
  org_id: string | null;
  actor_id: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  /** JSON object of the changed fields (never secret values). */
  changes: string;
  at: string;
}

export interface CalendarFeedTable {
  id: string;
  org_id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface UprSessionTable {
  session: number;
  cycle: number;
  wg_start: string;
  wg_end: string | null;
  date_status: string;
  adopted_at_hrc: number | null;
  source: string;
}

export interface HrcSessionTable {
  hrc_session: number;
  start_date: string;
  end_date: string;
  date_status: string;
  source: string;
}

export interface UprReviewTable {
  session: number;
  iso3: string;
  review_date: string | null;
  date_status: string;
  source: string;
}

export interface RecommendationImportTable {
  id: string;
  org_id: string;
  actor_id: string | null;
  file_name: string;
  format: string;
  rows_read: number;
  recommendations_added: number;
  rows_skipped: number;
  created_at: string;
}

export interface RecommendationTable {
  seq: Generated<number>;
  id: string;
  org_id: string;
  /** Same recommendation, same key: re-importing a file adds nothing. */
  dedupe_key: string;
  cycle: number;
  session: number;
  sur_iso3: string;
  text: string;
  /** supported | noted | partially-supported | no-clear-response | pending */
  response: string;
  action_category: number | null;
  paragraph: string | null;
  document: string | null;
  /** upr-info | ohchr */
  source: string;
  import_id: string;
  created_at: string;
  /**
   * PostgreSQL only (migration 2026-11-28T0500): copies of the link tables' States and issues,
   * read by the text search. Absent on SQLite; written only by the importer.
   */
  rs_list: ColumnType<string[] | null, string[] | null | undefined, string[] | null>;
  issue_list: ColumnType<string[] | null, string[] | null | undefined, string[] | null>;
}

export interface RecommendationStateTable {
  org_id: string;
  recommendation_id: string;
  rs_iso3: string;
}

export interface RecommendationIssueTable {
  org_id: string;
  recommendation_id: string;
  issue: string;
}

export interface CampaignIssueTagTable {
  org_id: string;
  campaign_id: string;
  issue: string;
}

export interface CampaignTargetTable {
  id: string;
  org_id: string;
  campaign_id: string;
  state_iso3: string;
  score: number | null;
  added_by: string;
  created_at: string;
}

/** One row: the count of changes to the recommendation tables (kept by triggers) and the database's id. */
export interface SearchIndexVersionTable {
  id: number;
  instance: string;
  n: number | string;
}

export interface Database extends OutreachTables, OutcomeTables, AuditTables, AccountsTables, NextCycleTables {
  user: UserTable;
  account: AccountTable;
  session: SessionTable;
  organization: OrganizationTable;
  member: MemberTable;
  invitation: InvitationTable;
  user_setting: UserSettingTable;
  campaign: CampaignTable;
  task_progress: TaskProgressTable;
  search_index_version: SearchIndexVersionTable;
  audit_log: AuditLogTable;
  calendar_feed: CalendarFeedTable;
  upr_session: UprSessionTable;
  hrc_session: HrcSessionTable;
  upr_review: UprReviewTable;
  recommendation_import: RecommendationImportTable;
  recommendation: RecommendationTable;
  recommendation_state: RecommendationStateTable;
  recommendation_issue: RecommendationIssueTable;
  campaign_issue_tag: CampaignIssueTagTable;
  campaign_target: CampaignTargetTable;
}

export type CampaignRow = Selectable<CampaignTable>;
export type TaskProgressRow = Selectable<TaskProgressTable>;
export type NewAuditLog = Insertable<AuditLogTable>;
