/**
 * The dashboard's outreach lists: follow-ups due and the meetings and briefings ahead, across
 * the organisation's campaigns. Reading them took four statements and ~230 rows on every view
 * of the dashboard (about half its cost at the benchmark's scale, bench/findings.md), while they
 * change only when a follow-up or briefing does. So they are kept per organisation, language and
 * day, keyed by the organisation's outreach counter, which triggers raise on every change to its
 * follow-ups and briefings (migration 2026-11-28T0900; decision record 0012), and by the
 * campaigns' names, which the lists show.
 *
 * The counter is read BEFORE the rows: a change committed in between makes the kept lists newer
 * than their key, never older, and the next view sees the raised counter and reads them again.
 * Several server processes on one database each keep their own, all keyed by the database's
 * counter; a write behind the server's back (SQL, another process) counts at once too.
 */
import { addDays, type IsoDate } from '../../core/dates.js';
import { LruMap } from '../../core/lru-map.js';
import type { DashboardFollowUpDto, DashboardMeetingDto } from '../../shared/contracts/campaigns.js';
import type { FollowUpDto } from '../../shared/contracts/outreach.js';
import { listDueFollowUps, listFollowUps, listUpcomingBriefings } from '../db/repos/interaction-repo.js';
import type { CampaignRow } from '../db/schema.js';
import { deepFreeze } from './calendar-memo.js';
import type { AppDeps } from './deps.js';
import { toFollowUpDto } from './follow-ups.js';

/** Meetings and briefings are shown this far ahead: a month is enough to prepare a briefing note. */
export const MEETINGS_LOOKAHEAD_DAYS = 30;
/** Follow-ups the dashboard lists (soonest first); the total is given beside them, the rest is on each outreach board. */
export const DASHBOARD_FOLLOW_UPS = 100;

export interface OutreachOfWeek {
  followUpsDue: DashboardFollowUpDto[];
  followUpsDueTotal: number;
  meetingsAhead: DashboardMeetingDto[];
}

type Kept = LruMap<string, { key: string; lists: Readonly<OutreachOfWeek> }>;
/** Per database handle (tests open many databases in one process): one entry per organisation and language in use. */
const keptByDatabase = new WeakMap<object, Kept>();

function keptFor(deps: AppDeps): Kept {
  let kept = keptByDatabase.get(deps.db);
  if (!kept) keptByDatabase.set(deps.db, (kept = new LruMap(1_000)));
  return kept;
}

/**
 * Follow-ups due: every overdue one (a meeting whose date passed unrecorded too) and the calls
 * due by the end of the week, the first DASHBOARD_FOLLOW_UPS of them with their total. A meeting
 * still ahead is not a task to do: it goes under meetings, with the briefings.
 */
async function readOutreachOfWeek(
  deps: AppDeps,
  orgId: string,
  campaigns: CampaignRow[],
  today: IsoDate,
  weekEnd: IsoDate,
  language: string,
): Promise<OutreachOfWeek> {
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
    if (campaignName !== undefined)
      followUpsDue.push({ ...common(f, campaignName), kind: f.kind, due: f.dueDate, overdue: f.dueDate < today });
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
    meetingsAhead.push({
      id: b.id,
      campaignId: b.campaign_id,
      campaignName,
      date: b.date,
      kind: 'briefing',
      title: b.title,
      venue: b.venue,
    });
  }
  meetingsAhead.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { followUpsDue, followUpsDueTotal: due.total, meetingsAhead };
}

/**
 * The outreach lists of the week, kept or read. `version` is the organisation's outreach counter,
 * read with `campaigns` (campaignsWithOutreachVersion); the lists are frozen: shared between requests.
 */
export async function outreachOfWeek(
  deps: AppDeps,
  orgId: string,
  version: string,
  campaigns: CampaignRow[],
  today: IsoDate,
  weekEnd: IsoDate,
  language: string,
): Promise<Readonly<OutreachOfWeek>> {
  const slot = `${orgId}\u0000${language}`;
  // Everything the lists are made of besides the counter: the day and the campaigns' names.
  const key = JSON.stringify([version, today, weekEnd, campaigns.map((c) => [c.id, c.name])]);
  const kept = keptFor(deps);
  const found = kept.get(slot);
  if (found && found.key === key) return found.lists;
  const lists = deepFreeze(await readOutreachOfWeek(deps, orgId, campaigns, today, weekEnd, language));
  kept.set(slot, { key, lists });
  return lists;
}
