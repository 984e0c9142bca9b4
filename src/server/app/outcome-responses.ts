/**
 * The State's responses to the saved recommendations (supported, noted, partially supported,
 * no clear response), entered by hand or read from the addendum (Add.1, "Views on conclusions
 * and/or recommendations"), and whether the campaign follows a recommendation ("of interest").
 * Each change keeps the recommendation's lobbying task in line with STRATEGY.md: lobbying on
 * what is not supported until the HRC adoption; supported ones go to monitoring instead.
 */
import { AppError } from '../../core/errors.js';
import { parseResponsesText } from '../../core/outcome/parse-responses.js';
import { MAX_OUTCOME_FILE_BYTES } from '../../shared/contracts/outcome.js';
import type { OutcomeWarningDto } from '../../shared/contracts/outcome.js';
import {
  importResponsesSchema,
  updateOutcomeRecommendationSchema,
  type ResponsesImportDto,
  type SavedRecommendationDto,
} from '../../shared/contracts/outcome-campaign.js';
import * as repo from '../db/repos/outcome-repo.js';
import { readOutcomeFile } from '../import/outcome-file.js';
import { loadCampaign } from './campaigns.js';
import { authorize, notFound, type Actor, type AppDeps } from './deps.js';
import { noTaskChanges, outcomeAudit, responseOf, syncLobbyTask, toRecommendationDto, type TaskChanges } from './outcome-common.js';

export interface RecommendationUpdateDto {
  recommendation: SavedRecommendationDto;
  lobbyTasks: TaskChanges;
}

/** Sets a recommendation's response (by hand) and/or whether the campaign follows it. */
export async function updateOutcomeRecommendation(
  deps: AppDeps,
  actor: Actor,
  campaignId: string,
  id: string,
  body: unknown,
): Promise<RecommendationUpdateDto> {
  authorize(actor, 'campaign.update');
  const patch = updateOutcomeRecommendationSchema.parse(body);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const campaign = await loadCampaign({ ...deps, db: trx }, actor, campaignId);
    const before = await repo.getRecommendation(trx, actor.orgId, campaignId, id);
    if (!before) throw notFound('Recommendation');
    const after = { ...before };
    if (patch.response !== undefined && patch.response !== responseOf(before)) {
      after.response = patch.response;
      after.response_source = 'manual';
    }
    if (patch.ofInterest !== undefined) after.of_interest = patch.ofInterest ? 1 : 0;
    const lobbyTasks = noTaskChanges();
    const fields: string[] = [];
    if (after.response !== before.response) fields.push('response');
    if (Number(after.of_interest) !== Number(before.of_interest)) fields.push('ofInterest');
    if (fields.length > 0) {
      await repo.updateRecommendation(trx, actor.orgId, id, {
        response: after.response,
        response_source: after.response_source,
        of_interest: after.of_interest,
        updated_at: now,
      });
      await syncLobbyTask(trx, deps, actor, campaign, after, lobbyTasks);
      await outcomeAudit(
        trx,
        actor,
        'outcome.recommendation.update',
        'outcome_recommendation',
        id,
        {
          paragraph: before.paragraph,
          fields,
          response: after.response,
          ofInterest: Number(after.of_interest) === 1,
          lobbyTasks,
        },
        now,
      );
    }
    return { recommendation: toRecommendationDto(after), lobbyTasks };
  });
}

/** An addendum: a JSON request `{ text, dryRun? }` (validated here), or an uploaded file. */
export type ResponsesSource = { json: unknown } | { fileName: string; bytes: Uint8Array; dryRun: boolean };

async function addendumText(source: ResponsesSource): Promise<{ text: string; notes: OutcomeWarningDto[]; dryRun: boolean }> {
  if (!('json' in source)) {
    if (source.bytes.byteLength > MAX_OUTCOME_FILE_BYTES)
      throw new AppError('payload-too-large', `The addendum file is larger than ${MAX_OUTCOME_FILE_BYTES / 1024 / 1024} MB.`);
    const read = await readOutcomeFile(source.fileName, source.bytes);
    const notes = read.notes.map((n): OutcomeWarningDto => ({ code: n.code, line: 0, message: n.message, source: 'responses' }));
    return { text: read.text, notes, dryRun: source.dryRun };
  }
  const parsed = importResponsesSchema.parse(source.json);
  return { text: parsed.text, notes: [], dryRun: parsed.dryRun };
}

/**
 * Reads the addendum against the saved recommendations and, unless `dryRun`, applies its
 * responses (all or nothing). Paragraphs the addendum does not answer keep their response.
 */
export async function importResponses(
  deps: AppDeps,
  actor: Actor,
  campaignId: string,
  source: ResponsesSource,
): Promise<ResponsesImportDto> {
  authorize(actor, 'campaign.update');
  const { text, notes, dryRun } = await addendumText(source);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const campaign = await loadCampaign({ ...deps, db: trx }, actor, campaignId);
    const recs = await repo.listRecommendations(trx, actor.orgId, campaignId);
    if (recs.length === 0) {
      throw new AppError('conflict', "Save the report's recommendations first: the addendum answers them by paragraph number.");
    }
    const expected = recs.filter((r) => responseOf(r) === null || responseOf(r) === 'pending').map((r) => r.paragraph);
    const parsed = parseResponsesText(text, { known: recs.map((r) => r.paragraph), expected });
    const byParagraph = new Map(recs.map((r) => [r.paragraph, r]));
    const lobbyTasks = noTaskChanges();
    let changed = 0;
    for (const answer of parsed.responses) {
      const rec = byParagraph.get(answer.paragraph);
      if (!rec || rec.response === answer.response) continue;
      changed += 1;
      if (dryRun) continue;
      const after = { ...rec, response: answer.response, response_source: 'addendum', updated_at: now };
      await repo.updateRecommendation(trx, actor.orgId, rec.id, {
        response: after.response,
        response_source: after.response_source,
        updated_at: now,
      });
      await syncLobbyTask(trx, deps, actor, campaign, after, lobbyTasks);
    }
    const count = (r: string) => parsed.responses.filter((x) => x.response === r).length;
    const counts = { supported: count('supported'), noted: count('noted'), partiallySupported: count('partially-supported') };
    const known = parsed.responses.filter((r) => byParagraph.has(r.paragraph)).length;
    if (!dryRun && changed > 0) {
      await outcomeAudit(trx, actor, 'outcome.responses.import', 'campaign', campaignId, { ...counts, changed, lobbyTasks }, now);
    }
    return {
      dryRun,
      responses: parsed.responses,
      stated: parsed.stated,
      counts,
      changed,
      unchanged: known - changed,
      warnings: [...notes, ...parsed.warnings.map((w): OutcomeWarningDto => ({ ...w, source: 'responses' }))],
      lobbyTasks,
    };
  });
}
