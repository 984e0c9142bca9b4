/**
 * Implementation monitoring (UX screen 10; stages `follow-up-accepted`, `mid-term-report`,
 * `update-recommending-states`): every followed recommendation the State supported (fully or
 * partly) with its status, the ministry responsible and a dated timeline of evidence and
 * status changes, summarised per key issue (the issues whose asks it answers, by confirmed
 * matches). The mid-term report is written from this.
 */
import { AppError } from '../../core/errors.js';
import { isMonitoringStatus, sortTimeline, summarizeStatuses, type MonitoringStatus } from '../../core/outcome/monitoring-status.js';
import { consequencesOf } from '../../core/outcome/response-rules.js';
import {
  evidenceInputSchema,
  updateMonitoringSchema,
  type MonitoredRecommendationDto,
  type MonitoringDto,
  type MonitoringEntryDto,
} from '../../shared/contracts/outcome-campaign.js';
import { listKeyIssues } from '../db/repos/advocacy-repo.js';
import * as monitoringRepo from '../db/repos/monitoring-repo.js';
import * as repo from '../db/repos/outcome-repo.js';
import type { Database } from '../db/schema.js';
import type { MonitoringEntryRow, OutcomeRecommendationRow } from '../db/schema-outcome.js';
import type { Kysely } from 'kysely';
import { loadCampaign } from './campaigns.js';
import { authorize, notFound, type Actor, type AppDeps } from './deps.js';
import { currentMatchDtos, isOfInterest, outcomeAudit, parseStates, responseOf } from './outcome-common.js';

const monitored = (r: OutcomeRecommendationRow) => consequencesOf(responseOf(r), isOfInterest(r)).monitor;

function toEntryDto(row: MonitoringEntryRow): MonitoringEntryDto {
  return {
    id: row.id,
    kind: row.kind === 'status' ? 'status' : 'evidence',
    date: row.date,
    text: row.text,
    source: row.source,
    status: isMonitoringStatus(row.status) ? row.status : null,
    createdAt: row.created_at,
  };
}

export async function getMonitoring(deps: AppDeps, actor: Actor, campaignId: string): Promise<MonitoringDto> {
  authorize(actor, 'campaign.read');
  await loadCampaign(deps, actor, campaignId);
  const recs = (await repo.listRecommendations(deps.db, actor.orgId, campaignId)).filter(monitored);
  const issues = await listKeyIssues(deps.db, actor.orgId, campaignId);
  const matches = currentMatchDtos(await repo.listMatches(deps.db, actor.orgId, campaignId), issues, recs).filter(
    (m) => m.status === 'confirmed',
  );
  const items = new Map((await monitoringRepo.listItems(deps.db, actor.orgId, campaignId)).map((i) => [i.outcome_recommendation_id, i]));
  const entries = (await monitoringRepo.listEntries(deps.db, actor.orgId, campaignId)).map((e) => ({
    ...toEntryDto(e),
    recommendationId: e.outcome_recommendation_id,
  }));
  const recommendations = recs.map((r): MonitoredRecommendationDto => {
    const item = items.get(r.id);
    return {
      id: r.id,
      paragraph: r.paragraph,
      text: r.text,
      recommendingStates: parseStates(r.recommending_states),
      response: responseOf(r)!,
      status: item && isMonitoringStatus(item.status) ? item.status : 'not-started',
      ministry: item?.ministry ?? '',
      keyIssueIds: [...new Set(matches.filter((m) => m.recommendationId === r.id).map((m) => m.keyIssueId))],
      timeline: sortTimeline(entries.filter((e) => e.recommendationId === r.id)).map(({ recommendationId: _r, ...e }) => e),
    };
  });
  const group = (keyIssueId: string | null, title: string, of: MonitoredRecommendationDto[]) => ({
    keyIssueId,
    title,
    recommendationIds: of.map((r) => r.id),
    summary: summarizeStatuses(of.map((r) => r.status)),
  });
  const byIssue = issues
    .map((i) =>
      group(
        i.id,
        i.title,
        recommendations.filter((r) => r.keyIssueIds.includes(i.id)),
      ),
    )
    .filter((g) => g.recommendationIds.length > 0);
  const unmatched = recommendations.filter((r) => r.keyIssueIds.length === 0);
  return {
    campaignId,
    recommendations,
    issues: unmatched.length > 0 ? [...byIssue, group(null, '', unmatched)] : byIssue,
    overall: summarizeStatuses(recommendations.map((r) => r.status)),
  };
}

/** The recommendation, which must be one the campaign monitors (followed and supported). */
async function loadMonitored(trx: Kysely<Database>, actor: Actor, campaignId: string, id: string): Promise<OutcomeRecommendationRow> {
  const rec = await repo.getRecommendation(trx, actor.orgId, campaignId, id);
  if (!rec) throw notFound('Recommendation');
  if (!monitored(rec)) {
    throw new AppError(
      'conflict',
      `Recommendation ${rec.paragraph} is not monitored: only supported (or partly supported) recommendations the campaign follows are.`,
    );
  }
  return rec;
}

/** Sets the status (recorded on the timeline with its date) and/or the responsible ministry. */
export async function updateMonitoring(deps: AppDeps, actor: Actor, campaignId: string, id: string, body: unknown): Promise<void> {
  authorize(actor, 'campaign.update');
  const patch = updateMonitoringSchema.parse(body);
  const today = deps.clock.today();
  if (patch.date !== undefined && patch.date > today) {
    throw new AppError('validation', 'A status change cannot be dated in the future.', {
      field: 'date',
      issues: [{ path: 'date', message: 'future-date' }],
    });
  }
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await loadCampaign({ ...deps, db: trx }, actor, campaignId);
    const rec = await loadMonitored(trx, actor, campaignId, id);
    const before = await monitoringRepo.getItem(trx, actor.orgId, id);
    const status: MonitoringStatus = patch.status ?? (before && isMonitoringStatus(before.status) ? before.status : 'not-started');
    const ministry = patch.ministry ?? before?.ministry ?? '';
    const statusChanged = status !== (before?.status ?? 'not-started');
    if (!statusChanged && ministry === (before?.ministry ?? '') && before) return;
    await monitoringRepo.saveItem(trx, {
      outcome_recommendation_id: id,
      org_id: actor.orgId,
      campaign_id: campaignId,
      status,
      ministry,
      updated_by: actor.userId,
      updated_at: now,
    });
    if (statusChanged) {
      await monitoringRepo.insertEntry(trx, {
        id: crypto.randomUUID(),
        org_id: actor.orgId,
        campaign_id: campaignId,
        outcome_recommendation_id: id,
        kind: 'status',
        date: patch.date ?? today,
        text: '',
        source: '',
        status,
        created_by: actor.userId,
        created_at: now,
      });
    }
    await outcomeAudit(
      trx,
      actor,
      'monitoring.update',
      'outcome_recommendation',
      id,
      { paragraph: rec.paragraph, status, ministryChanged: ministry !== (before?.ministry ?? '') },
      now,
    );
  });
}

/** Adds a dated piece of evidence (a law passed, a report, a court decision) with its source. */
export async function addEvidence(deps: AppDeps, actor: Actor, campaignId: string, id: string, body: unknown): Promise<MonitoringEntryDto> {
  authorize(actor, 'campaign.update');
  const input = evidenceInputSchema.parse(body);
  if (input.date > deps.clock.today()) {
    throw new AppError('validation', 'Evidence is of something that happened: its date cannot be in the future.', {
      field: 'date',
      issues: [{ path: 'date', message: 'future-date' }],
    });
  }
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    await loadCampaign({ ...deps, db: trx }, actor, campaignId);
    const rec = await loadMonitored(trx, actor, campaignId, id);
    const row: MonitoringEntryRow = {
      id: crypto.randomUUID(),
      org_id: actor.orgId,
      campaign_id: campaignId,
      outcome_recommendation_id: id,
      kind: 'evidence',
      date: input.date,
      text: input.text,
      source: input.source,
      status: null,
      created_by: actor.userId,
      created_at: now,
    };
    await monitoringRepo.insertEntry(trx, row);
    await outcomeAudit(
      trx,
      actor,
      'monitoring.evidence.add',
      'monitoring_entry',
      row.id,
      { paragraph: rec.paragraph, date: input.date },
      now,
    );
    return toEntryDto(row);
  });
}
