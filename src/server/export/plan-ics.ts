/**
 * iCalendar (.ics) of campaign plans: every stage as an all-day span, every open task on its
 * due day, the deadlines, the outreach: open follow-ups (calls, meetings) on their due day
 * and upcoming group briefings, and the outcome's open tasks (thank, lobby). UIDs are stable (made of the objects' ids, never of dates or
 * titles), so a calendar app that polls the feed updates events in place instead of
 * duplicating them, and drops an event once it leaves the feed (a follow-up marked done).
 */
import { addDays, type IsoDate } from '../../core/dates.js';
import type { OutcomeTaskKind } from '../../core/outcome/response-rules.js';
import type { ChannelKind, FollowUpKind } from '../../core/outreach/outreach-rules.js';
import type { DescribedPlan } from '../../core/strategy/describe-plan.js';
import { DEADLINE_KEYS, type PlanLanguage } from '../../core/strategy/stage-texts.js';
import { writeCalendar, type AllDayEvent } from './ics-writer.js';

export interface IcsFollowUp {
  id: string;
  kind: FollowUpKind;
  stateName: string;
  channelKind: ChannelKind;
  due: IsoDate;
  note: string;
}

/** A task of the review's outcome: thank a State, or lobby for a recommendation before adoption. */
export interface IcsOutcomeTask {
  id: string;
  kind: OutcomeTaskKind;
  stateName: string;
  paragraph: string | null;
  due: IsoDate;
  note: string;
}

export interface IcsBriefing {
  id: string;
  title: string;
  date: IsoDate;
  venue: string;
  note: string;
}

export interface IcsCampaign {
  id: string;
  name: string;
  plan: DescribedPlan;
  /** Task keys (`stage/task`) already done: left out of the calendar. */
  doneTasks?: ReadonlySet<string>;
  /** Due dates moved by users (`stage/task` → date). */
  dueOverrides?: ReadonlyMap<string, IsoDate>;
  /** Language of the outreach events' titles (the plan is already described in it). */
  language?: PlanLanguage;
  /** Open follow-ups only: done ones are left out by the caller. */
  followUps?: IcsFollowUp[];
  briefings?: IcsBriefing[];
  /** Open outcome tasks only. */
  outcomeTasks?: IcsOutcomeTask[];
  /** The campaign's outreach board, linked from its outreach events. */
  outreachUrl?: string;
  /** The campaign's page, linked from its outcome tasks. */
  campaignUrl?: string;
}

const OUTCOME_TITLES: Record<PlanLanguage, (t: IcsOutcomeTask) => string> = {
  en: (t) =>
    t.kind === 'thank' ? `Thank ${t.stateName} for its recommendations` : `Lobby for recommendation ${t.paragraph ?? ''} (${t.stateName})`,
  ru: (t) =>
    t.kind === 'thank' ? `Поблагодарить: ${t.stateName}` : `Добиваться поддержки рекомендации ${t.paragraph ?? ''} (${t.stateName})`,
};

const OUTREACH_LABELS: Record<PlanLanguage, Record<FollowUpKind | ChannelKind | 'briefing', string>> = {
  en: { 'follow-up-call': 'Follow-up call', meeting: 'Meeting', briefing: 'Briefing', embassy: 'embassy', mission: 'Geneva mission' },
  ru: {
    'follow-up-call': 'Контрольный звонок',
    meeting: 'Встреча',
    briefing: 'Брифинг',
    embassy: 'посольство',
    mission: 'миссия в Женеве',
  },
};

const VENUE_LABELS: Record<PlanLanguage, Record<string, string>> = {
  en: { geneva: 'Geneva', capital: 'Capital', online: 'Online' },
  ru: { geneva: 'Женева', capital: 'Столица', online: 'Онлайн' },
};

/** One day's event: RFC 5545 ends all-day events on the next day. */
function oneDay(date: IsoDate): Pick<AllDayEvent, 'start' | 'end'> {
  return { start: date, end: addDays(date, 1) };
}

function campaignEvents(campaign: IcsCampaign): AllDayEvent[] {
  const events: AllDayEvent[] = [];
  const prefix = `[${campaign.name}]`;
  for (const stage of campaign.plan.stages) {
    events.push({
      uid: `${campaign.id}-stage-${stage.key}@upr-advocate`,
      title: `${prefix} ${stage.title}`,
      description: [stage.summary, ...stage.notes, ...stage.tips].join('\n\n'),
      start: stage.start,
      end: addDays(stage.end, 1),
      transparent: true,
    });
    for (const task of stage.tasks) {
      const key = `${stage.key}/${task.key}`;
      if (campaign.doneTasks?.has(key)) continue;
      const due = campaign.dueOverrides?.get(key) ?? task.due;
      events.push({
        uid: `${campaign.id}-task-${stage.key}-${task.key}@upr-advocate`,
        title: `${prefix} ${task.title}`,
        description: stage.title,
        ...oneDay(due),
      });
    }
  }
  for (const key of DEADLINE_KEYS) {
    const date = campaign.plan.deadlines[key];
    events.push({
      uid: `${campaign.id}-deadline-${key}@upr-advocate`,
      title: `${prefix} ${campaign.plan.deadlineLabels[key]}`,
      ...oneDay(date),
    });
  }
  return [...events, ...outreachEvents(campaign, prefix)];
}

/** "Follow-up call: France — embassy" on its due day; a briefing on its date. */
function outreachEvents(campaign: IcsCampaign, prefix: string): AllDayEvent[] {
  const language = campaign.language ?? 'en';
  const labels = OUTREACH_LABELS[language];
  const link = campaign.outreachUrl ? { url: campaign.outreachUrl } : {};
  const followUps = (campaign.followUps ?? []).map((f): AllDayEvent => ({
    uid: `${campaign.id}-follow-up-${f.id}@upr-advocate`,
    title: `${prefix} ${labels[f.kind]}: ${f.stateName} — ${labels[f.channelKind]}`,
    ...(f.note.trim() ? { description: f.note } : {}),
    ...oneDay(f.due),
    ...link,
  }));
  const briefings = (campaign.briefings ?? []).map((b): AllDayEvent => ({
    uid: `${campaign.id}-briefing-${b.id}@upr-advocate`,
    title: `${prefix} ${labels.briefing}: ${b.title}`,
    ...(b.note.trim() ? { description: b.note } : {}),
    location: VENUE_LABELS[language][b.venue] ?? b.venue,
    ...oneDay(b.date),
    ...link,
  }));
  const outcome = (campaign.outcomeTasks ?? []).map((t): AllDayEvent => ({
    uid: `${campaign.id}-outcome-task-${t.id}@upr-advocate`,
    title: `${prefix} ${OUTCOME_TITLES[language](t)}`,
    ...(t.note.trim() ? { description: t.note } : {}),
    ...oneDay(t.due),
    ...(campaign.campaignUrl ? { url: campaign.campaignUrl } : {}),
  }));
  return [...followUps, ...briefings, ...outcome];
}

export function campaignsToIcs(campaigns: IcsCampaign[], calendarName: string, stamp: Date = new Date()): string {
  return writeCalendar({ name: calendarName, stamp }, campaigns.flatMap(campaignEvents));
}
