/**
 * Which stages are still ahead for a review date, before the campaign exists. Uses the core
 * planner with an empty calendar: only the outcome adoption (R + 5 months by default) can
 * differ from the final plan, which is close enough for "these stages remain".
 */
import { addMonths, isIsoDate } from '../../core/dates.js';
import type { StageKey } from '../../core/strategy/catalogue.js';
import { planCampaign } from '../../core/strategy/plan-campaign.js';

export interface RemainingStages {
  /** 'ahead': the whole plan is still ahead; 'soon': some stages have passed; 'past': the review is over. */
  timing: 'ahead' | 'soon' | 'past';
  remaining: StageKey[];
}

const EMPTY_CALENDAR = { sessions: [], hrcSessions: [], reviews: [] };

export function remainingStages(reviewDate: string, today: string): RemainingStages | null {
  if (!isIsoDate(reviewDate)) return null;
  const plan = planCampaign({ reviewDate, today, calendar: EMPTY_CALENDAR });
  // Stages years away (next cycle, start again) would drown the point: list the coming year's,
  // or at least the next stage when the coming year has none.
  const horizon = addMonths(reviewDate > today ? reviewDate : today, 12);
  const open = plan.stages.filter((s) => s.status !== 'past');
  const soon = open.filter((s) => s.start <= horizon);
  const remaining = (soon.length ? soon : open.slice(0, 1)).map((s) => s.key);
  const somePassed = plan.stages.some((s) => s.status === 'past');
  return { timing: reviewDate < today ? 'past' : somePassed ? 'soon' : 'ahead', remaining };
}
