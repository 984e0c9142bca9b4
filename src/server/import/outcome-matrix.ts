/**
 * Reads OHCHR's thematic list of recommendations (the matrix) for the outcome import: a .docx
 * matrix as OHCHR publishes it, or a table (.csv, .xlsx) in the columns of the Slovenia sample
 * (`paragraph`, `recommendation`, `recommending_iso3` or `recommending_states`, `position`,
 * optionally `working_group_report` / `session` when the file holds several reviews).
 */
import { AppError } from '../../core/errors.js';
import type { MatrixOutcomeRow } from '../../core/outcome/matrix-outcome.js';
import { docxMatrixRows } from './read-docx-matrix.js';
import { readRecords, type SourceRecord } from './read-records.js';
import type { StateLookup } from './row-fields.js';

function invalid(message: string): AppError {
  return new AppError('validation', message, { field: 'file', issues: [{ path: 'file', message }] });
}

const list = (cell: string | undefined) =>
  (cell ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

async function tableRows(records: AsyncGenerator<SourceRecord>, fileName: string): Promise<MatrixOutcomeRow[]> {
  const first = await records.next();
  const columns = first.done ? [] : first.value.cells.map((c) => c.trim().toLowerCase());
  const at = (name: string) => columns.indexOf(name);
  const missing = [
    at('paragraph') === -1 ? 'paragraph' : null,
    at('recommendation') === -1 ? 'recommendation' : null,
    at('recommending_iso3') === -1 && at('recommending_states') === -1 ? 'recommending_iso3 or recommending_states' : null,
  ].filter((c): c is string => c !== null);
  if (missing.length > 0) {
    throw invalid(
      `${fileName}: the first row must name the columns of an OHCHR thematic list (paragraph, recommendation, recommending_iso3 or recommending_states, position); missing: ${missing.join(', ')}.`,
    );
  }
  const cell = (record: SourceRecord, name: string) => (at(name) === -1 ? '' : (record.cells[at(name)] ?? ''));
  const rows: MatrixOutcomeRow[] = [];
  for await (const record of records) {
    if (record.cells.every((c) => c.trim() === '')) continue;
    const codes = list(cell(record, 'recommending_iso3'));
    rows.push({
      line: record.line,
      paragraph: cell(record, 'paragraph') || null,
      text: cell(record, 'recommendation'),
      states: codes.length > 0 ? codes : list(cell(record, 'recommending_states')),
      position: cell(record, 'position'),
      review: cell(record, 'working_group_report').trim() || cell(record, 'session').trim() || null,
    });
  }
  return rows;
}

/** True for the file types only a matrix comes in (a report is never a spreadsheet). */
export function isTableFile(fileName: string): boolean {
  return /\.(csv|xlsx)$/i.test(fileName);
}

/**
 * The matrix rows of the file; null for a .docx that holds no matrix table (then it is a
 * report, read as text).
 */
export async function readOutcomeMatrix(fileName: string, bytes: Uint8Array, states: StateLookup): Promise<MatrixOutcomeRow[] | null> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return tableRows(readRecords('csv', bytes), fileName);
  if (lower.endsWith('.xlsx')) return tableRows(readRecords('xlsx', bytes), fileName);
  if (!lower.endsWith('.docx')) return null;
  const rows = await docxMatrixRows(bytes, { fileName, states });
  return (
    rows?.map((row) => ({
      line: row.line,
      paragraph: row.paragraph,
      text: row.text,
      states: row.states,
      position: row.positionCell || row.position || '',
      review: row.report,
    })) ?? null
  );
}
