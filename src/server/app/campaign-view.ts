/**
 * Turns a stored campaign and its task progress into what the screens show: the plan from core
 * with the user's ticks, assignees, moved due dates and notes merged in, plus warnings.
 */
import { addDays, diffDays, type IsoDate } from '../../core/dates.js';
import type { CampaignPlan } from '../../core/strategy/plan-campaign.js';
import type { UprCalendar } from '../../core/upr/calendar.js';
import { expectedReviewDates } from '../../core/upr/estimate.js';
import type { CampaignDto, CampaignSummaryDto, PlanWarning, ReviewDateSource, StageDto, TaskDto } from '../../shared/contracts/campaigns.js';
import type { CampaignRow, TaskProgressRow } from '../db/schema.js';
import type { StateRegistry } from '../reference/state-registry.js';
import { memoByCalendar, plannedCampaign } from './calendar-memo.js';
import { toStateDto } from './states.js';

/** A review date more than this many days from every expected review of the State is suspicious. */
export const FAR_FROM_SESSION_DAYS = 45;

export function progressKey(stageKey: string, taskKey: string): string {
  return `${stageKey}/${taskKey}`;
}

/** expectedReviewDates walks every review of the calendar; every campaign page and the dashboard (once per campaign) ask it. */
function expectedReviewDatesOf(calendar: UprCalendar, iso3: string, until: IsoDate): readonly IsoDate[] {
  return memoByCalendar(calendar, `expected|${iso3}|${until}`, () => expectedReviewDates(calendar, iso3, until));
}

export function reviewWarnings(calendar: UprCalendar, iso3: string, reviewDate: IsoDate, today: IsoDate): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const expected = expectedReviewDatesOf(calendar, iso3, addDays(reviewDate, 400));
  if (expected.length > 0) {
    const nearest = expected.reduce((best, d) => (Math.abs(diffDays(d, reviewDate)) < Math.abs(diffDays(best, reviewDate)) ? d : best));
    if (Math.abs(diffDays(nearest, reviewDate)) > FAR_FROM_SESSION_DAYS) {
      warnings.push({ code: 'review-far-from-session', params: { expected: nearest } });
    }
  }
  const daysToReview = diffDays(today, reviewDate);
  if (daysToReview < 0) warnings.push({ code: 'review-past', params: { days: -daysToReview } });
  else if (daysToReview < 120) warnings.push({ code: 'review-soon', params: { days: daysToReview } });
  return warnings;
}

function mergeTasks(plan: CampaignPlan, progress: Map<string, TaskProgressRow>): StageDto[] {
  return plan.stages.map((stage) => ({
    key: stage.key,
    start: stage.start,
    end: stage.end,
    status: stage.status,
    actionableLate: stage.actionableLate,
    tool: stage.tool,
    notes: [...stage.notes],
    tips: [...stage.tips],
    tasks: stage.tasks.map((task): TaskDto => {
      const row = progress.get(progressKey(stage.key, task.key));
      return {
        key: task.key,
        stageKey: stage.key,
        due: row?.due_date ?? task.due,
        plannedDue: task.due,
        done: row ? Number(row.done) === 1 : false,
        doneAt: row?.done_at ?? null,
        assigneeId: row?.assignee_id ?? null,
        note: row?.note ?? '',
      };
    }),
  }));
}

/** Open tasks past their due date, in stages still worth doing (a missed review day is not "overdue"). */
export function countOverdue(stages: StageDto[], today: IsoDate): number {
  return stages
    .filter((s) => s.status !== 'past' || s.actionableLate)
    .flatMap((s) => s.tasks)
    .filter((t) => !t.done && t.due < today).length;
}

export interface ViewInput {
  campaign: CampaignRow;
  progress: TaskProgressRow[];
  calendar: UprCalendar;
  states: StateRegistry;
  today: IsoDate;
  language: string;
}

export function buildCampaignDto(input: ViewInput): CampaignDto {
  const { campaign, calendar, today } = input;
  const plan = plannedCampaign(calendar, campaign.review_date, today);
  const stages = mergeTasks(plan, new Map(input.progress.map((p) => [progressKey(p.stage_key, p.task_key), p])));
  const tasks = stages.flatMap((s) => s.tasks);
  const state = input.states.get(campaign.state_iso3);
  return {
    id: campaign.id,
    name: campaign.name,
    state: state ? toStateDto(state, input.language) : { iso3: campaign.state_iso3, name: campaign.state_iso3, names: { en: campaign.state_iso3, ru: campaign.state_iso3 }, regionalGroup: null, euMember: false },
    reviewDate: campaign.review_date,
    reviewDateSource: campaign.review_date_source as ReviewDateSource,
    currentStages: plan.currentStages,
    tasksDone: tasks.filter((t) => t.done).length,
    tasksTotal: tasks.length,
    overdue: countOverdue(stages, today),
    session: plan.session,
    today,
    createdAt: campaign.created_at,
    updatedAt: campaign.updated_at,
    stages,
    deadlines: plan.deadlines,
    adoption: plan.adoption,
    genevaOutreach: plan.genevaOutreach,
    warnings: reviewWarnings(calendar, campaign.state_iso3, campaign.review_date, today),
  };
}

export function toSummary(dto: CampaignDto): CampaignSummaryDto {
  const { id, name, state, reviewDate, reviewDateSource, currentStages, tasksDone, tasksTotal, overdue } = dto;
  return { id, name, state, reviewDate, reviewDateSource, currentStages, tasksDone, tasksTotal, overdue };
}
