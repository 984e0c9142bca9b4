/**
 * The Monday view: what is due this week, what is overdue, which Geneva sessions (when
 * missions should not be called) start soon, the outreach follow-ups due and the meetings and
 * briefings ahead, across all campaigns of the organisation.
 */
import { addDays, rangesOverlap } from '../../core/dates.js';
import type { CampaignDto, DashboardDto, DashboardItemDto } from '../../shared/contracts/campaigns.js';
import { campaignsWithOutreachVersion } from '../db/repos/campaigns-repo.js';
import { campaignViews } from './campaign-views.js';
import { outreachOfWeek } from './dashboard-outreach.js';
import { authorize, type Actor, type AppDeps } from './deps.js';
import { genevaSessionsOverlapping } from '../../core/upr/sessions.js';

export const BLACKOUT_LOOKAHEAD_DAYS = 30;

export async function getDashboard(deps: AppDeps, actor: Actor, language: string): Promise<DashboardDto> {
  authorize(actor, 'campaign.read');
  const today = deps.clock.today();
  const weekEnd = addDays(today, 6);
  const calendar = deps.calendar.get();
  // The outreach counter is read with the campaigns, before the rows it keys (dashboard-outreach.ts).
  const { campaigns, version } = await campaignsWithOutreachVersion(deps.db, actor.orgId);
  const views = await campaignViews(deps, actor.orgId, campaigns, language);
  const { dueThisWeek, overdue } = openTasksOfWeek(views, today, weekEnd);
  const blackoutsSoon: DashboardDto['blackoutsSoon'] = [];
  const soon = { start: today, end: addDays(today, BLACKOUT_LOOKAHEAD_DAYS) };
  for (const dto of views) {
    // Blackouts matter while the Geneva outreach window is open or about to open.
    const outreach = dto.genevaOutreach.window;
    if (rangesOverlap({ start: addDays(outreach.start, -BLACKOUT_LOOKAHEAD_DAYS), end: outreach.end }, soon)) {
      for (const s of genevaSessionsOverlapping(calendar, soon)) {
        if (s.start >= today) blackoutsSoon.push({ ...s, campaignId: dto.id, campaignName: dto.name });
      }
    }
  }
  const byDue = (a: DashboardItemDto, b: DashboardItemDto) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0);
  const outreach = await outreachOfWeek(deps, actor.orgId, version, campaigns, today, weekEnd, language);
  return { today, weekEnd, dueThisWeek: dueThisWeek.sort(byDue), overdue: overdue.sort(byDue), blackoutsSoon, ...outreach };
}

/**
 * The open tasks due this week and those overdue, across the campaigns' plans. A plain loop in a
 * function of its own: most open tasks are due later, and making an item for each of them (with
 * a filtered copy of each stage's tasks, in the request's async function) left ~350 KB of garbage
 * a dashboard request at 50 campaigns (V8's sampling heap profiler: 660 → 308 KB a call).
 */
function openTasksOfWeek(views: readonly CampaignDto[], today: string, weekEnd: string): { dueThisWeek: DashboardItemDto[]; overdue: DashboardItemDto[] } {
  const dueThisWeek: DashboardItemDto[] = [];
  const overdue: DashboardItemDto[] = [];
  for (let v = 0; v < views.length; v++) {
    const dto = views[v]!;
    for (let s = 0; s < dto.stages.length; s++) {
      const stage = dto.stages[s]!;
      if (stage.status === 'past' && !stage.actionableLate) continue;
      for (let t = 0; t < stage.tasks.length; t++) {
        const task = stage.tasks[t]!;
        if (task.done || task.due > weekEnd) continue;
        const item = { campaignId: dto.id, campaignName: dto.name, stateIso3: dto.state.iso3, stageKey: stage.key, taskKey: task.key, due: task.due, assigneeId: task.assigneeId };
        (task.due < today ? overdue : dueThisWeek).push(item);
      }
    }
  }
  return { dueThisWeek, overdue };
}
