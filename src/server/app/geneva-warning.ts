/**
 * The warning shown when something with a Geneva mission is scheduled inside a UPR or HRC
 * session: which sessions, the nearest free days, and the planner's suggested periods.
 */
import { genevaSessionsOn, nearestFreeDays } from '../../core/outreach/geneva-date-check.js';
import type { GenevaWarningDto } from '../../shared/contracts/outreach.js';
import type { CampaignRow } from '../db/schema.js';
import { plannedCampaign } from './calendar-memo.js';
import type { AppDeps } from './deps.js';

export function genevaWarning(deps: Pick<AppDeps, 'calendar' | 'clock'>, campaign: Pick<CampaignRow, 'review_date'>, date: string): GenevaWarningDto | null {
  const calendar = deps.calendar.get();
  const conflicts = genevaSessionsOn(calendar, date);
  if (conflicts.length === 0) return null;
  const nearest = nearestFreeDays(calendar, date);
  const plan = plannedCampaign(calendar, campaign.review_date, deps.clock.today());
  return {
    date,
    conflicts: conflicts.map(({ kind, number, start, end }) => ({ kind, number, start, end })),
    nearestBefore: nearest.before,
    nearestAfter: nearest.after,
    suggested: plan.genevaOutreach.suggested.map(({ start, end }) => ({ start, end })),
  };
}
