/**
 * The baseline of a campaign started from a previous one: the recommendations the State
 * received in the previous cycle, with its response and the implementation status reached
 * ("recommended previously"). The new cycle's advocacy builds on it: what was supported and not
 * done is asked again, what was noted is asked differently.
 */
import { isMonitoringStatus, MONITORING_STATUSES, type MonitoringStatus } from '../../core/outcome/monitoring-status.js';
import { isResponse, RESPONSES, type Response } from '../../core/recommendations/responses.js';
import type { BaselineDto, BaselineRecommendationDto } from '../../shared/contracts/after-review.js';
import { listKeyIssues } from '../db/repos/advocacy-repo.js';
import { getLink, listBaseline } from '../db/repos/next-cycle-repo.js';
import type { BaselineRecommendationRow } from '../db/schema-next-cycle.js';
import { loadCampaign } from './campaigns.js';
import { authorize, type Actor, type AppDeps } from './deps.js';
import { parseStates } from './outcome-common.js';

function toDto(deps: AppDeps, row: BaselineRecommendationRow, issueIds: ReadonlySet<string>, language: string): BaselineRecommendationDto {
  const name = (iso3: string) => deps.states.get(iso3)?.names[language === 'ru' ? 'ru' : 'en'] ?? iso3;
  return {
    id: row.id,
    paragraph: row.paragraph,
    text: row.text,
    recommendingStates: parseStates(row.recommending_states).map((iso3) => ({ iso3, name: name(iso3) })),
    response: isResponse(row.response) ? row.response : null,
    ofInterest: Number(row.of_interest) === 1,
    status: isMonitoringStatus(row.status) ? row.status : null,
    ministry: row.ministry,
    latestEvidence: row.latest_evidence_date
      ? { date: row.latest_evidence_date, text: row.latest_evidence_text, source: row.latest_evidence_source }
      : null,
    // A key issue deleted since no longer groups the recommendation.
    keyIssueIds: parseStates(row.key_issue_ids).filter((id) => issueIds.has(id)),
  };
}

export async function getBaseline(deps: AppDeps, actor: Actor, campaignId: string, language: string): Promise<BaselineDto> {
  authorize(actor, 'campaign.read');
  await loadCampaign(deps, actor, campaignId);
  const link = await getLink(deps.db, actor.orgId, campaignId);
  const issueIds = new Set((await listKeyIssues(deps.db, actor.orgId, campaignId)).map((i) => i.id));
  const recommendations = (await listBaseline(deps.db, actor.orgId, campaignId)).map((r) => toDto(deps, r, issueIds, language));
  const byResponse = Object.fromEntries([...RESPONSES, 'unknown'].map((r) => [r, 0])) as Record<Response | 'unknown', number>;
  const byStatus = Object.fromEntries(MONITORING_STATUSES.map((s) => [s, 0])) as Record<MonitoringStatus, number>;
  for (const r of recommendations) {
    byResponse[r.response ?? 'unknown'] += 1;
    if (r.status) byStatus[r.status] += 1;
  }
  return {
    campaignId,
    previous: link
      ? {
          campaignId: link.previous_campaign_id,
          name: link.previous_name,
          reviewDate: link.previous_review_date,
          documentSymbol: link.document_symbol,
        }
      : null,
    recommendations,
    counts: { total: recommendations.length, ofInterest: recommendations.filter((r) => r.ofInterest).length, byResponse, byStatus },
  };
}
