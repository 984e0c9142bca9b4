/**
 * Reads one reference-data CSV (data/*.csv or an admin import of the same format) into validated
 * rows. Every value stays a string (no casting: Namibia's ISO2 code is the text "NA"); each row is
 * checked with a zod schema, and a bad row throws an Error naming the file, the line and the problem.
 */
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { isIsoDate } from '../../core/dates.js';

/** A validated row and the line of the file it came from (1-based; the header is line 1). */
export interface CsvRow<T> {
  line: number;
  value: T;
}

export class ReferenceDataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    problem: string,
  ) {
    super(line === null ? `${file}: ${problem}` : `${file} line ${line}: ${problem}`);
    this.name = 'ReferenceDataError';
  }
}

/** A real calendar date written `YYYY-MM-DD` (2027-02-30 is refused). */
export const isoDateSchema = z.string().refine(isIsoDate, { message: 'not a real date in the form YYYY-MM-DD' });

/** An optional date: empty string becomes null. */
export const optionalIsoDateSchema = z.union([z.literal('').transform(() => null), isoDateSchema]);

export const positiveIntSchema = z
  .string()
  .regex(/^[1-9]\d{0,3}$/, { message: 'not a whole number' })
  .transform(Number);

export const optionalPositiveIntSchema = z.union([z.literal('').transform(() => null), positiveIntSchema]);

export const sourceSchema = z.string().min(1, { message: 'a source note is required' }).max(500, { message: 'source note longer than 500 characters' });

/**
 * Parses `text` as CSV with exactly the columns of `schema` (any order, no others) and validates
 * each row. Empty lines are skipped; values are trimmed.
 */
export function parseCsvTable<S extends z.ZodObject>(file: string, text: string, schema: S): CsvRow<z.output<S>>[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, trim: true, skip_empty_lines: true, info: true, cast: false }) as unknown as typeof records;
  } catch (error) {
    const lines = (error as { lines?: unknown }).lines;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ReferenceDataError(file, typeof lines === 'number' ? lines : null, `not valid CSV (${reason})`);
  }
  const [header, ...body] = records;
  if (!header) throw new ReferenceDataError(file, null, 'the file is empty (a header row is required)');

  const expected = Object.keys(schema.shape);
  const columns = header.record;
  const unknown = columns.filter((c) => !expected.includes(c));
  const missing = expected.filter((c) => !columns.includes(c));
  const duplicated = columns.filter((c, i) => columns.indexOf(c) !== i);
  if (unknown.length || missing.length || duplicated.length) {
    const problems = [
      missing.length ? `missing column(s) ${missing.join(', ')}` : '',
      unknown.length ? `unexpected column(s) ${unknown.join(', ')}` : '',
      duplicated.length ? `repeated column(s) ${duplicated.join(', ')}` : '',
    ].filter(Boolean);
    throw new ReferenceDataError(file, header.info.lines, `${problems.join('; ')} (expected: ${expected.join(',')})`);
  }

  return body.map(({ record, info }) => {
    const raw: Record<string, string> = {};
    columns.forEach((column, i) => {
      raw[column] = record[i] ?? '';
    });
    const result = schema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      const column = typeof issue?.path[0] === 'string' ? issue.path[0] : null;
      const where = column ? `column ${column}: ` : '';
      const got = column ? ` (got "${raw[column] ?? ''}")` : '';
      throw new ReferenceDataError(file, info.lines, `${where}${issue?.message ?? 'invalid row'}${got}`);
    }
    return { line: info.lines, value: result.data };
  });
}
