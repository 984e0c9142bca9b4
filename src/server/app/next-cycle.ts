/**
 * Starting the cycle again (stage `start-again`): one action creates the campaign of the State's
 * next review — review date from the calendar (published or projected) or the planner's cycle
 * length, with its source — and copies what carries over (next-cycle-copy.ts), all in one
 * transaction with one audit entry.
 *
 * A campaign starts at most one next cycle. A second attempt is refused with a conflict that
 * names the existing campaign (details.existingCampaignId) rather than answered idempotently:
 * the new campaign may have been edited since, and silently handing it back as "created" would
 * hide that the click did nothing. The web turns the conflict into "open the next cycle".
 */
import { MAX_SUPPORTED_DATE } from '../../core/dates.js';
import { AppError } from '../../core/errors.js';
import { nextCycleReview } from '../../core/strategy/next-cycle-review.js';
import type { NextCycleInfoDto, NextCycleResultDto } from '../../shared/contracts/after-review.js';
import { appendAudit } from '../db/repos/audit-repo.js';
import { insertCampaign } from '../db/repos/campaigns-repo.js';
import { findNextOf, insertLink } from '../db/repos/next-cycle-repo.js';
import type { CampaignRow, Database } from '../db/schema.js';
import type { Kysely } from 'kysely';
import { getCampaign, loadCampaign, sessionOf } from './campaigns.js';
import { authorize, type Actor, type AppDeps } from './deps.js';
import { carriedCounts, copyIntoCampaign, loadCopySource } from './next-cycle-copy.js';
import { requireState } from './states.js';

type NextOf = NonNullable<Awaited<ReturnType<typeof findNextOf>>>;

function alreadyStarted(next: NextOf): AppError {
  return new AppError('conflict', `The next cycle was already started from this campaign: "${next.name}" (review ${next.review_date}).`, {
    reason: 'next-cycle-exists',
    existingCampaignId: next.campaign_id,
    existingCampaignName: next.name,
  });
}

/** A second insert of the same link by a concurrent request (PostgreSQL 23505; SQLite serialises writes). */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Whether a next cycle exists, and what a new one would get: for the confirmation dialog. */
export async function getNextCycleInfo(deps: AppDeps, actor: Actor, campaignId: string): Promise<NextCycleInfoDto> {
  authorize(actor, 'campaign.read');
  const campaign = await loadCampaign(deps, actor, campaignId);
  const next = await findNextOf(deps.db, actor.orgId, campaignId);
  return {
    campaignId,
    next: next ? { id: next.campaign_id, name: next.name, reviewDate: next.review_date } : null,
    estimate: nextCycleReview(deps.calendar.get(), campaign.state_iso3, campaign.review_date),
    carried: carriedCounts(await loadCopySource(deps.db, actor, campaignId)),
  };
}

async function createInTransaction(trx: Kysely<Database>, deps: AppDeps, actor: Actor, campaignId: string, language: string) {
  const previous = await loadCampaign({ ...deps, db: trx }, actor, campaignId);
  const existing = await findNextOf(trx, actor.orgId, campaignId);
  if (existing) throw alreadyStarted(existing);
  if (previous.review_date > deps.clock.today()) {
    throw new AppError('conflict', 'This campaign’s review has not taken place yet: start the next cycle after it.', {
      reason: 'review-not-held',
    });
  }
  const estimate = nextCycleReview(deps.calendar.get(), previous.state_iso3, previous.review_date);
  if (estimate.reviewDate > MAX_SUPPORTED_DATE) {
    throw new AppError('date-out-of-range', `The next review (${estimate.reviewDate}) is beyond the dates the product supports.`);
  }
  const state = requireState(deps, previous.state_iso3);
  const now = deps.clock.now();
  const campaign: CampaignRow = {
    id: crypto.randomUUID(),
    org_id: actor.orgId,
    name: `UPR ${state.names[language === 'ru' ? 'ru' : 'en']} ${estimate.reviewDate.slice(0, 4)}`,
    state_iso3: state.iso3,
    review_date: estimate.reviewDate,
    review_date_source: estimate.source,
    session: sessionOf(deps, estimate.reviewDate),
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
    progress_version: 0,
  };
  const source = await loadCopySource(trx, actor, campaignId);
  await insertCampaign(trx, campaign);
  // The link first: a concurrent second attempt fails here, before copying anything.
  await insertLink(trx, {
    campaign_id: campaign.id,
    org_id: actor.orgId,
    previous_campaign_id: previous.id,
    previous_name: previous.name,
    previous_review_date: previous.review_date,
    document_symbol: source.outcome?.document_symbol ?? null,
    review_date_reason: estimate.reason,
    created_by: actor.userId,
    created_at: now,
  });
  await copyIntoCampaign(trx, actor, source, campaign.id, now);
  const carried = carriedCounts(source);
  await appendAudit(trx, {
    orgId: actor.orgId,
    actorId: actor.userId,
    action: 'campaign.next-cycle',
    objectType: 'campaign',
    objectId: campaign.id,
    changes: {
      previousCampaignId: previous.id,
      name: campaign.name,
      stateIso3: campaign.state_iso3,
      reviewDate: campaign.review_date,
      reviewDateSource: campaign.review_date_source,
      reviewDateReason: estimate.reason,
      ...carried,
    },
    at: now,
  });
  return { campaign, reason: estimate.reason, carried };
}

/** Creates the next cycle's campaign from `campaignId`; 409 when one exists already. */
export async function startNextCycle(deps: AppDeps, actor: Actor, campaignId: string, language: string): Promise<NextCycleResultDto> {
  authorize(actor, 'campaign.create');
  let created: Awaited<ReturnType<typeof createInTransaction>>;
  try {
    created = await deps.db.transaction().execute((trx) => createInTransaction(trx, deps, actor, campaignId, language));
  } catch (error) {
    if (isUniqueViolation(error)) {
      const existing = await findNextOf(deps.db, actor.orgId, campaignId);
      if (existing) throw alreadyStarted(existing);
    }
    throw error;
  }
  return {
    previousCampaignId: campaignId,
    campaign: await getCampaign(deps, actor, created.campaign.id, language),
    reviewDateReason: created.reason,
    carried: created.carried,
  };
}
