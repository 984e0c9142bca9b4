/**
 * iCalendar (.ics) of campaign plans: every stage as an all-day span, every open task on its
 * due day, and the deadlines. UIDs are stable, so a calendar app that polls the feed updates
 * events in place instead of duplicating them.
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { addDays, type IsoDate } from '../../core/dates.js';
import type { DescribedPlan } from '../../core/strategy/describe-plan.js';
import { DEADLINE_KEYS } from '../../core/strategy/stage-texts.js';

export interface IcsCampaign {
  id: string;
  name: string;
  plan: DescribedPlan;
  /** Task keys (`stage/task`) already done: left out of the calendar. */
  doneTasks?: ReadonlySet<string>;
  /** Due dates moved by users (`stage/task` → date). */
  dueOverrides?: ReadonlyMap<string, IsoDate>;
}

function day(date: IsoDate): DateArray {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function campaignEvents(campaign: IcsCampaign): EventAttributes[] {
  const events: EventAttributes[] = [];
  const prefix = `[${campaign.name}]`;
  for (const stage of campaign.plan.stages) {
    events.push({
      uid: `${campaign.id}-stage-${stage.key}@upr-advocate`,
      title: `${prefix} ${stage.title}`,
      description: [stage.summary, ...stage.notes, ...stage.tips].join('\n\n'),
      start: day(stage.start),
      end: day(addDays(stage.end, 1)),
      transp: 'TRANSPARENT',
    });
    for (const task of stage.tasks) {
      const key = `${stage.key}/${task.key}`;
      if (campaign.doneTasks?.has(key)) continue;
      const due = campaign.dueOverrides?.get(key) ?? task.due;
      events.push({
        uid: `${campaign.id}-task-${stage.key}-${task.key}@upr-advocate`,
        title: `${prefix} ${task.title}`,
        description: stage.title,
        start: day(due),
        end: day(addDays(due, 1)),
      });
    }
  }
  for (const key of DEADLINE_KEYS) {
    const date = campaign.plan.deadlines[key];
    events.push({ uid: `${campaign.id}-deadline-${key}@upr-advocate`, title: `${prefix} ${campaign.plan.deadlineLabels[key]}`, start: day(date), end: day(addDays(date, 1)) });
  }
  return events;
}

export function campaignsToIcs(campaigns: IcsCampaign[], calendarName: string): string {
  const events = campaigns.flatMap(campaignEvents);
  if (events.length === 0) {
    // ics refuses an empty list; an empty calendar is still a valid feed.
    return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:upr-advocate', `X-WR-CALNAME:${calendarName}`, 'END:VCALENDAR', ''].join('\r\n');
  }
  const { error, value } = createEvents(events, { productId: 'upr-advocate', calName: calendarName });
  if (error || !value) throw error ?? new Error('could not build the calendar');
  return value;
}
