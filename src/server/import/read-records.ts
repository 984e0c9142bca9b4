/**
 * Reads the records of an uploaded table — .csv, .csv.gz (decompressed as a stream), .xlsx (the
 * first worksheet), .json (an array of objects) or .docx (an OHCHR matrix, read-docx-matrix.ts) —
 * as rows of strings with their position in the file, so every problem can be reported at the
 * line the user sees in an editor.
 */
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { AppError } from '../../core/errors.js';
import { docxMatrixRecords, type MatrixContext } from './read-docx-matrix.js';

export const FILE_FORMATS = ['csv', 'csv.gz', 'xlsx', 'json', 'docx'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/** A row of cells; `line` is 1-based (the header is line 1 of a CSV, row 1 of a sheet, item 0 of JSON). */
export interface SourceRecord {
  line: number;
  cells: string[];
}

/** How positions are called in messages: lines of a text file, rows of a sheet or Word table, items of a JSON array. */
export function positionWord(format: FileFormat): 'line' | 'row' | 'item' {
  return format === 'xlsx' || format === 'docx' ? 'row' : format === 'json' ? 'item' : 'line';
}

export function detectFormat(fileName: string): FileFormat {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv.gz')) return 'csv.gz';
  if (name.endsWith('.csv') || name.endsWith('.txt')) return 'csv';
  if (name.endsWith('.xlsx')) return 'xlsx';
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.docx')) return 'docx';
  throw new AppError('validation', `"${fileName}" is not a file the importer reads: use .csv, .csv.gz, .xlsx, .json or .docx (an OHCHR matrix).`, {
    field: 'file',
    issues: [{ path: 'file', message: 'unsupported file type' }],
  });
}

function badFile(message: string): AppError {
  return new AppError('validation', message, { field: 'file', issues: [{ path: 'file', message }] });
}

/** CRLF → LF before parsing: csv-parse miscounts lines when a quoted cell holds a CRLF. */
function crlfToLf(): Transform {
  let pendingCr = false;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      let input = pendingCr ? Buffer.concat([Buffer.from([13]), chunk]) : chunk;
      pendingCr = input.length > 0 && input[input.length - 1] === 13;
      if (pendingCr) input = input.subarray(0, -1);
      const parts: Buffer[] = [];
      let start = 0;
      for (let i = input.indexOf(13); i !== -1; i = input.indexOf(13, i + 1)) {
        if (input[i + 1] !== 10) continue;
        parts.push(input.subarray(start, i));
        start = i + 1;
      }
      parts.push(input.subarray(start));
      done(null, parts.length === 1 ? input : Buffer.concat(parts));
    },
    flush(done: TransformCallback) {
      done(null, pendingCr ? Buffer.from([13]) : null);
    },
  });
}

function countNewlines(cells: string[]): number {
  let n = 0;
  for (const cell of cells) {
    for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) n++;
  }
  return n;
}

async function* csvRecords(bytes: Uint8Array, gzipped: boolean): AsyncGenerator<SourceRecord> {
  const source = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
  const gunzip = gzipped ? createGunzip() : null;
  // Lines are counted here rather than with csv-parse's `info` (a third slower): each record
  // takes one line plus the line breaks inside its quoted cells; blank lines are records too.
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: false });
  const crlf = crlfToLf();
  // Errors of the upstream streams do not travel through pipe(): hand them to the parser.
  const fail = (error: Error) => parser.destroy(error);
  crlf.on('error', fail);
  if (gunzip) {
    gunzip.on('error', (error) => fail(badFile(`The file is not a valid gzip file (${error.message}).`)));
    source.pipe(gunzip).pipe(crlf).pipe(parser);
  } else {
    source.pipe(crlf).pipe(parser);
  }
  let line = 1;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      const start = line;
      line += 1 + countNewlines(cells);
      if (cells.length === 1 && cells[0]!.trim() === '') continue;
      yield { line: start, cells };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const lines = (error as { lines?: unknown }).lines;
    const where = typeof lines === 'number' ? ` at line ${lines}` : '';
    throw badFile(`The file is not valid CSV${where}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
  return '';
}

async function* xlsxRecords(bytes: Uint8Array): AsyncGenerator<SourceRecord> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw badFile(`The file is not a readable .xlsx workbook (${error instanceof Error ? error.message : String(error)}).`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw badFile('The workbook has no worksheet.');
  const records: SourceRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as ExcelJS.CellValue[]; // 1-based: values[0] is empty
    const cells = Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => cellText(values[i + 1] ?? null).trim());
    if (cells.some((c) => c !== '')) records.push({ line: rowNumber, cells });
  });
  yield* records;
}

function jsonCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(jsonCell).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

async function* jsonRecords(bytes: Uint8Array): AsyncGenerator<SourceRecord> {
  let items: unknown;
  try {
    items = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
  } catch (error) {
    throw badFile(`The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!Array.isArray(items)) throw badFile('The JSON file must hold an array of objects, one per recommendation row.');
  const header: string[] = [];
  for (const item of items) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) continue;
    for (const key of Object.keys(item)) if (!header.includes(key)) header.push(key);
  }
  yield { line: 0, cells: header };
  for (const [index, item] of items.entries()) {
    const object = item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>) : {};
    yield { line: index + 1, cells: header.map((key) => jsonCell(object[key])) };
  }
}

/** The records of the file, header first. A .docx matrix needs `context` (its file name and the State lookup). */
export function readRecords(format: FileFormat, bytes: Uint8Array, context?: MatrixContext): AsyncGenerator<SourceRecord> {
  switch (format) {
    case 'csv':
      return csvRecords(bytes, false);
    case 'csv.gz':
      return csvRecords(bytes, true);
    case 'xlsx':
      return xlsxRecords(bytes);
    case 'json':
      return jsonRecords(bytes);
    case 'docx':
      if (!context) throw new Error('readRecords: a .docx matrix is read with its file name and the State lookup');
      return docxMatrixRecords(bytes, context);
  }
}
