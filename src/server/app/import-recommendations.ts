/**
 * Imports a file of UPR recommendations (UPR Info exports, OHCHR thematic lists) into an
 * organisation's namespace, or into the instance-wide library when the server operator runs
 * the command line. All or nothing: a file with a bad row changes nothing, unless the user
 * asks to skip bad rows, and then the skipped rows are listed. Re-importing adds nothing.
 */
import { AppError } from '../../core/errors.js';
import { appendAudit } from '../db/repos/audit-repo.js';
import { findOrganizationsByIdOrName } from '../db/repos/members-repo.js';
import { insertImportRecord, insertRecommendations, LIBRARY_NAMESPACE } from '../db/repos/recommendations-repo.js';
import { refreshRecommendationStatistics } from '../db/repos/targets-repo.js';
import { parseRecommendationFile, type BadRow, type ParsedFile } from '../import/parse-recommendation-file.js';
import type { ImportPhase, ImportProgress, RecommendationImportResultDto } from '../../shared/contracts/recommendations.js';
import { authorize, type Actor, type AppDeps } from './deps.js';
import { reusePlansForBulkWrites } from '../db/bulk-write-plans.js';

/** The server operator importing from the command line into one organisation (`--org`). */
export interface OperatorActor {
  operator: true;
  orgId: string;
}

/** Who imports: an organisation's admin, the operator for an organisation, or the operator for the library. */
export type ImportActor = Actor | OperatorActor | 'library';

export type { ImportPhase, ImportProgress };

export interface ImportRecommendationsInput {
  fileName: string;
  bytes: Uint8Array;
  skipBadRows: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportRecommendationsResult extends RecommendationImportResultDto {
  format: ParsedFile['format'];
  scheme: ParsedFile['scheme'];
  skipped: BadRow[];
}

/** Lines named in an error's details (the message names the first few). */
export const MAX_ISSUES = 50;
const MAX_LISTED = 1000;

/** The organisation the operator names with `--org` (its id or exact name). */
export async function resolveOperatorOrganisation(deps: AppDeps, idOrName: string): Promise<{ id: string; name: string }> {
  const found = await findOrganizationsByIdOrName(deps.db, idOrName.trim());
  const byId = found.find((o) => o.id === idOrName.trim());
  if (byId) return byId;
  if (found.length === 1) return found[0]!;
  if (found.length > 1) {
    throw new AppError('conflict', `${found.length} organisations are called "${idOrName}"; give the id of one: ${found.map((o) => o.id).join(', ')}.`);
  }
  throw new AppError('not-found', `No organisation has the id or name "${idOrName}". Leave out --org to import into the library.`, { field: 'org' });
}

function namespaceOf(actor: ImportActor): string {
  if (actor === 'library') return LIBRARY_NAMESPACE;
  if ('operator' in actor) return actor.orgId;
  authorize(actor, 'recommendations.import');
  return actor.orgId;
}

function badRowsError(parsed: ParsedFile, fileName: string, whyNothing: string): AppError {
  const { badRows, positionWord: word } = parsed;
  const first = badRows.slice(0, 3).map((b) => `${word} ${b.line}: ${b.reason}`).join('; ');
  const more = badRows.length > 3 ? ` (and ${badRows.length - 3} more bad rows)` : '';
  return new AppError('validation', `${fileName}: ${first}${more}. ${whyNothing}`, {
    field: 'file',
    badRows: badRows.length,
    issues: badRows.slice(0, MAX_ISSUES).map((b) => ({ path: `${word} ${b.line}`, message: b.reason })),
  });
}

/** Rows per second within each phase; the 'done' report gives the rows read over the whole import. */
function progressReporter(onProgress: ImportRecommendationsInput['onProgress']) {
  let phase: ImportPhase = 'reading';
  const begun = performance.now();
  let started = begun;
  return (next: ImportPhase, rows: number) => {
    if (next !== phase) {
      phase = next;
      started = next === 'done' ? begun : performance.now();
    }
    const seconds = (performance.now() - started) / 1000;
    onProgress?.({ rows, rowsPerSecond: seconds > 0 ? Math.round(rows / seconds) : rows, phase });
  };
}

export async function importRecommendations(deps: AppDeps, actor: ImportActor, input: ImportRecommendationsInput): Promise<ImportRecommendationsResult> {
  const namespace = namespaceOf(actor);
  const report = progressReporter(input.onProgress);
  const states = { isState: (iso3: string) => deps.states.get(iso3) !== undefined, resolve: (name: string) => deps.states.resolve(name) };
  // An OHCHR .docx matrix may tell its session only by its report symbol (A/HRC/59/15: HRC 59 → UPR 48).
  const sessionOfHrc = (hrc: number) => deps.calendar.get().sessions.find((s) => s.adoptedAtHrc === hrc)?.number ?? null;
  const parsed = await parseRecommendationFile({ fileName: input.fileName, bytes: input.bytes, states, sessionOfHrc, onRows: (rows) => report('reading', rows) });
  if (parsed.recommendations.length === 0) throw badRowsError(parsed, input.fileName, 'No row of the file can be imported.');
  if (parsed.badRows.length > 0 && !input.skipBadRows) {
    throw badRowsError(parsed, input.fileName, 'Nothing was imported; correct the file, or import with "skip bad rows" to leave these rows out.');
  }

  const importId = crypto.randomUUID();
  const now = deps.clock.now();
  const actorId = actor === 'library' || 'operator' in actor ? null : actor.userId;
  const counts = await deps.db.transaction().execute(async (trx) => {
    await reusePlansForBulkWrites(trx, deps.engine);
    const result = await insertRecommendations(trx, deps.engine, namespace, importId, parsed.recommendations, now, (done) => report('writing', done));
    await insertImportRecord(trx, namespace, {
      id: importId, actor_id: actorId, file_name: input.fileName, format: `${parsed.scheme}/${parsed.format}`,
      rows_read: parsed.rowsRead, recommendations_added: result.added, rows_skipped: parsed.badRows.length, created_at: now,
    });
    await appendAudit(trx, {
      orgId: namespace === LIBRARY_NAMESPACE ? null : namespace,
      actorId,
      action: 'recommendations.import',
      objectType: 'recommendation_import',
      objectId: importId,
      changes: {
        fileName: input.fileName, namespace, scheme: parsed.scheme, format: parsed.format, rowsRead: parsed.rowsRead,
        recommendationsAdded: result.added, duplicates: result.duplicates, statesAdded: result.statesAdded, rowsSkipped: parsed.badRows.length,
      },
      at: now,
    });
    return result;
  });
  // PostgreSQL plans blind until autovacuum has seen the new rows; refresh its statistics now.
  if (counts.added > 0) await refreshRecommendationStatistics(deps.db, deps.engine);
  report('done', parsed.rowsRead);
  return {
    importId,
    fileName: input.fileName,
    namespace,
    format: parsed.format,
    scheme: parsed.scheme,
    rowsRead: parsed.rowsRead,
    recommendationsInFile: parsed.recommendations.length,
    recommendationsAdded: counts.added,
    duplicates: counts.duplicates,
    statesAdded: counts.statesAdded,
    issuesAdded: counts.issuesAdded,
    skipped: parsed.badRows.slice(0, MAX_LISTED),
    skippedCount: parsed.badRows.length,
    warnings: parsed.warnings,
  };
}
