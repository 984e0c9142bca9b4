/**
 * Answers computed from the UPR calendar, kept per calendar object: a reloaded calendar is a new
 * object, so its answers go with the old one (WeakMap). The plan of a campaign is pure in (review
 * date, today, calendar), and the dashboard, the campaign list and the calendar feeds plan every
 * campaign of the organisation on every request: 50 campaigns took ~8 ms of a dashboard's 16
 * (bench/scale.ts, bench/http-load.ts). Answers are deep-frozen, so a caller that changed one
 * would fail loudly instead of changing what the next request sees.
 */
import type { IsoDate } from '../../core/dates.js';
import { planCampaign, type CampaignPlan } from '../../core/strategy/plan-campaign.js';
import type { UprCalendar } from '../../core/upr/calendar.js';

/** Beyond this many answers per calendar and kind, start again (a new day makes new keys). */
const MAX_ENTRIES = 10_000;
const memo = new WeakMap<UprCalendar, Map<string, unknown>>();

/** Freezes `value` and everything reachable from it (an answer shared between requests must not change). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** `compute()` once per calendar and `key` (keys of different kinds must not collide: prefix them). */
export function memoByCalendar<T>(calendar: UprCalendar, key: string, compute: () => T): T {
  let answers = memo.get(calendar);
  if (!answers) memo.set(calendar, (answers = new Map()));
  if (answers.has(key)) return answers.get(key) as T;
  if (answers.size >= MAX_ENTRIES) answers.clear();
  const value = deepFreeze(compute());
  answers.set(key, value);
  return value;
}

/** planCampaign, once per (calendar, review date, today). */
export function plannedCampaign(calendar: UprCalendar, reviewDate: IsoDate, today: IsoDate): CampaignPlan {
  return memoByCalendar(calendar, `plan|${reviewDate}|${today}`, () => planCampaign({ reviewDate, today, calendar }));
}
