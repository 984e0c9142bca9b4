/**
 * Searching the UPR recommendations an organisation can see (its own imports and the
 * instance-wide library), one recommendation's detail, and the export of a whole result as
 * CSV or XLSX. The CLI searches the library (or one organisation) as the server operator.
 */
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { AppError } from '../../core/errors.js';
import { toCsv, type CsvValue } from '../../core/search/csv-cells.js';
import {
  MAX_EXPORT_ROWS, recommendationSearchParamsSchema,
  type RecommendationDetailDto, type RecommendationDto, type RecommendationSearchParams, type RecommendationSearchResultDto,
} from '../../shared/contracts/recommendations.js';
import { LIBRARY_NAMESPACE, visibleNamespaces } from '../db/repos/recommendations-repo.js';
import { findOrganizationsByIdOrName } from '../db/repos/members-repo.js';
import {
  findRecommendation, listMatchingRecommendations, searchRecommendations as runSearch, type SearchQuery, type StateGroups,
} from '../search/recommendation-search.js';
import { authorize, notFound, type Actor, type AppDeps } from './deps.js';

/** ISO3 → UN regional group of every State that has one (the search adapter needs no registry). */
export function stateGroups(deps: Pick<AppDeps, 'states'>): StateGroups {
  return new Map(deps.states.all().flatMap((s) => (s.regionalGroup ? [[s.iso3, s.regionalGroup] as const] : [])));
}

function checkStates(deps: Pick<AppDeps, 'states'>, codes: readonly string[], field: string): void {
  for (const code of codes) {
    if (deps.states.get(code)) continue;
    const suggestions = deps.states.suggest(code).map((s) => s.iso3);
    const hint = suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : '';
    throw new AppError('unknown-state', `"${code}" is not a UN member or observer State code.${hint}`, { field, suggestions });
  }
}

/** Validated URL parameters → the adapter's query over `namespaces`. */
export function toSearchQuery(deps: Pick<AppDeps, 'states'>, input: unknown, namespaces: string[]): SearchQuery {
  const p: RecommendationSearchParams = recommendationSearchParamsSchema.parse(input ?? {});
  checkStates(deps, p.sur, 'sur');
  checkStates(deps, p.rs, 'rs');
  return {
    namespaces, text: p.q, sur: p.sur, rs: p.rs, surGroup: p.surGroup, rsGroup: p.rsGroup, cycle: p.cycle, session: p.session,
    response: p.response, issue: p.issue, actionCategory: p.actionCategory, sort: p.sort, page: p.page, pageSize: p.pageSize,
  };
}

/** A search over explicit namespaces, without an actor: the CLI, run by the server operator. */
export async function searchNamespaces(deps: AppDeps, namespaces: string[], input: unknown): Promise<RecommendationSearchResultDto> {
  return runSearch(deps.db, deps.engine, toSearchQuery(deps, input, namespaces), stateGroups(deps));
}

/** One page of the recommendations the actor's organisation can see, with facet counts. */
export async function searchRecommendations(deps: AppDeps, actor: Actor, input: unknown): Promise<RecommendationSearchResultDto> {
  authorize(actor, 'campaign.read');
  return searchNamespaces(deps, visibleNamespaces(actor.orgId), input);
}

/** One recommendation; another organisation's is answered exactly like a missing one. */
export async function getRecommendation(deps: AppDeps, actor: Actor, id: string): Promise<RecommendationDetailDto> {
  authorize(actor, 'campaign.read');
  const found = typeof id === 'string' && id.length <= 100 ? await findRecommendation(deps.db, visibleNamespaces(actor.orgId), id) : null;
  if (!found) throw notFound('Recommendation');
  return found;
}

/** The namespaces the operator's `--org` names (its id or exact name), or the library alone. */
export async function operatorNamespaces(deps: AppDeps, org: string | undefined): Promise<string[]> {
  if (org === undefined) return [LIBRARY_NAMESPACE];
  const found = await findOrganizationsByIdOrName(deps.db, org.trim());
  const chosen = found.find((o) => o.id === org.trim()) ?? (found.length === 1 ? found[0] : undefined);
  if (chosen) return visibleNamespaces(chosen.id);
  if (found.length > 1) throw new AppError('conflict', `${found.length} organisations are called "${org}"; give the id of one: ${found.map((o) => o.id).join(', ')}.`);
  throw new AppError('not-found', `No organisation has the id or name "${org}". Leave out --org to search the library.`, { field: 'org' });
}

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportFile {
  bytes: Uint8Array;
  contentType: string;
  fileName: string;
  rows: number;
  /** True when more than MAX_EXPORT_ROWS recommendations matched and the file holds the first ones. */
  truncated: boolean;
}

const HEADER = ['Cycle', 'Session', 'State under Review', 'Recommendation', 'Recommending States', 'Response', 'Action category', 'Issues', 'Paragraph', 'Document'];
const WIDTHS = [7, 8, 24, 80, 32, 18, 10, 40, 10, 22];
const RESPONSE_LABELS: Record<string, string> = {
  supported: 'Supported', noted: 'Noted', 'partially-supported': 'Partially supported', 'no-clear-response': 'No clear response', pending: 'Pending',
};

function exportRow(deps: AppDeps, r: RecommendationDto): CsvValue[] {
  const name = (iso3: string) => deps.states.get(iso3)?.names.en ?? iso3;
  return [
    r.cycle, r.session, name(r.surIso3), r.text, r.recommendingStates.map(name).join('; '), RESPONSE_LABELS[r.response] ?? r.response,
    r.actionCategory, r.issues.join('; '), r.paragraph, r.document,
  ];
}

/** XLSX written as a stream (a 50,000-row export stays at a few MB of memory, not hundreds). */
async function toXlsx(deps: AppDeps, rows: CsvValue[][]): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = finished(out);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  book.creator = 'UPR Advocate';
  book.created = new Date(deps.clock.now());
  // Cells are written as text or numbers, never as formulas, so a text starting with "=" stays text.
  const sheet = book.addWorksheet('Recommendations', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = HEADER.map((header, i) => ({ header, width: WIDTHS[i], ...(i === 3 ? { style: { alignment: { wrapText: true, vertical: 'top' } } } : {}) }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: HEADER.length } };
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  for (const row of rows) sheet.addRow(row.map((cell) => cell ?? null)).commit();
  sheet.commit();
  await book.commit();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

/** Every recommendation matching the search (at most MAX_EXPORT_ROWS), as CSV or XLSX. */
export async function exportSearch(deps: AppDeps, actor: Actor, input: unknown, format: ExportFormat): Promise<ExportFile> {
  authorize(actor, 'campaign.read');
  const { page: _page, pageSize: _size, ...query } = toSearchQuery(deps, input, visibleNamespaces(actor.orgId));
  const found = await listMatchingRecommendations(deps.db, deps.engine, query, stateGroups(deps), MAX_EXPORT_ROWS + 1);
  const truncated = found.length > MAX_EXPORT_ROWS;
  const rows = found.slice(0, MAX_EXPORT_ROWS).map((r) => exportRow(deps, r));
  const stamp = deps.clock.today();
  if (format === 'csv') {
    const bytes = new TextEncoder().encode(toCsv(HEADER, rows));
    return { bytes, contentType: 'text/csv; charset=utf-8', fileName: `upr-recommendations-${stamp}.csv`, rows: rows.length, truncated };
  }
  const bytes = await toXlsx(deps, rows);
  const contentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return { bytes, contentType, fileName: `upr-recommendations-${stamp}.xlsx`, rows: rows.length, truncated };
}
