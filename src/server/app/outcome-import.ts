/**
 * Outcome import of a campaign (stage `outcome-report`): the parser's preview of a pasted or
 * uploaded Working Group report, then saving the list the user checked and corrected, all or
 * nothing. A second save replaces the first only when the user confirms it (`replace: true`);
 * paragraphs found again keep their id and so their responses, matches, tasks and monitoring
 * (the usual case: the draft report first, the final report a few weeks later).
 */
import { AppError } from '../../core/errors.js';
import { RESPONSES, type Response } from '../../core/recommendations/responses.js';
import type { OutcomeParseDto } from '../../shared/contracts/outcome.js';
import { saveOutcomeSchema, type OutcomeDto, type SaveOutcomeResultDto } from '../../shared/contracts/outcome-campaign.js';
import { listKeyIssues } from '../db/repos/advocacy-repo.js';
import * as repo from '../db/repos/outcome-repo.js';
import type { OutcomeRecommendationRow } from '../db/schema-outcome.js';
import { loadCampaign } from './campaigns.js';
import { authorize, type Actor, type AppDeps } from './deps.js';
import {
  adoptionOf,
  currentMatchDtos,
  noTaskChanges,
  outcomeAudit,
  responseOf,
  syncLobbyTask,
  toRecommendationDto,
  toTaskDto,
} from './outcome-common.js';
import { parseOutcome, type ParseOutcomeInput } from './outcome-parse.js';

/** The parser's reading of a report (and addendum) for the preview; nothing is stored. */
export async function previewOutcome(deps: AppDeps, actor: Actor, campaignId: string, input: ParseOutcomeInput): Promise<OutcomeParseDto> {
  authorize(actor, 'campaign.read');
  await loadCampaign(deps, actor, campaignId);
  return parseOutcome(deps, input);
}

type SavedInput = ReturnType<typeof saveOutcomeSchema.parse>;

const invalid = (path: string, message: string, text: string) =>
  new AppError('validation', text, { field: path, issues: [{ path, message }] });

/** Checks the zod schema cannot: paragraphs unique, recommending States known. */
function checkRecommendations(deps: Pick<AppDeps, 'states'>, input: SavedInput): void {
  const seen = new Map<string, number>();
  input.recommendations.forEach((rec, i) => {
    const first = seen.get(rec.paragraph);
    if (first !== undefined) {
      throw invalid(
        `recommendations.${i}.paragraph`,
        'duplicate',
        `Paragraph ${rec.paragraph} appears twice (rows ${first + 1} and ${i + 1}); correct one of them.`,
      );
    }
    seen.set(rec.paragraph, i);
    rec.recommendingStates.forEach((iso3, j) => {
      if (!deps.states.get(iso3))
        throw invalid(
          `recommendations.${i}.recommendingStates.${j}`,
          'unknown-state',
          `${iso3} (paragraph ${rec.paragraph}) is not a UN member or observer State code.`,
        );
    });
  });
}

/** Saves the checked recommendations; see the file comment for replacing an earlier import. */
export async function saveOutcome(deps: AppDeps, actor: Actor, campaignId: string, body: unknown): Promise<SaveOutcomeResultDto> {
  authorize(actor, 'campaign.update');
  const input = saveOutcomeSchema.parse(body);
  checkRecommendations(deps, input);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const campaign = await loadCampaign({ ...deps, db: trx }, actor, campaignId);
    let existing = await repo.getImport(trx, actor.orgId, campaignId);
    const replacing = existing !== undefined;
    if (existing && !input.replace) {
      throw new AppError(
        'conflict',
        `An outcome (${existing.document_symbol}) is already saved. Confirm to replace it: recommendations with the same paragraph numbers keep their responses, matches, tasks and monitoring.`,
        {
          field: 'replace',
          issues: [{ path: 'replace', message: 'confirm-replace' }],
        },
      );
    }
    if (!existing) {
      existing = {
        id: crypto.randomUUID(),
        org_id: actor.orgId,
        campaign_id: campaignId,
        document_symbol: input.documentSymbol,
        file_name: input.fileName,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      };
      await repo.insertImport(trx, existing);
    } else {
      await repo.updateImport(trx, actor.orgId, existing.id, {
        document_symbol: input.documentSymbol,
        file_name: input.fileName,
        updated_at: now,
      });
    }
    const before = new Map((await repo.listRecommendations(trx, actor.orgId, campaignId)).map((r) => [r.paragraph, r]));
    const added: OutcomeRecommendationRow[] = [];
    const touched: OutcomeRecommendationRow[] = [];
    for (const [position, rec] of input.recommendations.entries()) {
      const states = JSON.stringify(rec.recommendingStates);
      const old = before.get(rec.paragraph);
      if (!old) {
        added.push({
          id: crypto.randomUUID(),
          org_id: actor.orgId,
          campaign_id: campaignId,
          import_id: existing.id,
          position,
          paragraph: rec.paragraph,
          text: rec.text,
          recommending_states: states,
          response: rec.response,
          response_source: rec.response ? 'import' : null,
          of_interest: 0,
          created_at: now,
          updated_at: now,
        });
        continue;
      }
      before.delete(rec.paragraph);
      // A response given by hand or from the addendum is not undone by a report that has none.
      const response = rec.response ?? responseOf(old);
      const patch = {
        position,
        text: rec.text,
        recommending_states: states,
        response,
        response_source: rec.response && rec.response !== old.response ? 'import' : old.response_source,
      };
      if (
        patch.position === Number(old.position) &&
        patch.text === old.text &&
        patch.recommending_states === old.recommending_states &&
        patch.response === old.response
      )
        continue;
      await repo.updateRecommendation(trx, actor.orgId, old.id, { ...patch, updated_at: now });
      touched.push({ ...old, ...patch });
    }
    await repo.insertRecommendations(trx, added);
    const removed = [...before.values()].map((r) => r.id);
    await repo.deleteRecommendations(trx, actor.orgId, removed);
    const lobbyTasks = noTaskChanges();
    for (const rec of touched) await syncLobbyTask(trx, deps, actor, campaign, rec, lobbyTasks);
    const updated = touched.length;
    await outcomeAudit(
      trx,
      actor,
      replacing ? 'outcome.replace' : 'outcome.import',
      'outcome_import',
      existing.id,
      {
        campaignId,
        documentSymbol: input.documentSymbol,
        total: input.recommendations.length,
        added: added.length,
        updated,
        removed: removed.length,
      },
      now,
    );
    return {
      importId: existing.id,
      total: input.recommendations.length,
      added: added.length,
      updated,
      removed: removed.length,
      lobbyTasks,
    };
  });
}

/** The saved outcome: recommendations with responses, current matches and the outcome's tasks. */
export async function getOutcome(deps: AppDeps, actor: Actor, campaignId: string, language: string): Promise<OutcomeDto> {
  authorize(actor, 'campaign.read');
  const campaign = await loadCampaign(deps, actor, campaignId);
  const imported = await repo.getImport(deps.db, actor.orgId, campaignId);
  const recs = await repo.listRecommendations(deps.db, actor.orgId, campaignId);
  const issues = await listKeyIssues(deps.db, actor.orgId, campaignId);
  const matches = await repo.listMatches(deps.db, actor.orgId, campaignId);
  const tasks = await repo.listTasks(deps.db, actor.orgId, { campaignId, includeDone: true });
  const paragraphs = new Map(recs.map((r) => [r.id, r.paragraph]));
  const byResponse = Object.fromEntries([...RESPONSES, 'unknown'].map((r) => [r, 0])) as Record<Response | 'unknown', number>;
  for (const r of recs) byResponse[responseOf(r) ?? 'unknown'] += 1;
  const adoption = adoptionOf(deps, campaign);
  return {
    campaignId,
    import: imported
      ? {
          id: imported.id,
          documentSymbol: imported.document_symbol,
          fileName: imported.file_name,
          createdAt: imported.created_at,
          updatedAt: imported.updated_at,
        }
      : null,
    adoption: { date: adoption.date, estimated: adoption.estimated },
    counts: { total: recs.length, ofInterest: recs.filter((r) => Number(r.of_interest) === 1).length, byResponse },
    recommendations: recs.map(toRecommendationDto),
    matches: currentMatchDtos(matches, issues, recs),
    tasks: tasks.map((t) => toTaskDto(deps, t, paragraphs, language)),
  };
}
