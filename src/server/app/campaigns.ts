/**
 * Campaigns: one State's review cycle, planned from its review date.
 */
import { AppError } from '../../core/errors.js';
import { suggestReviewDate } from '../../core/upr/estimate.js';
import { rangeContains } from '../../core/dates.js';
import { sessionRange } from '../../core/upr/calendar.js';
import type { CampaignDto, CampaignSummaryDto, CreateCampaignRequest, ReviewDateSource } from '../../shared/contracts/campaigns.js';
import { createCampaignSchema, updateCampaignSchema } from '../../shared/contracts/campaigns.js';
import { appendAudit } from '../db/repos/audit-repo.js';
import * as repo from '../db/repos/campaigns-repo.js';
import type { CampaignRow } from '../db/schema.js';
import { toSummary } from './campaign-view.js';
import { campaignViews } from './campaign-views.js';
import { authorize, notFound, type Actor, type AppDeps } from './deps.js';
import { requireState } from './states.js';

/** The plan view of a campaign row of the actor's organisation (kept or built, campaign-views.ts). */
export async function campaignView(deps: AppDeps, actor: Actor, campaign: CampaignRow, language: string): Promise<CampaignDto> {
  const [dto] = await campaignViews(deps, actor.orgId, [campaign], language);
  return dto!;
}

export async function loadCampaign(deps: AppDeps, actor: Actor, id: string): Promise<CampaignRow> {
  const campaign = await repo.getCampaign(deps.db, actor.orgId, id);
  if (!campaign) throw notFound('Campaign');
  return campaign;
}

export async function listCampaigns(deps: AppDeps, actor: Actor, language: string): Promise<CampaignSummaryDto[]> {
  authorize(actor, 'campaign.read');
  const campaigns = await repo.listCampaigns(deps.db, actor.orgId);
  return (await campaignViews(deps, actor.orgId, campaigns, language)).map(toSummary);
}

export async function getCampaign(deps: AppDeps, actor: Actor, id: string, language: string): Promise<CampaignDto> {
  authorize(actor, 'campaign.read');
  return campaignView(deps, actor, await loadCampaign(deps, actor, id), language);
}

/** The session a date falls in, when the calendar knows it. */
export function sessionOf(deps: Pick<AppDeps, 'calendar'>, reviewDate: string): number | null {
  const session = deps.calendar.get().sessions.find((s) => rangeContains(sessionRange(s), reviewDate));
  return session?.number ?? null;
}

export async function createCampaign(deps: AppDeps, actor: Actor, input: CreateCampaignRequest, language: string): Promise<CampaignDto> {
  authorize(actor, 'campaign.create');
  const request = createCampaignSchema.parse(input);
  const state = requireState(deps, request.stateIso3);
  let reviewDate = request.reviewDate;
  let source: ReviewDateSource = 'user';
  const suggestion = suggestReviewDate(deps.calendar.get(), state.iso3, deps.clock.today());
  if (!reviewDate) {
    if (!suggestion) throw new AppError('validation', 'No review is scheduled for this State; enter the review date.', { field: 'reviewDate', issues: [{ path: 'reviewDate', message: 'required' }] });
    reviewDate = suggestion.next.reviewDate;
    source = suggestion.next.source;
  } else if (suggestion && reviewDate === suggestion.next.reviewDate) {
    source = suggestion.next.source;
  } else if (suggestion?.previous && reviewDate === suggestion.previous.reviewDate) {
    source = suggestion.previous.source;
  }
  const now = deps.clock.now();
  const campaign: CampaignRow = {
    id: crypto.randomUUID(),
    org_id: actor.orgId,
    name: request.name?.trim() || `UPR ${state.names[language === 'ru' ? 'ru' : 'en']} ${reviewDate.slice(0, 4)}`,
    state_iso3: state.iso3,
    review_date: reviewDate,
    review_date_source: source,
    session: sessionOf(deps, reviewDate),
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
    progress_version: 0,
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertCampaign(trx, campaign);
    await appendAudit(trx, {
      orgId: actor.orgId, actorId: actor.userId, action: 'campaign.create', objectType: 'campaign', objectId: campaign.id,
      changes: { name: campaign.name, stateIso3: campaign.state_iso3, reviewDate, reviewDateSource: source }, at: now,
    });
  });
  return campaignView(deps, actor, campaign, language);
}

export async function updateCampaign(deps: AppDeps, actor: Actor, id: string, input: unknown, language: string): Promise<CampaignDto> {
  authorize(actor, 'campaign.update');
  const patch = updateCampaignSchema.parse(input);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const campaign = await repo.getCampaign(trx, actor.orgId, id);
    if (!campaign) throw notFound('Campaign');
    const changes: Record<string, unknown> = {};
    const set: Parameters<typeof repo.updateCampaign>[3] = { updated_at: now };
    if (patch.name !== undefined && patch.name !== campaign.name) set.name = changes.name = patch.name;
    if (patch.reviewDate !== undefined && patch.reviewDate !== campaign.review_date) {
      set.review_date = changes.reviewDate = patch.reviewDate;
      set.review_date_source = 'user';
      set.session = sessionOf(deps, patch.reviewDate);
    }
    if (Object.keys(changes).length === 0) return;
    await repo.updateCampaign(trx, actor.orgId, id, set);
    await appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action: 'campaign.update', objectType: 'campaign', objectId: id, changes, at: now });
  });
  return getCampaign(deps, actor, id, language);
}

export async function deleteCampaign(deps: AppDeps, actor: Actor, id: string): Promise<void> {
  authorize(actor, 'campaign.delete');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const campaign = await repo.getCampaign(trx, actor.orgId, id);
    if (!campaign) throw notFound('Campaign');
    await repo.deleteCampaign(trx, actor.orgId, id);
    await appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action: 'campaign.delete', objectType: 'campaign', objectId: id, changes: { name: campaign.name }, at: now });
  });
}
