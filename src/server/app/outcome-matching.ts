/**
 * Matching the campaign's asks to the outcome (UX screen 9): suggestions from core's
 * match-asks (text similarity + UPR Info tags) that the user confirms or rejects, the
 * scoreboard "our asks vs the outcome", and thank tasks for the target States that delivered
 * (STRATEGY.md `thank-states`). Confirming a match makes its recommendation "of interest", so
 * its response sets off lobbying or monitoring.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../core/errors.js';
import { suggestMatches, type AskToMatch } from '../../core/outcome/match-asks.js';
import { thankDueDate } from '../../core/outcome/response-rules.js';
import { buildScoreboard, type ScoreMatch } from '../../core/outcome/scoreboard.js';
import {
  decideMatchSchema,
  type MatchDto,
  type ScoreboardDto,
  type SuggestMatchesResultDto,
  type ThankTasksResultDto,
} from '../../shared/contracts/outcome-campaign.js';
import { listKeyIssues } from '../db/repos/advocacy-repo.js';
import * as repo from '../db/repos/outcome-repo.js';
import { listCampaignTargets } from '../db/repos/targets-repo.js';
import type { CampaignRow, Database } from '../db/schema.js';
import type { OutcomeMatchRow } from '../db/schema-outcome.js';
import { loadCampaign } from './campaigns.js';
import { authorize, notFound, type Actor, type AppDeps } from './deps.js';
import {
  askKey,
  currentAsks,
  currentMatchDtos,
  noTaskChanges,
  outcomeAudit,
  parseStates,
  syncLobbyTask,
  toMatchDto,
  toTaskDto,
} from './outcome-common.js';

const percent = (x: number) => Math.round(x * 100);

/** Computes suggestions again: undecided ones are replaced, decisions kept, matches of edited asks dropped. */
export async function suggestOutcomeMatches(deps: AppDeps, actor: Actor, campaignId: string): Promise<SuggestMatchesResultDto> {
  authorize(actor, 'campaign.update');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    await loadCampaign({ ...deps, db: trx }, actor, campaignId);
    const recs = await repo.listRecommendations(trx, actor.orgId, campaignId);
    if (recs.length === 0) throw new AppError('conflict', "Save the review's recommendations first: there is nothing to match yet.");
    const issues = await listKeyIssues(trx, actor.orgId, campaignId);
    const asks: AskToMatch[] = issues.flatMap((issue) => {
      const tags = parseStates(issue.upr_info_issues);
      const whole: AskToMatch = { keyIssueId: issue.id, askText: '', text: `${issue.title}. ${issue.summary}`, issueTags: tags };
      return [whole, ...parseStates(issue.recommendations).map((text) => ({ keyIssueId: issue.id, askText: text, text, issueTags: tags }))];
    });
    const current = currentAsks(issues);
    const before = await repo.listMatches(trx, actor.orgId, campaignId);
    const stale = before.filter((m) => m.status === 'suggested' || !current.has(askKey(m.key_issue_id, m.ask_text)));
    await repo.deleteMatches(
      trx,
      actor.orgId,
      stale.map((m) => m.id),
    );
    const staleIds = new Set(stale.map((m) => m.id));
    const decided = before.filter((m) => !staleIds.has(m.id));
    const taken = new Set(decided.map((m) => `${askKey(m.key_issue_id, m.ask_text)}\u0000${m.outcome_recommendation_id}`));
    const rows: OutcomeMatchRow[] = suggestMatches(
      asks,
      recs.map((r) => ({ id: r.id, text: r.text })),
    )
      .filter((s) => !taken.has(`${askKey(s.keyIssueId, s.askText)}\u0000${s.recommendationId}`))
      .map((s) => ({
        id: crypto.randomUUID(),
        org_id: actor.orgId,
        campaign_id: campaignId,
        key_issue_id: s.keyIssueId,
        ask_text: s.askText,
        outcome_recommendation_id: s.recommendationId,
        confidence: percent(s.confidence),
        text_score: percent(s.text),
        tag_score: percent(s.tags),
        status: 'suggested',
        decided_by: null,
        decided_at: null,
        created_at: now,
      }));
    await repo.insertMatches(trx, rows);
    await outcomeAudit(
      trx,
      actor,
      'outcome.matches.suggest',
      'campaign',
      campaignId,
      { suggested: rows.length, decided: decided.length },
      now,
    );
    return { suggested: rows.length, decided: decided.length, matches: currentMatchDtos([...decided, ...rows], issues, recs) };
  });
}

/** Confirms or rejects a suggestion ("suggested" undoes a decision). */
export async function decideMatch(deps: AppDeps, actor: Actor, campaignId: string, matchId: string, body: unknown): Promise<MatchDto> {
  authorize(actor, 'campaign.update');
  const { status } = decideMatchSchema.parse(body);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const campaign = await loadCampaign({ ...deps, db: trx }, actor, campaignId);
    const match = await repo.getMatch(trx, actor.orgId, campaignId, matchId);
    if (!match) throw notFound('Match');
    const rec = await repo.getRecommendation(trx, actor.orgId, campaignId, match.outcome_recommendation_id);
    if (!rec) throw notFound('Recommendation');
    const decided = { status, decided_by: status === 'suggested' ? null : actor.userId, decided_at: status === 'suggested' ? null : now };
    if (status !== match.status) {
      await repo.updateMatch(trx, actor.orgId, matchId, decided);
      const lobbyTasks = noTaskChanges();
      // A recommendation that answers our ask is one we follow: lobbying or monitoring follows.
      if (status === 'confirmed' && Number(rec.of_interest) === 0) {
        await repo.updateRecommendation(trx, actor.orgId, rec.id, { of_interest: 1, updated_at: now });
        await syncLobbyTask(trx, deps, actor, campaign, { ...rec, of_interest: 1 }, lobbyTasks);
      }
      await outcomeAudit(
        trx,
        actor,
        'outcome.match.decide',
        'outcome_match',
        matchId,
        { status, paragraph: rec.paragraph, lobbyTasks },
        now,
      );
    }
    const index = currentAsks(await listKeyIssues(trx, actor.orgId, campaignId)).get(askKey(match.key_issue_id, match.ask_text)) ?? null;
    return toMatchDto({ ...match, ...decided }, index, rec.paragraph);
  });
}

async function scoreboardOf(db: Kysely<Database>, actor: Actor, campaign: CampaignRow) {
  const recs = await repo.listRecommendations(db, actor.orgId, campaign.id);
  const issues = await listKeyIssues(db, actor.orgId, campaign.id);
  const matches = await repo.listMatches(db, actor.orgId, campaign.id);
  const targets = (await listCampaignTargets(db, actor.orgId, campaign.id)).map((t) => t.iso3);
  const board = buildScoreboard(
    issues.map((i) => ({ id: i.id, title: i.title, asks: parseStates(i.recommendations) })),
    recs.map((r) => ({ id: r.id, states: parseStates(r.recommending_states) })),
    matches.map((m): ScoreMatch => ({
      keyIssueId: m.key_issue_id,
      askText: m.ask_text,
      recommendationId: m.outcome_recommendation_id,
      status: m.status as ScoreMatch['status'],
    })),
    targets,
  );
  return { board, recs };
}

/** "Our asks vs the outcome": asks made or not, by which States, which targets delivered. */
export async function getScoreboard(deps: AppDeps, actor: Actor, campaignId: string, language: string): Promise<ScoreboardDto> {
  authorize(actor, 'campaign.read');
  const campaign = await loadCampaign(deps, actor, campaignId);
  const { board } = await scoreboardOf(deps.db, actor, campaign);
  const imported = await repo.getImport(deps.db, actor.orgId, campaignId);
  const thanked = (await repo.listTasks(deps.db, actor.orgId, { campaignId, includeDone: true }))
    .filter((t) => t.kind === 'thank')
    .map((t) => t.state_iso3);
  const targetNames = Object.fromEntries(
    board.targets.map((t) => [t.iso3, deps.states.get(t.iso3)?.names[language === 'ru' ? 'ru' : 'en'] ?? t.iso3]),
  );
  return { campaignId, documentSymbol: imported?.document_symbol ?? null, ...board, targetNames, thanked: [...new Set(thanked)].sort() };
}

/** A thank task per target State that delivered and has none yet; calling it again adds nothing. */
export async function createThankTasks(deps: AppDeps, actor: Actor, campaignId: string, language: string): Promise<ThankTasksResultDto> {
  authorize(actor, 'campaign.update');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const campaign = await loadCampaign({ ...deps, db: trx }, actor, campaignId);
    const { board, recs } = await scoreboardOf(trx, actor, campaign);
    const paragraphs = new Map(recs.map((r) => [r.id, r.paragraph]));
    const created = [];
    let existing = 0;
    for (const target of board.targets.filter((t) => t.delivered)) {
      const dedupeKey = `thank:${target.iso3}`;
      if (await repo.findTask(trx, actor.orgId, campaignId, dedupeKey)) {
        existing += 1;
        continue;
      }
      const note = `Recommendations ${target.recommendationIds.map((id) => paragraphs.get(id)).join(', ')}`;
      const row = {
        id: crypto.randomUUID(),
        org_id: actor.orgId,
        campaign_id: campaignId,
        kind: 'thank',
        state_iso3: target.iso3,
        outcome_recommendation_id: null,
        dedupe_key: dedupeKey,
        due_date: thankDueDate(campaign.review_date, deps.clock.today()),
        note,
        done_at: null,
        done_by: null,
        created_by: actor.userId,
        created_at: now,
      };
      await repo.insertTask(trx, row);
      created.push(toTaskDto(deps, row, paragraphs, language));
    }
    if (created.length > 0) {
      await outcomeAudit(
        trx,
        actor,
        'outcome.thank-tasks.create',
        'campaign',
        campaignId,
        { states: created.map((t) => t.stateIso3) },
        now,
      );
    }
    return { created, existing };
  });
}
