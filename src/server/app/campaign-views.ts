/**
 * The plan views of campaigns (buildCampaignDto), kept in this process between requests. The
 * dashboard and the campaign list show every campaign of the organisation on each request, and
 * reading all their task ticks (700 rows for 50 campaigns) and merging them into 50 plans cost
 * ~4 ms of every such request at scale (bench/http-load.ts), while ticks change rarely.
 *
 * A view is keyed by everything it is computed from: the whole campaign row, including its
 * progress_version (raised in the same transaction as every change to its progress, see
 * upsertTaskProgress), the calendar object (a reloaded calendar is a new one), today and the
 * language. The rows are read BEFORE the progress: a tick committed in between makes the kept
 * view newer than its key, never older, and the next request sees the raised version and
 * rebuilds. Several server processes on one database each keep their own views, all keyed by
 * the database's versions. (A restore replaces the database: the server is stopped for it.)
 */
import { LruMap } from '../../core/lru-map.js';
import type { UprCalendar } from '../../core/upr/calendar.js';
import type { CampaignDto } from '../../shared/contracts/campaigns.js';
import { listTaskProgress } from '../db/repos/campaigns-repo.js';
import type { CampaignRow, TaskProgressRow } from '../db/schema.js';
import { deepFreeze } from './calendar-memo.js';
import { buildCampaignDto } from './campaign-view.js';
import type { AppDeps } from './deps.js';

/** Views kept (a view of a campaign is ~10 KB; stale keys age out). */
const MAX_VIEWS = 2_000;
const views = new LruMap<string, CampaignDto>(MAX_VIEWS);
const calendarIds = new WeakMap<UprCalendar, number>();
let calendarsSeen = 0;

function calendarId(calendar: UprCalendar): number {
  let id = calendarIds.get(calendar);
  if (id === undefined) calendarIds.set(calendar, (id = ++calendarsSeen));
  return id;
}

function viewKey(row: CampaignRow, calendar: UprCalendar, today: string, language: string): string {
  return JSON.stringify([calendarId(calendar), today, language, row]);
}

/**
 * The views of `campaigns` (rows of the actor's organisation, just read), in their order; the
 * progress is read only for campaigns without a kept view. The views are frozen: shared.
 */
export async function campaignViews(deps: AppDeps, orgId: string, campaigns: CampaignRow[], language: string): Promise<CampaignDto[]> {
  const calendar = deps.calendar.get();
  const today = deps.clock.today();
  const keys = campaigns.map((row) => viewKey(row, calendar, today, language));
  const found = keys.map((key) => views.get(key));
  const missing = campaigns.filter((_, i) => found[i] === undefined);
  const progress = new Map<string, TaskProgressRow[]>();
  if (missing.length > 0) {
    for (const p of await listTaskProgress(
      deps.db,
      orgId,
      missing.map((c) => c.id),
    )) {
      const list = progress.get(p.campaign_id);
      if (list) list.push(p);
      else progress.set(p.campaign_id, [p]);
    }
  }
  return campaigns.map((campaign, i) => {
    const kept = found[i];
    if (kept) return kept;
    const view = deepFreeze(
      buildCampaignDto({ campaign, progress: progress.get(campaign.id) ?? [], calendar, states: deps.states, today, language }),
    );
    views.set(keys[i]!, view);
    return view;
  });
}
