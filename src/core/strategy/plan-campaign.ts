/**
 * planCampaign lays the strategy of STRATEGY.md out in dates around one review date R. It is
 * pure: the calendar and `today` come in, so the same inputs always give the same plan.
 */
import { addDays, addMonths, maxDate, minDate, rangeContains, type DateRange, type IsoDate } from '../dates.js';
import { sessionRange, type UprCalendar } from '../upr/calendar.js';
import { hrcSessionByNumber } from '../upr/sessions.js';
import { STAGES, type Offset, type StageDef, type StageKey, type StageTool } from './catalogue.js';
import { planGenevaOutreach, type GenevaOutreachPlan } from './geneva-outreach.js';
import type { DeadlineKey } from './stage-texts.js';

export type StageStatus = 'past' | 'current' | 'upcoming';

export interface PlannedTask {
  key: string;
  due: IsoDate;
}

export interface PlannedStage {
  key: StageKey;
  start: IsoDate;
  end: IsoDate;
  status: StageStatus;
  /** Past but still worth doing: shown as "missed, still actionable", never hidden. */
  actionableLate: boolean;
  tasks: PlannedTask[];
  notes: readonly string[];
  tips: readonly string[];
  tool: StageTool | null;
}

export interface OutcomeAdoption {
  date: IsoDate;
  /** The HRC regular session that adopts the outcome, when the calendar tells. */
  hrcSession: number | null;
  /** True when the date is R + 5 months or a projected HRC session rather than a published one. */
  estimated: boolean;
}

export interface CampaignPlan {
  reviewDate: IsoDate;
  today: IsoDate;
  /** The Working Group session of this review, when the date falls inside a known session. */
  session: number | null;
  currentStages: StageKey[];
  stages: PlannedStage[];
  deadlines: Record<DeadlineKey, IsoDate>;
  adoption: OutcomeAdoption;
  genevaOutreach: GenevaOutreachPlan;
}

export interface PlanInput {
  reviewDate: IsoDate;
  today: IsoDate;
  calendar: UprCalendar;
  /** The State's next review when known (else about 56 months, 14 sessions, after R). */
  nextReviewDate?: IsoDate | null;
}

/** Months between the review and the HRC plenary adoption when the calendar cannot tell. */
export const DEFAULT_ADOPTION_MONTHS = 5;
/** Fourteen sessions at three a year: the usual distance between two reviews of a State. */
export const CYCLE_MONTHS = 56;

function sessionOfReview(calendar: UprCalendar, reviewDate: IsoDate) {
  return calendar.sessions.find((s) => rangeContains(sessionRange(s), reviewDate)) ?? null;
}

/** The HRC plenary adoption: the first day of the adopting HRC session, else R + 5 months. */
export function outcomeAdoption(calendar: UprCalendar, reviewDate: IsoDate): OutcomeAdoption {
  const session = sessionOfReview(calendar, reviewDate);
  const fallback: OutcomeAdoption = { date: addMonths(reviewDate, DEFAULT_ADOPTION_MONTHS), hrcSession: null, estimated: true };
  if (!session?.adoptedAtHrc) return fallback;
  const hrc = hrcSessionByNumber(calendar, session.adoptedAtHrc, addMonths(reviewDate, 12));
  if (!hrc || hrc.start <= reviewDate) return { ...fallback, hrcSession: session.adoptedAtHrc };
  return { date: hrc.start, hrcSession: hrc.number, estimated: hrc.estimated };
}

function resolve(offset: Offset, anchors: Record<Offset['anchor'], IsoDate>): IsoDate {
  return addDays(addMonths(anchors[offset.anchor], offset.months ?? 0), offset.days ?? 0);
}

function planStage(def: StageDef, anchors: Record<Offset['anchor'], IsoDate>, today: IsoDate): PlannedStage {
  const start = resolve(def.start, anchors);
  const end = maxDate(start, resolve(def.end, anchors));
  const status: StageStatus = end < today ? 'past' : start > today ? 'upcoming' : 'current';
  return {
    key: def.key,
    start,
    end,
    status,
    actionableLate: status === 'past' && def.worthDoingLate,
    tasks: def.tasks.map((t) => ({ key: t.key, due: t.dueDays === undefined ? end : minDate(addDays(start, t.dueDays), end) })),
    notes: def.notes,
    tips: def.tips,
    tool: def.tool ?? null,
  };
}

/** The whole campaign plan for a review on `reviewDate`, seen on `today`. */
export function planCampaign(input: PlanInput): CampaignPlan {
  const { reviewDate, today, calendar } = input;
  const adoption = outcomeAdoption(calendar, reviewDate);
  const nextReview = input.nextReviewDate ?? addMonths(reviewDate, CYCLE_MONTHS);
  const anchors = { review: reviewDate, adoption: adoption.date, nextReview };
  const stages = STAGES.map((def) => planStage(def, anchors, today));
  const geneva = stages.find((s) => s.key === 'geneva-missions') as PlannedStage;
  const window: DateRange = { start: geneva.start, end: geneva.end };
  return {
    reviewDate,
    today,
    session: sessionOfReview(calendar, reviewDate)?.number ?? null,
    currentStages: stages.filter((s) => s.status === 'current').map((s) => s.key),
    stages,
    deadlines: {
      nationalReport: addMonths(reviewDate, -3),
      review: reviewDate,
      draftReport: addDays(reviewDate, 2),
      outcomeAdoption: adoption.date,
      midTermReport: addMonths(reviewDate, 30),
      nextReview,
    },
    adoption,
    genevaOutreach: planGenevaOutreach(calendar, window, reviewDate),
  };
}
