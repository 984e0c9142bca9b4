/**
 * What the outcome use cases share: DTO mapping of saved recommendations, matches and tasks,
 * the adoption date that ends lobbying, and keeping a recommendation's lobbying task in line
 * with its response (STRATEGY.md `lobby-noted`: supported ones need no more lobbying).
 */
import type { Kysely } from 'kysely';
import { confidenceLevel } from '../../core/outcome/match-asks.js';
import { consequencesOf, lobbyDueDate, type OutcomeTaskKind } from '../../core/outcome/response-rules.js';
import { isResponse, type Response } from '../../core/recommendations/responses.js';
import { outcomeAdoption } from '../../core/strategy/plan-campaign.js';
import type { MatchDto, MatchStatus, OutcomeTaskDto, SavedRecommendationDto } from '../../shared/contracts/outcome-campaign.js';
import { appendAudit } from '../db/repos/audit-repo.js';
import * as repo from '../db/repos/outcome-repo.js';
import type { CampaignRow, Database } from '../db/schema.js';
import type { KeyIssueRow } from '../db/schema-outreach.js';
import type { OutcomeMatchRow, OutcomeRecommendationRow, OutcomeTaskRow } from '../db/schema-outcome.js';
import type { Actor, AppDeps } from './deps.js';

export const parseStates = (json: string): string[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.map(String) : [];
};

export const responseOf = (row: Pick<OutcomeRecommendationRow, 'response'>): Response | null =>
  isResponse(row.response) ? row.response : null;
export const isOfInterest = (row: Pick<OutcomeRecommendationRow, 'of_interest'>): boolean => Number(row.of_interest) === 1;

export function toRecommendationDto(row: OutcomeRecommendationRow): SavedRecommendationDto {
  const response = responseOf(row);
  const ofInterest = isOfInterest(row);
  const then = consequencesOf(response, ofInterest);
  return {
    id: row.id,
    paragraph: row.paragraph,
    text: row.text,
    recommendingStates: parseStates(row.recommending_states),
    response,
    responseSource: row.response_source,
    ofInterest,
    lobby: then.lobby,
    monitored: then.monitor,
  };
}

/** Key of an ask: its issue and wording ('' for the issue as a whole). */
export const askKey = (keyIssueId: string, askText: string) => `${keyIssueId}\u0000${askText}`;

/** The current asks of the campaign → their index in the issue (null for the issue itself). */
export function currentAsks(issues: readonly KeyIssueRow[]): Map<string, number | null> {
  const asks = new Map<string, number | null>();
  for (const issue of issues) {
    asks.set(askKey(issue.id, ''), null);
    parseStates(issue.recommendations).forEach((text, index) => {
      if (!asks.has(askKey(issue.id, text))) asks.set(askKey(issue.id, text), index);
    });
  }
  return asks;
}

export function toMatchDto(row: OutcomeMatchRow, askIndex: number | null, paragraph: string): MatchDto {
  const confidence = Number(row.confidence) / 100;
  return {
    id: row.id,
    keyIssueId: row.key_issue_id,
    askIndex,
    askText: row.ask_text,
    recommendationId: row.outcome_recommendation_id,
    paragraph,
    confidence,
    level: confidenceLevel(confidence),
    textScore: Number(row.text_score) / 100,
    tagScore: Number(row.tag_score) / 100,
    status: row.status as MatchStatus,
  };
}

/** Matches of asks that still exist (an edited ask leaves its old matches behind), as DTOs. */
export function currentMatchDtos(
  matches: readonly OutcomeMatchRow[],
  issues: readonly KeyIssueRow[],
  recs: readonly OutcomeRecommendationRow[],
): MatchDto[] {
  const asks = currentAsks(issues);
  const paragraphs = new Map(recs.map((r) => [r.id, r.paragraph]));
  return matches.flatMap((m) => {
    const key = askKey(m.key_issue_id, m.ask_text);
    const paragraph = paragraphs.get(m.outcome_recommendation_id);
    return asks.has(key) && paragraph !== undefined ? [toMatchDto(m, asks.get(key) ?? null, paragraph)] : [];
  });
}

export function toTaskDto(
  deps: Pick<AppDeps, 'states'>,
  row: OutcomeTaskRow,
  paragraphs: ReadonlyMap<string, string>,
  language: string,
): OutcomeTaskDto {
  const state = deps.states.get(row.state_iso3);
  return {
    id: row.id,
    campaignId: row.campaign_id,
    kind: row.kind as OutcomeTaskKind,
    stateIso3: row.state_iso3,
    stateName: state ? state.names[language === 'ru' ? 'ru' : 'en'] : row.state_iso3,
    recommendationId: row.outcome_recommendation_id,
    paragraph: row.outcome_recommendation_id ? (paragraphs.get(row.outcome_recommendation_id) ?? null) : null,
    dueDate: row.due_date,
    note: row.note,
    doneAt: row.done_at,
  };
}

/** The HRC plenary adoption of the campaign's outcome, as the plan computes it. */
export function adoptionOf(deps: Pick<AppDeps, 'calendar'>, campaign: CampaignRow) {
  return outcomeAdoption(deps.calendar.get(), campaign.review_date);
}

export interface TaskChanges {
  created: number;
  removed: number;
}

export const noTaskChanges = (): TaskChanges => ({ created: 0, removed: 0 });

/**
 * Creates the lobbying task a recommendation needs (due a week before the adoption) or removes
 * an open one it no longer needs (it became supported, or is no longer followed); a task
 * already done stays as a record of the work.
 */
export async function syncLobbyTask(
  trx: Kysely<Database>,
  deps: Pick<AppDeps, 'calendar' | 'clock'>,
  actor: Actor,
  campaign: CampaignRow,
  rec: OutcomeRecommendationRow,
  changes: TaskChanges,
): Promise<void> {
  const dedupeKey = `lobby:${rec.id}`;
  const existing = await repo.findTask(trx, actor.orgId, campaign.id, dedupeKey);
  const needed = consequencesOf(responseOf(rec), isOfInterest(rec)).lobby;
  // After the adoption no new lobbying task is made (stage `dialogue-noted` takes over); open ones stay.
  const due = needed ? lobbyDueDate(adoptionOf(deps, campaign).date, deps.clock.today()) : null;
  if (due !== null && !existing) {
    await repo.insertTask(trx, {
      id: crypto.randomUUID(),
      org_id: actor.orgId,
      campaign_id: campaign.id,
      kind: 'lobby',
      state_iso3: campaign.state_iso3,
      outcome_recommendation_id: rec.id,
      dedupe_key: dedupeKey,
      due_date: due,
      note: '',
      done_at: null,
      done_by: null,
      created_by: actor.userId,
      created_at: deps.clock.now(),
    });
    changes.created += 1;
  } else if (!needed && existing && existing.done_at === null) {
    await repo.deleteTask(trx, actor.orgId, existing.id);
    changes.removed += 1;
  }
}

export function outcomeAudit(
  trx: Kysely<Database>,
  actor: Actor,
  action: string,
  objectType: string,
  objectId: string,
  changes: Record<string, unknown>,
  at: string,
) {
  return appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action, objectType, objectId, changes, at });
}
