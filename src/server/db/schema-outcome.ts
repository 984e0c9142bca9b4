/**
 * Kysely types of the outcome and monitoring tables (migration 2026-11-27T2300).
 * `recommending_states` is a JSON array of ISO3 codes; scores are integer percentages.
 */
import type { Selectable } from 'kysely';

export interface OutcomeImportTable {
  id: string;
  org_id: string;
  campaign_id: string;
  document_symbol: string;
  file_name: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface OutcomeRecommendationTable {
  id: string;
  org_id: string;
  campaign_id: string;
  import_id: string;
  position: number;
  paragraph: string;
  text: string;
  recommending_states: string;
  /** supported | noted | partially-supported | no-clear-response | pending; null when unknown. */
  response: string | null;
  /** report | addendum | manual */
  response_source: string | null;
  of_interest: number;
  created_at: string;
  updated_at: string;
}

export interface OutcomeMatchTable {
  id: string;
  org_id: string;
  campaign_id: string;
  key_issue_id: string;
  ask_text: string;
  outcome_recommendation_id: string;
  confidence: number;
  text_score: number;
  tag_score: number;
  /** suggested | confirmed | rejected */
  status: string;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
}

export interface OutcomeTaskTable {
  id: string;
  org_id: string;
  campaign_id: string;
  /** thank | lobby */
  kind: string;
  state_iso3: string;
  outcome_recommendation_id: string | null;
  dedupe_key: string;
  due_date: string;
  note: string;
  done_at: string | null;
  done_by: string | null;
  created_by: string;
  created_at: string;
}

export interface MonitoringItemTable {
  outcome_recommendation_id: string;
  org_id: string;
  campaign_id: string;
  status: string;
  ministry: string;
  updated_by: string;
  updated_at: string;
}

export interface MonitoringEntryTable {
  id: string;
  org_id: string;
  campaign_id: string;
  outcome_recommendation_id: string;
  /** evidence | status */
  kind: string;
  date: string;
  text: string;
  source: string;
  status: string | null;
  created_by: string;
  created_at: string;
}

export interface OutcomeTables {
  outcome_import: OutcomeImportTable;
  outcome_recommendation: OutcomeRecommendationTable;
  outcome_match: OutcomeMatchTable;
  outcome_task: OutcomeTaskTable;
  monitoring_item: MonitoringItemTable;
  monitoring_entry: MonitoringEntryTable;
}

export type OutcomeImportRow = Selectable<OutcomeImportTable>;
export type OutcomeRecommendationRow = Selectable<OutcomeRecommendationTable>;
export type OutcomeMatchRow = Selectable<OutcomeMatchTable>;
export type OutcomeTaskRow = Selectable<OutcomeTaskTable>;
export type MonitoringItemRow = Selectable<MonitoringItemTable>;
export type MonitoringEntryRow = Selectable<MonitoringEntryTable>;
