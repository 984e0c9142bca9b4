/**
 * The target-State finder of a campaign ("whom should we lobby?") and the campaign's chosen
 * targets. The ranking is target-ranking.ts over the recommendations the organisation sees (its
 * own imports and the library), on the campaign's issues, seen from the cycle of its review.
 */
import { AppError } from '../../core/errors.js';
import type { RankedTarget } from '../../core/targets/score-targets.js';
import { cycleOfSession } from '../../core/upr/calendar.js';
import { cycleOfDate } from '../../core/upr/cycle-of-date.js';
import type { CampaignTargetDto, TargetFinderDto } from '../../shared/contracts/targets.js';
import { addTargetsSchema, DEFAULT_TARGET_LIMIT, MAX_TARGET_LIMIT } from '../../shared/contracts/targets.js';
import { appendAudit } from '../db/repos/audit-repo.js';
import { deleteCampaignTarget, insertCampaignTargets, listCampaignIssues, listCampaignTargets } from '../db/repos/targets-repo.js';
import type { CampaignRow } from '../db/schema.js';
import { resolveIssues, toIssueDto } from './campaign-issues.js';
import { loadCampaign } from './campaigns.js';
import { authorize, notFound, type Actor, type AppDeps } from './deps.js';
import { requireState } from './states.js';
import { describeTargets, rankTargets } from './target-ranking.js';

export interface TargetFilters {
  /** Keep States of these UN regional groups. */
  regionalGroup?: readonly string[];
  /** Keep EU member States. */
  euOnly?: boolean;
  /** Leave out the States already chosen as targets of the campaign. */
  excludeTargeted?: boolean;
  /** How many ranked States to return, with their evidence (default 25). */
  limit?: number;
  /** Rank on these UPR Info issues instead of the campaign's own. */
  issue?: readonly string[];
}

/**
 * The cycle of the campaign's review, from which older cycles are discounted: the cycle of its
 * session when the calendar knows it, else the cycle its review date falls in (sessions 41–54
 * are the 4th cycle, each later cycle has 14 sessions; see cycleOfDate).
 */
export function campaignCycle(deps: Pick<AppDeps, 'calendar'>, campaign: Pick<CampaignRow, 'session' | 'review_date'>): number {
  if (campaign.session !== null && campaign.session !== undefined) return cycleOfSession(Number(campaign.session));
  return cycleOfDate(deps.calendar.get(), campaign.review_date);
}

function nameOf(deps: AppDeps, iso3: string, language: string): string {
  const state = deps.states.get(iso3);
  return state ? (language === 'ru' ? state.names.ru : state.names.en) : iso3;
}

function applyFilters(deps: AppDeps, ranked: readonly RankedTarget[], filters: TargetFilters, targeted: ReadonlySet<string>): RankedTarget[] {
  const groups = filters.regionalGroup && filters.regionalGroup.length > 0 ? new Set(filters.regionalGroup) : null;
  return ranked.filter((t) => {
    const state = deps.states.get(t.iso3);
    if (groups && !groups.has(state?.regionalGroup ?? '')) return false;
    if (filters.euOnly && !state?.euMember) return false;
    if (filters.excludeTargeted && targeted.has(t.iso3)) return false;
    return true;
  });
}

export async function findTargets(deps: AppDeps, actor: Actor, campaignId: string, filters: TargetFilters, language: string): Promise<TargetFinderDto> {
  authorize(actor, 'campaign.read');
  const campaign = await loadCampaign(deps, actor, campaignId);
  const issues = filters.issue && filters.issue.length > 0 ? resolveIssues(filters.issue) : resolveIssues(await listCampaignIssues(deps.db, actor.orgId, campaignId));
  const currentCycle = campaignCycle(deps, campaign);
  const targeted = new Set((await listCampaignTargets(deps.db, actor.orgId, campaignId)).map((t) => t.iso3));
  const ranking = await rankTargets(deps, { orgId: actor.orgId, surIso3: campaign.state_iso3, issues, currentCycle });
  const matching = applyFilters(deps, ranking.ranked, filters, targeted);
  const limit = Math.min(MAX_TARGET_LIMIT, Math.max(1, Math.trunc(filters.limit ?? DEFAULT_TARGET_LIMIT)));
  const rows = await describeTargets(deps, ranking, matching.slice(0, limit), language);
  return {
    campaignId,
    state: { iso3: campaign.state_iso3, name: nameOf(deps, campaign.state_iso3, language) },
    issues: issues.map((i) => toIssueDto(i, language)),
    currentCycle,
    candidates: ranking.ranked.length,
    matching: matching.length,
    targets: rows.map((row) => ({ ...row, alreadyTarget: targeted.has(row.iso3) })),
  };
}

export async function listTargets(deps: AppDeps, actor: Actor, campaignId: string, language: string): Promise<CampaignTargetDto[]> {
  authorize(actor, 'campaign.read');
  await loadCampaign(deps, actor, campaignId);
  const rows = await listCampaignTargets(deps.db, actor.orgId, campaignId);
  return rows.map((r) => {
    const state = deps.states.get(r.iso3);
    return {
      iso3: r.iso3,
      name: nameOf(deps, r.iso3, language),
      regionalGroup: state?.regionalGroup ?? null,
      euMember: state?.euMember ?? false,
      score: r.score,
      addedBy: { id: r.addedBy, name: r.addedByName },
      addedAt: r.createdAt,
    };
  });
}

/** Adds States to the campaign's targets with their current score; States already targeted are left as they are. */
export async function addTargets(deps: AppDeps, actor: Actor, campaignId: string, iso3s: readonly string[], language: string): Promise<CampaignTargetDto[]> {
  authorize(actor, 'campaign.update');
  const requested = [...new Set(addTargetsSchema.parse({ iso3: iso3s }).iso3.map((code) => requireState(deps, code).iso3))];
  const campaign = await loadCampaign(deps, actor, campaignId);
  if (requested.includes(campaign.state_iso3)) {
    throw new AppError('validation', 'The State under Review cannot be a target of its own campaign.', { field: 'iso3', issues: [{ path: 'iso3', message: 'state-under-review' }] });
  }
  const existing = new Set((await listCampaignTargets(deps.db, actor.orgId, campaignId)).map((t) => t.iso3));
  const fresh = requested.filter((iso3) => !existing.has(iso3));
  if (fresh.length > 0) {
    // The score as the finder shows it now (campaign issues, whole ranking), kept for the record.
    const issues = resolveIssues(await listCampaignIssues(deps.db, actor.orgId, campaignId));
    const ranking = await rankTargets(deps, { orgId: actor.orgId, surIso3: campaign.state_iso3, issues, currentCycle: campaignCycle(deps, campaign), include: fresh });
    // Two decimals: PostgreSQL keeps `real` in single precision, so both engines store the same value.
    const scoreOf = new Map(ranking.ranked.map((t) => [t.iso3, Math.round(t.score * 100) / 100]));
    const now = deps.clock.now();
    await deps.db.transaction().execute(async (trx) => {
      await loadCampaign({ ...deps, db: trx }, actor, campaignId);
      const targets = fresh.map((iso3) => ({ iso3, score: scoreOf.get(iso3) ?? null }));
      const added = new Set(await insertCampaignTargets(trx, actor.orgId, campaignId, targets, actor.userId, now));
      for (const t of targets.filter((x) => added.has(x.iso3))) {
        await appendAudit(trx, {
          orgId: actor.orgId, actorId: actor.userId, action: 'campaign.target.add', objectType: 'campaign', objectId: campaignId,
          changes: { iso3: t.iso3, score: t.score, issues }, at: now,
        });
      }
    });
  }
  return listTargets(deps, actor, campaignId, language);
}

export async function removeTarget(deps: AppDeps, actor: Actor, campaignId: string, iso3: string): Promise<void> {
  authorize(actor, 'campaign.update');
  const code = iso3.trim().toUpperCase();
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await loadCampaign({ ...deps, db: trx }, actor, campaignId);
    if (!(await deleteCampaignTarget(trx, actor.orgId, campaignId, code))) throw notFound('Target');
    await appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action: 'campaign.target.remove', objectType: 'campaign', objectId: campaignId, changes: { iso3: code }, at: now });
  });
}
