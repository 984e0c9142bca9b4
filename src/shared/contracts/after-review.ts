/**
 * Contracts of the last stages of a cycle: the mid-term report and update letters (files, no
 * JSON), starting the next cycle (stage `start-again`) and the baseline the new campaign
 * inherits ("recommended previously"). Starting the next cycle takes no body: everything it
 * carries comes from the previous campaign.
 */
import type { MonitoringStatus } from '../../core/outcome/monitoring-status.js';
import type { NextCycleReview } from '../../core/strategy/next-cycle-review.js';
import type { Response } from '../../core/recommendations/responses.js';
import type { CampaignDto } from './campaigns.js';

export const AFTER_REVIEW_FORMATS = ['docx', 'pdf', 'html'] as const;
export type AfterReviewFormat = (typeof AFTER_REVIEW_FORMATS)[number];
/** Update letters are edited before sending: Word and a printable page, no PDF. */
export const LETTER_FORMATS = ['docx', 'html'] as const;
export type LetterFormat = (typeof LETTER_FORMATS)[number];

/** What the next cycle carries from the previous campaign. */
export interface CarriedCounts {
  keyIssues: number;
  targets: number;
  channels: number;
  posts: number;
  people: number;
  baseline: number;
}

export interface NextCycleInfoDto {
  campaignId: string;
  /** The campaign already started from this one; a second one is refused (409). */
  next: { id: string; name: string; reviewDate: string } | null;
  /** The review date the next campaign would get, and where it comes from. */
  estimate: NextCycleReview;
  carried: CarriedCounts;
}

export interface NextCycleResultDto {
  previousCampaignId: string;
  campaign: CampaignDto;
  reviewDateReason: NextCycleReview['reason'];
  carried: CarriedCounts;
}

export interface BaselineRecommendationDto {
  id: string;
  paragraph: string;
  text: string;
  recommendingStates: { iso3: string; name: string }[];
  response: Response | null;
  ofInterest: boolean;
  /** The implementation status reached in the previous cycle; null when it was not monitored. */
  status: MonitoringStatus | null;
  ministry: string;
  latestEvidence: { date: string; text: string; source: string } | null;
  /** This campaign's key issues the recommendation answered (confirmed matches, carried over). */
  keyIssueIds: string[];
}

export interface BaselineDto {
  campaignId: string;
  /** The campaign this one continues; null for a campaign not started from another. */
  previous: {
    campaignId: string | null;
    name: string;
    reviewDate: string;
    documentSymbol: string | null;
  } | null;
  recommendations: BaselineRecommendationDto[];
  counts: {
    total: number;
    ofInterest: number;
    byResponse: Record<Response | 'unknown', number>;
    byStatus: Record<MonitoringStatus, number>;
  };
}
