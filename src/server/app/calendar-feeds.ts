/**
 * Calendar downloads and per-user secret subscription URLs (revocable) that calendar apps poll.
 * A feed shows the campaigns of the user's organisation in the user's language: their plans,
 * open outreach follow-ups, upcoming group briefings and the outcome's open tasks.
 */
import { AppError } from '../../core/errors.js';
import { describePlan } from '../../core/strategy/describe-plan.js';
import type { PlanLanguage } from '../../core/strategy/stage-texts.js';
import { appendAudit } from '../db/repos/audit-repo.js';
import { listCampaigns, listTaskProgress } from '../db/repos/campaigns-repo.js';
import * as feeds from '../db/repos/feeds-repo.js';
import { listBriefings, listFollowUps } from '../db/repos/interaction-repo.js';
import { findMembershipOfUser } from '../db/repos/members-repo.js';
import { getLanguage } from '../db/repos/users-repo.js';
import type { CampaignRow, TaskProgressRow } from '../db/schema.js';
import { campaignsToIcs, type IcsBriefing, type IcsCampaign, type IcsFollowUp, type IcsOutcomeTask } from '../export/plan-ics.js';
import { plannedCampaign } from './calendar-memo.js';
import { progressKey } from './campaign-view.js';
import { loadCampaign } from './campaigns.js';
import { authorize, type Actor, type AppDeps } from './deps.js';
import { toFollowUpDto } from './follow-ups.js';
import { openOutcomeTasks } from './outcome-tasks.js';
import { hashToken, newToken } from './tokens.js';

interface CampaignOutreach {
  followUps: IcsFollowUp[];
  briefings: IcsBriefing[];
  outcomeTasks: IcsOutcomeTask[];
}

/** Open follow-ups and briefings still ahead (from today on) of the given campaigns, per campaign. */
async function outreachOf(
  deps: AppDeps,
  orgId: string,
  campaigns: CampaignRow[],
  language: PlanLanguage,
): Promise<Map<string, CampaignOutreach>> {
  const today = deps.clock.today();
  const result = new Map<string, CampaignOutreach>(campaigns.map((c) => [c.id, { followUps: [], briefings: [], outcomeTasks: [] }]));
  const campaignId = campaigns.length === 1 ? campaigns[0]?.id : undefined;
  for (const row of await listFollowUps(deps.db, orgId, { campaignId })) {
    const f = toFollowUpDto(deps, row, language);
    const followUp = { id: f.id, kind: f.kind, stateName: f.stateName, channelKind: f.channelKind, due: f.dueDate, note: f.note };
    result.get(f.campaignId)?.followUps.push(followUp);
  }
  for (const t of await openOutcomeTasks(deps, orgId, campaignId, language)) {
    const task = { id: t.id, kind: t.kind, stateName: t.stateName, paragraph: t.paragraph, due: t.dueDate, note: t.note };
    result.get(t.campaignId)?.outcomeTasks.push(task);
  }
  for (const c of campaigns) {
    // Listed latest first; a calendar reads better soonest first.
    const ahead = (await listBriefings(deps.db, orgId, c.id)).filter((b) => b.date >= today && Number(b.held) === 0).reverse();
    result.get(c.id)?.briefings.push(...ahead.map((b) => ({ id: b.id, title: b.title, date: b.date, venue: b.venue, note: b.note })));
  }
  return result;
}

function toIcsCampaign(
  deps: AppDeps,
  campaign: CampaignRow,
  progress: TaskProgressRow[],
  language: PlanLanguage,
  outreach?: CampaignOutreach,
): IcsCampaign {
  const plan = plannedCampaign(deps.calendar.get(), campaign.review_date, deps.clock.today());
  const mine = progress.filter((p) => p.campaign_id === campaign.id);
  return {
    id: campaign.id,
    name: campaign.name,
    plan: describePlan(plan, language),
    doneTasks: new Set(mine.filter((p) => Number(p.done) === 1).map((p) => progressKey(p.stage_key, p.task_key))),
    dueOverrides: new Map(mine.filter((p) => p.due_date).map((p) => [progressKey(p.stage_key, p.task_key), p.due_date as string])),
    language,
    followUps: outreach?.followUps ?? [],
    briefings: outreach?.briefings ?? [],
    outcomeTasks: outreach?.outcomeTasks ?? [],
    outreachUrl: `${deps.publicUrl.replace(/\/$/, '')}/campaigns/${encodeURIComponent(campaign.id)}/outreach`,
    campaignUrl: `${deps.publicUrl.replace(/\/$/, '')}/campaigns/${encodeURIComponent(campaign.id)}`,
  };
}

export async function campaignIcs(
  deps: AppDeps,
  actor: Actor,
  campaignId: string,
  language: PlanLanguage,
): Promise<{ filename: string; body: string }> {
  authorize(actor, 'campaign.read');
  const campaign = await loadCampaign(deps, actor, campaignId);
  const progress = await listTaskProgress(deps.db, actor.orgId, [campaign.id]);
  const outreach = await outreachOf(deps, actor.orgId, [campaign], language);
  const body = campaignsToIcs([toIcsCampaign(deps, campaign, progress, language, outreach.get(campaign.id))], campaign.name);
  const filename = `${campaign.state_iso3.toLowerCase()}-upr-${campaign.review_date}.ics`;
  return { filename, body };
}

export async function getFeedStatus(deps: AppDeps, actor: Actor): Promise<{ active: boolean; createdAt: string | null }> {
  authorize(actor, 'feed.manage');
  const feed = await feeds.activeFeedOfUser(deps.db, actor.orgId, actor.userId);
  return { active: feed !== undefined, createdAt: feed?.created_at ?? null };
}

/** Creates a new secret URL; any previous URL of the user stops working at once. */
export async function createFeed(deps: AppDeps, actor: Actor): Promise<{ url: string }> {
  authorize(actor, 'feed.manage');
  const token = newToken();
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await feeds.revokeFeedsOfUser(trx, actor.orgId, actor.userId, now);
    const id = crypto.randomUUID();
    await feeds.insertFeed(trx, { id, orgId: actor.orgId, userId: actor.userId, tokenHash: hashToken(token), now });
    await appendAudit(trx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: 'feed.create',
      objectType: 'calendar-feed',
      objectId: id,
      changes: {},
      at: now,
    });
  });
  return { url: `${deps.publicUrl.replace(/\/$/, '')}/feeds/${token}.ics` };
}

export async function revokeFeed(deps: AppDeps, actor: Actor): Promise<void> {
  authorize(actor, 'feed.manage');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const revoked = await feeds.revokeFeedsOfUser(trx, actor.orgId, actor.userId, now);
    if (revoked > 0)
      await appendAudit(trx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: 'feed.revoke',
        objectType: 'calendar-feed',
        objectId: null,
        changes: {},
        at: now,
      });
  });
}

/** The feed behind a secret URL; a revoked or unknown token and a removed member all get not-found. */
export async function feedIcs(deps: AppDeps, token: string): Promise<string> {
  const feed = await feeds.findActiveFeedByTokenHash(deps.db, hashToken(token));
  const membership = feed ? await findMembershipOfUser(deps.db, feed.user_id) : undefined;
  if (!feed || !membership || membership.org_id !== feed.org_id) throw new AppError('not-found', 'Calendar feed not found');
  const language = ((await getLanguage(deps.db, feed.user_id)) ?? 'en') as PlanLanguage;
  const campaigns = await listCampaigns(deps.db, feed.org_id);
  const progress = await listTaskProgress(
    deps.db,
    feed.org_id,
    campaigns.map((c) => c.id),
  );
  const outreach = await outreachOf(deps, feed.org_id, campaigns, language);
  return campaignsToIcs(
    campaigns.map((c) => toIcsCampaign(deps, c, progress, language, outreach.get(c.id))),
    `UPR Advocate — ${membership.org_name}`,
  );
}
