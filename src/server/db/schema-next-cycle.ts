/**
 * Kysely types of the next-cycle tables (migration 2026-11-28T0300): which campaign started the
 * cycle again from which, and the previous cycle's recommendations copied into the new campaign
 * as its baseline ("recommended previously"). The baseline is a copy, not a reference: it stays
 * readable when the previous campaign is deleted. JSON columns hold arrays of strings.
 */
import type { Selectable } from 'kysely';

export interface CampaignCycleTable {
  /** The new campaign (one link per campaign). */
  campaign_id: string;
  org_id: string;
  /** The campaign it continues; unique, so a campaign starts at most one next cycle. Null once deleted. */
  previous_campaign_id: string | null;
  previous_name: string;
  previous_review_date: string;
  /** The previous outcome's report symbol, e.g. "A/HRC/59/15", when it was imported. */
  document_symbol: string | null;
  /** Why the new review date: document | inferred-order | session-first-day | projected-cycle | cycle-length. */
  review_date_reason: string;
  created_by: string;
  created_at: string;
}

export interface BaselineRecommendationTable {
  id: string;
  org_id: string;
  campaign_id: string;
  position: number;
  paragraph: string;
  text: string;
  /** JSON array of ISO3 codes. */
  recommending_states: string;
  response: string | null;
  of_interest: number;
  /** The implementation status reached in the previous cycle; null when it was not monitored. */
  status: string | null;
  ministry: string;
  latest_evidence_date: string | null;
  latest_evidence_text: string;
  latest_evidence_source: string;
  /** JSON array of the new campaign's key issues it answered (by confirmed matches). */
  key_issue_ids: string;
  created_at: string;
}

export interface NextCycleTables {
  campaign_cycle: CampaignCycleTable;
  baseline_recommendation: BaselineRecommendationTable;
}

export type CampaignCycleRow = Selectable<CampaignCycleTable>;
export type BaselineRecommendationRow = Selectable<BaselineRecommendationTable>;
