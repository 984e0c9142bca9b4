/**
 * Follow-up tasks of the outreach: the call a week after a document was sent, and meetings.
 * Listed per campaign (outreach board), across campaigns (reminders, dashboard, digest), and
 * completed by hand or by logging the call or meeting.
 */
import { addDays } from '../../core/dates.js';
import type { ChannelKind, FollowUpKind } from '../../core/outreach/outreach-rules.js';
import type { FollowUpDto, RemindersDto } from '../../shared/contracts/outreach.js';
import { updateFollowUpSchema } from '../../shared/contracts/outreach.js';
import { appendAudit } from '../db/repos/audit-repo.js';
import { getFollowUp, listFollowUps, updateFollowUp as updateFollowUpRow } from '../db/repos/interaction-repo.js';
import type { FollowUpRow } from '../db/schema-outreach.js';
import { loadCampaign } from './campaigns.js';
import { authorize, notFound, type Actor, type AppDeps } from './deps.js';

export function toFollowUpDto(deps: Pick<AppDeps, 'states'>, row: FollowUpRow & { state_iso3: string; channel_kind: string }, language: string): FollowUpDto {
  const state = deps.states.get(row.state_iso3);
  return {
    id: row.id,
    campaignId: row.campaign_id,
    channelId: row.channel_id,
    stateIso3: row.state_iso3,
    stateName: state ? state.names[language === 'ru' ? 'ru' : 'en'] : row.state_iso3,
    channelKind: row.channel_kind as ChannelKind,
    kind: row.kind as FollowUpKind,
    dueDate: row.due_date,
    note: row.note,
    doneAt: row.done_at,
  };
}

/**
 * Which follow-ups of a campaign to list: the open ones (what the outreach board shows), the
 * done ones (its history, a click away: at 250 a campaign they were 95 % of the rows and of the
 * JSON when every open list carried them, bench/findings.md), or all.
 */
export type FollowUpSelection = 'open' | 'done' | 'all';

export async function listCampaignFollowUps(deps: AppDeps, actor: Actor, campaignId: string, selection: FollowUpSelection, language: string): Promise<FollowUpDto[]> {
  authorize(actor, 'campaign.read');
  const query = { campaignId, includeDone: selection === 'all', doneOnly: selection === 'done' };
  const rows = await listFollowUps(deps.db, actor.orgId, query);
  // A follow-up of the organisation's names its campaign, which is then the organisation's too;
  // only an empty list needs the campaign looked up (an empty list, or not found).
  if (rows.length === 0) await loadCampaign(deps, actor, campaignId);
  return rows.map((f) => toFollowUpDto(deps, f, language));
}

/** How far ahead reminders look. */
export const REMINDER_HORIZON_DAYS = 14;


/** Open follow-ups of every campaign of the organisation: overdue, due today, and the next 14 days. */
export async function getReminders(deps: AppDeps, actor: Actor, language: string): Promise<RemindersDto> {
  authorize(actor, 'campaign.read');
  return remindersOf(deps, actor.orgId, language);
}

/** The same, for the daily digest (no actor: a job acting for each member). */
export async function remindersOf(deps: AppDeps, orgId: string, language: string): Promise<RemindersDto> {
  const today = deps.clock.today();
  const horizon = addDays(today, REMINDER_HORIZON_DAYS);
  const rows = (await listFollowUps(deps.db, orgId, { dueBy: horizon })).map((f) => toFollowUpDto(deps, f, language));
  return {
    today,
    overdue: rows.filter((f) => f.dueDate < today),
    dueToday: rows.filter((f) => f.dueDate === today),
    upcoming: rows.filter((f) => f.dueDate > today),
  };
}

export async function updateFollowUp(deps: AppDeps, actor: Actor, campaignId: string, id: string, input: unknown): Promise<void> {
  authorize(actor, 'task.update');
  const patch = updateFollowUpSchema.parse(input);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const row = await getFollowUp(trx, actor.orgId, campaignId, id);
    if (!row) throw notFound('Follow-up');
    const set: Parameters<typeof updateFollowUpRow>[3] = {};
    if (patch.dueDate !== undefined && patch.dueDate !== row.due_date) set.due_date = patch.dueDate;
    if (patch.note !== undefined && patch.note !== row.note) set.note = patch.note;
    if (patch.done !== undefined && patch.done !== (row.done_at !== null)) {
      set.done_at = patch.done ? now : null;
      set.done_by = patch.done ? actor.userId : null;
    }
    const fields = Object.keys(set).filter((k) => k !== 'done_by');
    if (fields.length === 0) return;
    await updateFollowUpRow(trx, actor.orgId, id, set);
    await appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action: 'follow-up.update', objectType: 'follow_up', objectId: id, changes: { fields, ...(patch.done !== undefined ? { done: patch.done } : {}) }, at: now });
  });
}
