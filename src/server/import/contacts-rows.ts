/**
 * Validates the rows of a contacts spreadsheet against the user's column mapping. Every row is
 * checked before anything is written, so the user gets the whole list of problems at once,
 * each with the row number they see in their spreadsheet.
 */
import type { ChannelKind } from '../../core/outreach/outreach-rules.js';
import type { ContactField, ContactMapping, ContactRowErrorDto, ContactRowProblem } from '../../shared/contracts/contacts.js';
import { personInputSchema } from '../../shared/contracts/outreach.js';
import type { SourceRecord } from './read-records.js';
import { normalizeHeader } from './contacts-mapping.js';

export interface ContactRow {
  line: number;
  iso3: string;
  kind: ChannelKind;
  post: string;
  name: string;
  email: string;
  phone: string;
  note: string;
  since: string | null;
  until: string | null;
}

export interface RowContext {
  /** ISO3 of a State named by code or name (any language), or null. */
  resolveState(text: string): string | null;
  /** The campaign's State under Review, which cannot be its own target. */
  stateUnderReview: string;
  /** Title of the post when the row names none. */
  defaultPost: string;
}

const MAX_POST = 120;

/**
 * Our exports put an apostrophe before cells a spreadsheet would run as formulas; reading such
 * a file back gives the original text.
 */
export function unneutralize(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** "Embassy", "посольство", "Permanent Mission in Geneva", "миссия", "постпредство" → the channel kind. */
export function parseChannel(text: string): ChannelKind | null {
  const value = normalizeHeader(text);
  if (/mission|geneva|миссия|миссии|представительств|постпредств|женев/.test(value)) return 'mission';
  if (/embass|посольств|capital|столиц/.test(value)) return 'embassy';
  return null;
}

/** YYYY-MM-DD, or DD.MM.YYYY as Russian spreadsheets write it; '' → null; anything else → undefined. */
export function parseDateCell(text: string): string | null | undefined {
  if (text === '') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (dotted) return `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}`;
  return undefined;
}

const PERSON_PROBLEMS: Record<string, ContactRowProblem> = {
  required: 'required',
  'too-long': 'too-long',
  email: 'email',
  'invalid-date': 'invalid-date',
  'date-out-of-range': 'invalid-date',
};

function validateRow(record: SourceRecord, mapping: ContactMapping, context: RowContext): { row?: ContactRow; errors: ContactRowErrorDto[] } {
  const cell = (field: ContactField) => {
    const index = mapping[field];
    return index === null ? '' : unneutralize((record.cells[index] ?? '').trim());
  };
  const errors: ContactRowErrorDto[] = [];
  const fail = (field: ContactField, problem: ContactRowProblem) => errors.push({ row: record.line, field, problem, value: cell(field).slice(0, 80) });

  const stateText = cell('state');
  const iso3 = stateText ? context.resolveState(stateText) : null;
  if (!stateText) fail('state', 'required');
  else if (!iso3) fail('state', 'unknown-state');
  else if (iso3 === context.stateUnderReview) fail('state', 'state-under-review');

  const channelText = cell('channel');
  const kind = channelText ? parseChannel(channelText) : null;
  if (!channelText) fail('channel', 'required');
  else if (!kind) fail('channel', 'unknown-channel');

  const post = cell('post') || context.defaultPost;
  if (post.length > MAX_POST) fail('post', 'too-long');

  const since = parseDateCell(cell('since'));
  const until = parseDateCell(cell('until'));
  if (since === undefined) fail('since', 'invalid-date');
  if (until === undefined) fail('until', 'invalid-date');
  const person = personInputSchema.safeParse({ name: cell('name'), email: cell('email'), phone: cell('phone'), note: cell('note'), since: since ?? null });
  if (!person.success) {
    for (const issue of person.error.issues) {
      const field = String(issue.path[0] ?? 'name') as ContactField;
      // The e-mail is a union ('' or an address), whose failure carries no message of its own.
      fail(field, field === 'email' ? 'email' : (PERSON_PROBLEMS[issue.message] ?? 'too-long'));
    }
  }
  const untilChecked = until ? personInputSchema.shape.since.safeParse(until) : null;
  if (untilChecked && !untilChecked.success) fail('until', 'invalid-date');
  else if (since && until && until < since) fail('until', 'until-before-since');

  if (errors.length > 0 || !iso3 || !kind || !person.success) return { errors };
  const p = person.data;
  return { errors, row: { line: record.line, iso3, kind, post, name: p.name, email: p.email, phone: p.phone, note: p.note, since: p.since, until: until ?? null } };
}

/** Every row validated: the rows to import, or the problems of all bad rows. */
export function validateContactRows(records: readonly SourceRecord[], mapping: ContactMapping, context: RowContext): { rows: ContactRow[]; errors: ContactRowErrorDto[] } {
  const rows: ContactRow[] = [];
  const errors: ContactRowErrorDto[] = [];
  for (const record of records) {
    const result = validateRow(record, mapping, context);
    errors.push(...result.errors);
    if (result.row) rows.push(result.row);
  }
  return { rows, errors };
}
