/**
 * Reads an uploaded recommendations file into merged recommendations: detects the file format
 * from its name and the column scheme from its header, validates every row (a bad row is
 * reported with its line and reason, never guessed), and merges joint recommendations.
 * Nothing here touches the database.
 */
import { AppError } from '../../core/errors.js';
import { detectScheme, rowMapper, type ColumnScheme } from './column-schemes.js';
import { mergeJointRows, type ParsedRecommendation } from './merge-joint.js';
import { detectFormat, positionWord, readRecords, type FileFormat } from './read-records.js';
import type { ImportRow, Raw, StateLookup } from './row-fields.js';

export interface BadRow {
  line: number;
  reason: string;
}

export interface ParsedFile {
  format: FileFormat;
  scheme: ColumnScheme;
  /** "line" (CSV), "row" (spreadsheet, Word table) or "item" (JSON): how positions are named in messages. */
  positionWord: 'line' | 'row' | 'item';
  rowsRead: number;
  recommendations: ParsedRecommendation[];
  badRows: BadRow[];
  warnings: string[];
}

export interface ParseInput {
  fileName: string;
  bytes: Uint8Array;
  states: StateLookup;
  /** The UPR session whose outcomes a Human Rights Council session adopted (calendar), for .docx matrices. */
  sessionOfHrc?: (hrcSession: number) => number | null;
  /** Called every few thousand rows with the number of rows read so far. */
  onRows?: (rows: number) => void;
}

const PROGRESS_EVERY = 2000;

export async function parseRecommendationFile(input: ParseInput): Promise<ParsedFile> {
  const format = detectFormat(input.fileName);
  const word = positionWord(format);
  const records = readRecords(format, input.bytes, { fileName: input.fileName, states: input.states, sessionOfHrc: input.sessionOfHrc });
  const first = await records.next();
  const columns = first.done ? [] : first.value.cells.map((c) => c.trim().toLowerCase());
  if (columns.every((c) => c === '')) throw new AppError('validation', 'The file is empty: a header row and at least one row are required.', { field: 'file' });
  const scheme = detectScheme(columns);
  const mapRow = rowMapper(scheme, input.states);

  const rows: ImportRow[] = [];
  const badRows: BadRow[] = [];
  let rowsRead = 0;
  let replacementLine: number | null = null;
  for await (const record of records) {
    const raw: Raw = {};
    for (let i = 0; i < columns.length; i++) raw[columns[i]!] = record.cells[i] ?? '';
    rowsRead++;
    const result = mapRow(raw, record.line);
    if (result.ok) {
      rows.push(result.row);
      if (replacementLine === null && result.row.text.includes('\uFFFD')) replacementLine = record.line;
    } else {
      badRows.push({ line: record.line, reason: result.reason });
    }
    if (rowsRead % PROGRESS_EVERY === 0) input.onRows?.(rowsRead);
  }
  input.onRows?.(rowsRead);
  if (rowsRead === 0) throw new AppError('validation', 'The file has a header row but no recommendations.', { field: 'file' });

  const { recommendations, warnings } = mergeJointRows(rows, word);
  if (replacementLine !== null) {
    warnings.unshift(`${word} ${replacementLine}: the text holds characters that are not valid UTF-8; save the file as UTF-8 and import it again`);
  }
  return { format, scheme, positionWord: word, rowsRead, recommendations, badRows, warnings };
}
