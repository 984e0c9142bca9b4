/**
 * Reads an uploaded contacts spreadsheet (.csv or .xlsx, first worksheet) into a header and
 * data rows, with the row number the user sees.
 *
 * Workbooks go through the recommendation importer's reader. CSV is read here because contact
 * lists come from office spreadsheets: Excel in a Russian (or German, French…) locale saves
 * "CSV" with semicolons, and older versions in Windows-1251 rather than UTF-8.
 */
import { parse } from 'csv-parse/sync';
import { AppError } from '../../core/errors.js';
import { MAX_CONTACT_ROWS } from '../../shared/contracts/contacts.js';
import { readRecords, type SourceRecord } from './read-records.js';

export interface ContactTable {
  format: 'csv' | 'xlsx';
  columns: string[];
  /** Data rows (blank ones skipped), each padded to the number of columns. */
  rows: SourceRecord[];
}

function badFile(message: string, problem: string): AppError {
  return new AppError('validation', message, { field: 'file', issues: [{ path: 'file', message: problem }] });
}

/** UTF-8 when the bytes are valid UTF-8 (with or without BOM), else the Cyrillic Windows code page. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

/** The delimiter of the header line: whichever of `;`, `,` and tab occurs most outside quotes. */
function detectDelimiter(text: string): string {
  const firstLine = (text.split('\n', 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best), [',', 0] as readonly [string, number])[0];
}

function csvRecords(bytes: Uint8Array): SourceRecord[] {
  const text = decodeText(bytes).replace(/\r\n?/g, '\n');
  let cells: string[][];
  try {
    cells = parse(text, { delimiter: detectDelimiter(text), relax_column_count: true, skip_empty_lines: false, relax_quotes: true });
  } catch (error) {
    const lines = (error as { lines?: unknown }).lines;
    throw badFile(`The file is not valid CSV${typeof lines === 'number' ? ` at line ${lines}` : ''}.`, 'not-csv');
  }
  // Each record takes one line plus the line breaks inside its quoted cells.
  let line = 1;
  return cells.map((record) => {
    const start = line;
    line += 1 + record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    return { line: start, cells: record };
  });
}

async function xlsxRecords(bytes: Uint8Array): Promise<SourceRecord[]> {
  const records: SourceRecord[] = [];
  for await (const record of readRecords('xlsx', bytes)) records.push(record);
  return records;
}

export async function readContactTable(fileName: string, bytes: Uint8Array): Promise<ContactTable> {
  const extension = /\.(csv|txt|xlsx)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  if (!extension) throw badFile(`"${fileName}" is not a contacts file the importer reads: save it as .csv or .xlsx.`, 'file-type');
  const format = extension === 'xlsx' ? 'xlsx' : 'csv';
  const records = format === 'xlsx' ? await xlsxRecords(bytes) : csvRecords(bytes);
  let header: string[] | null = null;
  const rows: SourceRecord[] = [];
  for (const record of records) {
    const cells = record.cells.map((c) => c.trim());
    if (cells.every((c) => c === '')) continue;
    if (header === null) {
      header = cells;
      continue;
    }
    rows.push({ line: record.line, cells });
    if (rows.length > MAX_CONTACT_ROWS) {
      throw badFile(`The file has more than ${MAX_CONTACT_ROWS} contacts; split it into smaller files.`, 'too-many-rows');
    }
  }
  if (header === null || rows.length === 0) {
    throw badFile('The file has no contacts: the first row must name the columns and each row below it hold one person.', 'empty-file');
  }
  // A row longer than the header gets unnamed columns, so no cell is silently lost.
  const width = rows.reduce((w, r) => Math.max(w, r.cells.length), header.length);
  const columns = Array.from({ length: width }, (_, i) => header![i] ?? '');
  return { format, columns, rows: rows.map((r) => ({ line: r.line, cells: columns.map((_, i) => r.cells[i] ?? '') })) };
}
