/**
 * The drafting helper for a campaign's own recommendations: the action category UPR Info would
 * give the draft, the issues it touches, the most similar past recommendations with who made
 * them and how the State under Review answered, and how that SuR answered ones like it.
 */
import { estimateActionCategory } from '../../core/recommendations/action-category.js';
import { actionCategoryText } from '../../core/recommendations/action-category-labels.js';
import { draftSearchTerms } from '../../core/recommendations/draft-terms.js';
import { comparableEnglish } from '../../core/recommendations/english-gloss.js';
import { suggestIssues } from '../../core/recommendations/issue-keywords.js';
import { rankSimilar, type SimilarText } from '../../core/recommendations/similarity.js';
import type { DraftAnalysisDto, SimilarRecommendationDto } from '../../shared/contracts/targets.js';
import { analyzeDraftSchema } from '../../shared/contracts/targets.js';
import { findTextCandidates, loadRecommendationDetails, type RecommendationDetail } from '../db/repos/drafting-repo.js';
import { toIssueDto } from './campaign-issues.js';
import { loadCampaign } from './campaigns.js';
import { authorize, type Actor, type AppDeps } from './deps.js';
import { requireState } from './states.js';

/** Similar past recommendations shown for a draft. */
export const SIMILAR_LIMIT = 10;
/** Full-text candidates re-ranked by similarity (the index finds them; core decides how alike they are). */
export const CANDIDATES = 300;
/**
 * A past recommendation to the SuR counts as "like the draft" from this similarity on: at 0.3
 * two texts share the action and its object ("ratify … Optional Protocol … Child"), not only
 * the theme, judged on the UPR Info data.
 */
export const SUR_SIMILARITY_MIN = 0.3;
const SUR_EXAMPLES = 5;

function nameOf(deps: AppDeps, iso3: string, language: string): string {
  const state = deps.states.get(iso3);
  return state ? (language === 'ru' ? state.names.ru : state.names.en) : iso3;
}

function toSimilarDto(deps: AppDeps, detail: RecommendationDetail, similarity: number, language: string): SimilarRecommendationDto {
  return {
    id: detail.id,
    text: detail.text,
    similarity,
    recommendingStates: detail.states.map((iso3) => ({ iso3, name: nameOf(deps, iso3, language) })),
    sur: { iso3: detail.surIso3, name: nameOf(deps, detail.surIso3, language) },
    session: detail.session,
    cycle: detail.cycle,
    response: detail.response,
    actionCategory: detail.actionCategory,
    issues: detail.issues,
  };
}

async function similarTo(deps: AppDeps, orgId: string, text: string, surIso3: string | null, limit: number): Promise<SimilarText[]> {
  const candidates = await findTextCandidates(deps.db, deps.engine, orgId, draftSearchTerms(text), { surIso3, limit: CANDIDATES });
  return rankSimilar(text, candidates, limit);
}

/** The SuR of the analysis: the one named, else the campaign's (when a campaign is given). */
async function surOf(deps: AppDeps, actor: Actor, input: { surIso3?: string | undefined; campaignId?: string | undefined }): Promise<string | null> {
  const campaign = input.campaignId ? await loadCampaign(deps, actor, input.campaignId) : null;
  if (input.surIso3) return requireState(deps, input.surIso3).iso3;
  return campaign?.state_iso3 ?? null;
}

export async function analyzeDraft(deps: AppDeps, actor: Actor, input: unknown, language: string): Promise<DraftAnalysisDto> {
  authorize(actor, 'campaign.read');
  const request = analyzeDraftSchema.parse(input);
  // The database is English; a Russian draft is compared through its English UPR terms.
  const text = comparableEnglish(request.text);
  const surIso3 = await surOf(deps, actor, request);

  const estimate = estimateActionCategory(text);
  const categoryText = actionCategoryText(estimate.category, language === 'ru' ? 'ru' : 'en');
  const suggestedIssues = suggestIssues(text)
    .slice(0, 5)
    .map((s) => ({ ...toIssueDto(s.issue, language), score: s.score, matchedTerms: s.matchedTerms }));

  const similar = await similarTo(deps, actor.orgId, text, null, SIMILAR_LIMIT);
  const atSur = surIso3 ? (await similarTo(deps, actor.orgId, text, surIso3, CANDIDATES)).filter((s) => s.score >= SUR_SIMILARITY_MIN) : [];
  const details = await loadRecommendationDetails(deps.db, actor.orgId, [...new Set([...similar, ...atSur].map((s) => s.id))]);
  const byId = new Map(details.map((d) => [d.id, d]));
  const present = (list: SimilarText[]) =>
    list.flatMap((s) => {
      const detail = byId.get(s.id);
      return detail ? [toSimilarDto(deps, detail, s.score, language)] : [];
    });

  let sur: DraftAnalysisDto['sur'] = null;
  if (surIso3) {
    const responses = { supported: 0, noted: 0, other: 0 };
    for (const s of atSur) {
      const response = byId.get(s.id)?.response;
      if (response === 'supported') responses.supported++;
      else if (response === 'noted') responses.noted++;
      else if (response !== undefined) responses.other++;
    }
    sur = { iso3: surIso3, name: nameOf(deps, surIso3, language), responses, examples: present(atSur.slice(0, SUR_EXAMPLES)) };
  }
  return {
    actionCategory: { ...estimate, label: categoryText.label, definition: categoryText.definition },
    suggestedIssues,
    similar: present(similar),
    sur,
  };
}
