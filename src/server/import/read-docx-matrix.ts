/**
 * OHCHR's "thematic list of recommendations" (the matrix) as a Word document → rows in the columns
 * of the `ohchr` scheme, so the usual validation and merging apply. The body is a table with a
 * header row like "Recommendation | Position | Full list of themes | Assessment/comments on level
 * of implementation", theme rows spanning the table ("Theme: A41 Constitutional and legislative
 * framework") and one row per recommendation (see matrix-cell.ts for what its cell holds).
 * Rows are numbered as Word shows them, from the first row of the first matrix table (normally the
 * header) on through the tables that continue it.
 */
import { AppError } from '../../core/errors.js';
import { gridTexts, readDocx, type DocxDocument, type DocxRow, type DocxTable } from './docx-reader.js';
import { parseMatrixCell, type MatrixCell } from './matrix-cell.js';
import { identifyReview } from './matrix-review.js';
import type { SourceRecord } from './read-records.js';
import type { StateLookup } from './row-fields.js';

/** The header the records are given: column names of the `ohchr` scheme (column-schemes.ts). */
export const MATRIX_COLUMNS = [
  'session', 'sur_iso3', 'sur_name', 'paragraph', 'working_group_report', 'recommendation', 'recommending_states', 'position', 'primary_theme',
] as const;

export interface MatrixContext {
  /** The uploaded file's name: OHCHR names its files after the review ("UPR34_Slovenia_…"). */
  fileName: string;
  states: StateLookup;
  /** The UPR session whose outcomes a Human Rights Council session adopted, when the calendar knows it. */
  sessionOfHrc?: (hrcSession: number) => number | null;
}

interface Columns {
  recommendation: number;
  position: number | null;
  recommending: number | null;
  width: number;
}

export interface MatrixRow extends MatrixCell {
  line: number;
  positionCell: string;
  theme: string | null;
}

function headerColumns(cells: string[]): Columns | null {
  const find = (pattern: RegExp) => {
    const index = cells.findIndex((c) => pattern.test(c.trim()));
    return index === -1 ? null : index;
  };
  const recommendation = find(/^recommendations?\b/i);
  const position = find(/^(?:position|response)\b/i);
  const themes = find(/\btheme|right or area/i);
  const recommending = find(/^recommending stat/i);
  if (recommendation === null || (position === null && themes === null && recommending === null)) return null;
  return { recommendation, position, recommending, width: cells.length };
}

const THEME = /^(?:theme|right or area|thematic area)\s*:\s*/i;

/** A heading row: one filled cell spanning the table, or saying "Theme: …", or in the recommendation column without number or brackets. */
function themeOf(row: DocxRow, cells: string[], columns: Columns): string | null {
  const filled = row.cells.filter((c) => c.text.trim() !== '');
  if (filled.length !== 1) return null;
  const text = filled[0]!.text.replace(/\s+/g, ' ').trim();
  const inRecommendationColumn = cells[columns.recommendation]?.trim() !== '';
  const heading = filled[0]!.colSpan > 1 || THEME.test(text) || (inRecommendationColumn && !/^\d+\.\d/.test(text) && !text.includes('('));
  return heading ? text.replace(THEME, '') : null;
}

function badMatrix(fileName: string, message: string): AppError {
  const full = `${fileName}: ${message}`;
  return new AppError('validation', full, { field: 'file', issues: [{ path: 'file', message: full }] });
}

/** The recommendation rows of every matrix table, and the paragraphs before the first one (titles). */
function matrixRows(doc: DocxDocument, context: Pick<MatrixContext, 'fileName' | 'states'>): { headerLine: number; rows: MatrixRow[]; titles: string[] } {
  const resolve = (name: string) => context.states.resolve(name);
  const titles: string[] = [];
  const rows: MatrixRow[] = [];
  let columns: Columns | null = null;
  let headerLine = 0;
  let line = 0;
  let theme: string | null = null;
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') {
      if (!columns) titles.push(block.text);
      continue;
    }
    const grid = block.rows.map(gridTexts);
    const headerAt = grid.findIndex((cells) => headerColumns(cells) !== null);
    // A later table without a header row of the same width continues the matrix (Word splits tables).
    if (headerAt === -1 && !(columns && grid.some((cells) => cells.length === columns!.width))) continue;
    let from = 0;
    if (headerAt !== -1 && !columns) {
      columns = headerColumns(grid[headerAt]!);
      headerLine = line + headerAt + 1;
      // Rows above the header inside the table are a title ("Slovenia – UPR 34"), not recommendations.
      titles.push(...block.rows.slice(0, headerAt).map((r) => r.cells.map((c) => c.text).join(' ')));
      from = headerAt + 1;
    }
    theme = readTable(block, grid, columns!, { from, line, theme, rows, resolve });
    line += block.rows.length;
  }
  if (!columns) {
    const tables = doc.blocks.filter((b): b is DocxTable => b.kind === 'table').length;
    throw badMatrix(
      context.fileName,
      tables === 0
        ? 'the document has no table: it is not an OHCHR thematic list of recommendations (matrix).'
        : `none of its ${tables} table(s) has a header row with the columns "Recommendation" and "Position" or "Full list of themes": it is not an OHCHR thematic list of recommendations (matrix).`,
    );
  }
  return { headerLine, rows, titles };
}

function readTable(
  table: DocxTable, grid: string[][], columns: Columns,
  at: { from: number; line: number; theme: string | null; rows: MatrixRow[]; resolve: (name: string) => string | null },
): string | null {
  let theme = at.theme;
  table.rows.forEach((row, index) => {
    const cells = grid[index]!;
    if (index < at.from) return;
    if (cells.every((c) => c.trim() === '') || headerColumns(cells) !== null) return;
    const heading = themeOf(row, cells, columns);
    if (heading !== null) {
      theme = heading;
      return;
    }
    const cell = parseMatrixCell(cells[columns.recommendation] ?? '', at.resolve);
    const positionCell = columns.position === null ? '' : (cells[columns.position] ?? '').replace(/\s+/g, ' ').trim();
    // Egypt's 2014 matrix also has a "Recommending State/s" column; the brackets of the text come first.
    const listed = columns.recommending === null ? [] : (cells[columns.recommending] ?? '').split(/\s*[\n;,]\s*/).filter(Boolean);
    at.rows.push({ ...cell, states: cell.states.length > 0 ? cell.states : listed, line: at.line + index + 1, positionCell, theme });
  });
  return theme;
}

/**
 * The recommendation rows of a .docx matrix as they stand, without identifying the review (the
 * outcome import knows it from the campaign); null when no table has a matrix header.
 */
export async function docxMatrixRows(bytes: Uint8Array, context: Pick<MatrixContext, 'fileName' | 'states'>): Promise<MatrixRow[] | null> {
  const doc = await readDocx(bytes);
  const hasHeader = doc.blocks.some((b) => b.kind === 'table' && b.rows.some((row) => headerColumns(gridTexts(row)) !== null));
  return hasHeader ? matrixRows(doc, context).rows : null;
}

/** The records of a .docx matrix, header first, in the columns of MATRIX_COLUMNS. */
export async function* docxMatrixRecords(bytes: Uint8Array, context: MatrixContext): AsyncGenerator<SourceRecord> {
  const doc = await readDocx(bytes);
  const { headerLine, rows, titles } = matrixRows(doc, context);
  const reports = rows.map((r) => r.report).filter((r): r is string => r !== null);
  const review = identifyReview({
    fileName: context.fileName,
    texts: [doc.title ?? '', doc.subject ?? '', ...doc.headers, ...titles],
    reports,
    resolve: (name) => context.states.resolve(name),
    sessionOfHrc: context.sessionOfHrc,
  });
  yield { line: headerLine, cells: [...MATRIX_COLUMNS] };
  for (const row of rows) {
    yield {
      line: row.line,
      cells: [
        String(review.session), review.surIso3, review.surName, row.paragraph ?? '', row.report ?? reports[0] ?? '',
        row.text, row.states.join('; '), row.positionCell || row.position || '', row.theme ?? '',
      ],
    };
  }
}
