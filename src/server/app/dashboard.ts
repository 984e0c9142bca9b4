/**
 * The Monday view: what is due this week, what is overdue, and which Geneva sessions (when
 * missions should not be called) start soon, across all campaigns of the organisation.
 */
import { addDays, rangesOverlap } from '../../core/dates.js';
import type { DashboardDto, DashboardItemDto } from '../../shared/contracts/campaigns.js';
import { listCampaigns as listCampaignRows, listTaskProgress } from '../db/repos/campaigns-repo.js';
import { buildCampaignDto } from './campaign-view.js';
import { authorize, type Actor, type AppDeps } from './deps.js';
import { genevaSessionsOverlapping } from '../../core/upr/sessions.js';

export const BLACKOUT_LOOKAHEAD_DAYS = 30;

export async function getDashboard(deps: AppDeps, actor: Actor, language: string): Promise<DashboardDto> {
  authorize(actor, 'campaign.read');
  const today = deps.clock.today();
  const weekEnd = addDays(today, 6);
  const calendar = deps.calendar.get();
  const campaigns = await listCampaignRows(deps.db, actor.orgId);
  const progress = await listTaskProgress(deps.db, actor.orgId, campaigns.map((c) => c.id));
  const dueThisWeek: DashboardItemDto[] = [];
  const overdue: DashboardItemDto[] = [];
  const blackoutsSoon: DashboardDto['blackoutsSoon'] = [];
  const soon = { start: today, end: addDays(today, BLACKOUT_LOOKAHEAD_DAYS) };
  for (const row of campaigns) {
    const dto = buildCampaignDto({ campaign: row, progress: progress.filter((p) => p.campaign_id === row.id), calendar, states: deps.states, today, language });
    for (const stage of dto.stages) {
      if (stage.status === 'past' && !stage.actionableLate) continue;
      for (const task of stage.tasks.filter((t) => !t.done)) {
        const item = { campaignId: dto.id, campaignName: dto.name, stateIso3: dto.state.iso3, stageKey: stage.key, taskKey: task.key, due: task.due, assigneeId: task.assigneeId };
        if (task.due < today) overdue.push(item);
        else if (task.due <= weekEnd) dueThisWeek.push(item);
      }
    }
    // Blackouts matter while the Geneva outreach window is open or about to open.
    const outreach = dto.genevaOutreach.window;
    if (rangesOverlap({ start: addDays(outreach.start, -BLACKOUT_LOOKAHEAD_DAYS), end: outreach.end }, soon)) {
      for (const s of genevaSessionsOverlapping(calendar, soon)) {
        if (s.start >= today) blackoutsSoon.push({ ...s, campaignId: dto.id, campaignName: dto.name });
      }
    }
  }
  const byDue = (a: DashboardItemDto, b: DashboardItemDto) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0);
  return { today, weekEnd, dueThisWeek: dueThisWeek.sort(byDue), overdue: overdue.sort(byDue), blackoutsSoon };
}
