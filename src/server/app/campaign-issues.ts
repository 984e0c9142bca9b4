/**
 * The UPR Info issues a campaign works on (its key issues, in UPR Info's 54-label vocabulary so
 * that they match the tags of past recommendations), and issue suggestions for free text.
 */
import { AppError } from '../../core/errors.js';
import { suggestIssues } from '../../core/recommendations/issue-keywords.js';
import { findIssue, issueLabel, UPR_INFO_ISSUES, type UprInfoIssue } from '../../core/recommendations/issues.js';
import type { CampaignIssuesDto, IssueDto, IssueSuggestionDto } from '../../shared/contracts/targets.js';
import { MAX_CAMPAIGN_ISSUES, setCampaignIssuesSchema, suggestIssuesSchema } from '../../shared/contracts/targets.js';
import { appendAudit } from '../db/repos/audit-repo.js';
import { listCampaignIssues, replaceCampaignIssues } from '../db/repos/targets-repo.js';
import { loadCampaign } from './campaigns.js';
import { authorize, type Actor, type AppDeps } from './deps.js';
import { normalizeName } from '../reference/state-registry.js';

export function toIssueDto(issue: UprInfoIssue, language: string): IssueDto {
  const en = issueLabel(issue, 'en');
  const ru = issueLabel(issue, 'ru');
  return { issue, label: language === 'ru' ? ru : en, labels: { en, ru } };
}

/** The 54 UPR Info issues with their English and Russian labels. */
export function listIssues(language: string): IssueDto[] {
  return UPR_INFO_ISSUES.map((issue) => toIssueDto(issue, language));
}

/** Up to `limit` issues whose label (data, English or Russian) resembles `text`, for "did you mean". */
export function closeIssueLabels(text: string, limit = 3): UprInfoIssue[] {
  const q = normalizeName(text);
  const words = q.split(' ').filter((w) => w.length > 2);
  const scored = UPR_INFO_ISSUES.map((issue) => {
    const labels = [issue, issueLabel(issue, 'en'), issueLabel(issue, 'ru')].map(normalizeName);
    let score = 0;
    for (const label of labels) {
      if (q && label.includes(q)) score = Math.max(score, 10);
      const shared = words.filter((w) => label.split(' ').some((lw) => lw.startsWith(w.slice(0, 4)))).length;
      score = Math.max(score, shared);
    }
    return { issue, score };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((s) => s.issue);
}

/** The issues of `labels` (data, English or Russian labels, any case), each once; an unknown label is a 400 naming close ones. */
export function resolveIssues(labels: readonly string[]): UprInfoIssue[] {
  const resolved: UprInfoIssue[] = [];
  const unknown: { label: string; suggestions: string[] }[] = [];
  for (const label of labels) {
    const issue = findIssue(label);
    if (issue) {
      if (!resolved.includes(issue)) resolved.push(issue);
    } else unknown.push({ label, suggestions: closeIssueLabels(label) });
  }
  if (unknown.length > 0) {
    const first = unknown[0]!;
    const hint = first.suggestions.length ? ` Did you mean ${first.suggestions.map((s) => `"${s}"`).join(', ')}?` : '';
    throw new AppError('validation', `"${first.label}" is not a UPR Info issue.${hint}`, {
      field: 'issues',
      suggestions: first.suggestions,
      issues: unknown.map((u) => ({ path: 'issues', message: `unknown-issue: ${u.label}` })),
    });
  }
  if (resolved.length > MAX_CAMPAIGN_ISSUES) {
    throw new AppError('validation', `A campaign can follow at most ${MAX_CAMPAIGN_ISSUES} issues.`, { field: 'issues', issues: [{ path: 'issues', message: 'too-many' }] });
  }
  return resolved;
}

function toDto(campaignId: string, issues: readonly string[], language: string): CampaignIssuesDto {
  const known = issues.filter((i): i is UprInfoIssue => findIssue(i) === i);
  const order = (i: UprInfoIssue) => UPR_INFO_ISSUES.indexOf(i);
  return { campaignId, issues: [...known].sort((a, b) => order(a) - order(b)).map((i) => toIssueDto(i, language)) };
}

export async function getCampaignIssues(deps: AppDeps, actor: Actor, campaignId: string, language: string): Promise<CampaignIssuesDto> {
  authorize(actor, 'campaign.read');
  await loadCampaign(deps, actor, campaignId);
  return toDto(campaignId, await listCampaignIssues(deps.db, actor.orgId, campaignId), language);
}

export async function setCampaignIssues(deps: AppDeps, actor: Actor, campaignId: string, issues: string[], language: string): Promise<CampaignIssuesDto> {
  authorize(actor, 'campaign.update');
  const resolved = resolveIssues(setCampaignIssuesSchema.parse({ issues }).issues);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await loadCampaign({ ...deps, db: trx }, actor, campaignId);
    const before = await listCampaignIssues(trx, actor.orgId, campaignId);
    if (before.length === resolved.length && resolved.every((i) => before.includes(i))) return;
    await replaceCampaignIssues(trx, actor.orgId, campaignId, resolved);
    await appendAudit(trx, {
      orgId: actor.orgId, actorId: actor.userId, action: 'campaign.issues.set', objectType: 'campaign', objectId: campaignId,
      changes: { issues: resolved, previous: before }, at: now,
    });
  });
  return toDto(campaignId, resolved, language);
}

/** UPR Info issues suggested for free text (a draft, a concern), best first. */
export function suggestIssuesForText(_deps: AppDeps, actor: Actor, input: unknown, language: string, limit = 10): IssueSuggestionDto[] {
  authorize(actor, 'campaign.read');
  const { text } = suggestIssuesSchema.parse(input);
  return suggestIssues(text)
    .slice(0, limit)
    .map((s) => ({ ...toIssueDto(s.issue, language), score: s.score, matchedTerms: s.matchedTerms }));
}
