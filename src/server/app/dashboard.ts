/**
 * The Monday view: what is due this week, what is overdue, which Geneva sessions (when
 * missions should not be called) start soon, the outreach follow-ups due and the meetings and
 * briefings ahead, across all campaigns of the organisation.
 */
import { addDays, rangesOverlap, type IsoDate } from '../../core/dates.js';
import type { DashboardDto, DashboardFollowUpDto, DashboardItemDto, DashboardMeetingDto } from '../../shared/contracts/campaigns.js';
import type { FollowUpDto } from '../../shared/contracts/outreach.js';
import { listCampaigns as listCampaignRows } from '../db/repos/campaigns-repo.js';
import { listDueFollowUps, listFollowUps, listUpcomingBriefings } from '../db/repos/interaction-repo.js';
import type { CampaignRow } from '../db/schema.js';
import { campaignViews } from './campaign-views.js';
import { authorize, type Actor, type AppDeps } from './deps.js';
import { toFollowUpDto } from './follow-ups.js';
import { genevaSessionsOverlapping } from '../../core/upr/sessions.js';

export const BLACKOUT_LOOKAHEAD_DAYS = 30;
/** Meetings and briefings are shown this far ahead: a month is enough to prepare a briefing note. */
export const MEETINGS_LOOKAHEAD_DAYS = 30;
/** Follow-ups the dashboard lists (soonest first); the total is given beside them, the rest is on each outreach board. */
export const DASHBOARD_FOLLOW_UPS = 100;

/**
 * Follow-ups due: every overdue one (a meeting whose date passed unrecorded too) and the calls
 * due by the end of the week, the first DASHBOARD_FOLLOW_UPS of them with their total. A meeting
 * still ahead is not a task to do: it goes under meetings, with the briefings.
 */
async function outreachOfWeek(deps: AppDeps, orgId: string, campaigns: CampaignRow[], today: IsoDate, weekEnd: IsoDate, language: string) {
  const names = new Map(campaigns.map((c) => [c.id, c.name]));
  const horizon = addDays(today, MEETINGS_LOOKAHEAD_DAYS);
  const common = (f: FollowUpDto, campaignName: string) => ({
    id: f.id,
    campaignId: f.campaignId,
    campaignName,
    stateIso3: f.stateIso3,
    stateName: f.stateName,
    channelKind: f.channelKind,
  });
  const followUpsDue: DashboardFollowUpDto[] = [];
  const due = await listDueFollowUps(deps.db, orgId, today, weekEnd, DASHBOARD_FOLLOW_UPS);
  for (const row of due.rows) {
    const f = toFollowUpDto(deps, row, language);
    const campaignName = names.get(f.campaignId);
    if (campaignName !== undefined) followUpsDue.push({ ...common(f, campaignName), kind: f.kind, due: f.dueDate, overdue: f.dueDate < today });
  }
  const meetingsAhead: DashboardMeetingDto[] = [];
  for (const row of await listFollowUps(deps.db, orgId, { kind: 'meeting', dueFrom: today, dueBy: horizon })) {
    const f = toFollowUpDto(deps, row, language);
    const campaignName = names.get(f.campaignId);
    if (campaignName !== undefined) meetingsAhead.push({ ...common(f, campaignName), kind: 'meeting', date: f.dueDate });
  }
  // One query for the briefings of every campaign (not one per campaign).
  for (const b of await listUpcomingBriefings(deps.db, orgId, today, horizon)) {
    const campaignName = names.get(b.campaign_id);
    if (campaignName === undefined) continue;
    meetingsAhead.push({ id: b.id, campaignId: b.campaign_id, campaignName, date: b.date, kind: 'briefing', title: b.title, venue: b.venue });
  }
  meetingsAhead.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { followUpsDue, followUpsDueTotal: due.total, meetingsAhead };
}

export async function getDashboard(deps: AppDeps, actor: Actor, language: string): Promise<DashboardDto> {
  authorize(actor, 'campaign.read');
  const today = deps.clock.today();
  const weekEnd = addDays(today, 6);
  const calendar = deps.calendar.get();
  const campaigns = await listCampaignRows(deps.db, actor.orgId);
  const views = await campaignViews(deps, actor.orgId, campaigns, language);
  const dueThisWeek: DashboardItemDto[] = [];
  const overdue: DashboardItemDto[] = [];
  const blackoutsSoon: DashboardDto['blackoutsSoon'] = [];
  const soon = { start: today, end: addDays(today, BLACKOUT_LOOKAHEAD_DAYS) };
  for (const dto of views) {
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
  const outreach = await outreachOfWeek(deps, actor.orgId, campaigns, today, weekEnd, language);
  return { today, weekEnd, dueThisWeek: dueThisWeek.sort(byDue), overdue: overdue.sort(byDue), blackoutsSoon, ...outreach };
}
