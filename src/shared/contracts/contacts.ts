/**
 * Contracts of the contacts import and export of the outreach board: a spreadsheet with one row
 * per person (current or former holder of a post at an embassy or Geneva mission).
 *
 * Import is two calls with the file as the raw request body (`?fileName=` tells .csv or .xlsx):
 * `POST …/contacts/preview` answers the columns, a suggested mapping and sample rows; then
 * `POST …/contacts/import?fileName=…&mapping=state:0,channel:2,name:4` writes everything or
 * nothing. The mapping travels in the `mapping` query parameter as `field:columnIndex` pairs
 * (0-based column indexes, unmapped fields left out), so the body stays the file as is.
 */
import { z } from 'zod';

/** What a column of the file can hold. State, channel and name are required; the rest may stay unmapped. */
export const CONTACT_FIELDS = ['state', 'channel', 'post', 'name', 'email', 'phone', 'note', 'since', 'until'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];
export const REQUIRED_CONTACT_FIELDS: readonly ContactField[] = ['state', 'channel', 'name'];

/** Field → 0-based column index, or null when no column holds it. */
export type ContactMapping = Record<ContactField, number | null>;

/** The server's body limit (security.ts); the page checks it before uploading. */
export const MAX_CONTACT_FILE_BYTES = 20 * 1024 * 1024;
/** More rows than a coalition has contacts; keeps the all-or-nothing transaction short. */
export const MAX_CONTACT_ROWS = 5000;
/** Sample rows shown under the column mapping. */
export const PREVIEW_ROWS = 5;

export function isContactField(value: string): value is ContactField {
  return (CONTACT_FIELDS as readonly string[]).includes(value);
}

export function emptyMapping(): ContactMapping {
  return { state: null, channel: null, post: null, name: null, email: null, phone: null, note: null, since: null, until: null };
}

/** `{state: 0, channel: 2, …}` → `state:0,channel:2` (unmapped fields left out). */
export function formatMappingParam(mapping: ContactMapping): string {
  return CONTACT_FIELDS.flatMap((field) => (mapping[field] === null ? [] : [`${field}:${mapping[field]}`])).join(',');
}

const mappingPair = z
  .string()
  .trim()
  .regex(/^[a-z]+:\d{1,3}$/, { message: 'mapping' })
  .transform((pair) => {
    const [field = '', index = ''] = pair.split(':');
    return { field, index: Number(index) };
  })
  .refine((pair) => isContactField(pair.field), { message: 'mapping' });

/** The `mapping` query parameter → a mapping; every required field must have a column, no column twice. */
export const contactMappingParamSchema = z
  .string({ message: 'required' })
  .max(400, { message: 'too-long' })
  .transform((text, ctx) => {
    const mapping = emptyMapping();
    const used = new Set<number>();
    for (const part of text.split(',').filter((p) => p.trim() !== '')) {
      const pair = mappingPair.safeParse(part);
      if (!pair.success) {
        ctx.addIssue({ code: 'custom', message: 'mapping', path: [] });
        return z.NEVER;
      }
      const field = pair.data.field as ContactField;
      if (used.has(pair.data.index)) ctx.addIssue({ code: 'custom', message: 'column-twice', path: [field] });
      used.add(pair.data.index);
      mapping[field] = pair.data.index;
    }
    for (const field of REQUIRED_CONTACT_FIELDS) {
      if (mapping[field] === null) ctx.addIssue({ code: 'custom', message: 'required', path: [field] });
    }
    return mapping;
  });

export interface ContactsPreviewDto {
  fileName: string;
  /** Header texts of the first row, one per column (empty when the header cell is empty). */
  columns: string[];
  suggestedMapping: ContactMapping;
  /** The first data rows, each padded to the number of columns. */
  sampleRows: string[][];
  /** Data rows (the header excluded; blank rows are not counted). */
  rowCount: number;
}

/** Why a row cannot be imported; the page words each in the user's language. */
export const CONTACT_ROW_PROBLEMS = [
  'required',
  'unknown-state',
  'state-under-review',
  'unknown-channel',
  'email',
  'invalid-date',
  'too-long',
  'until-before-since',
] as const;
export type ContactRowProblem = (typeof CONTACT_ROW_PROBLEMS)[number];

export interface ContactRowErrorDto {
  /** The row number the user sees in the spreadsheet or text editor (the header is row 1). */
  row: number;
  field: ContactField;
  problem: ContactRowProblem;
  /** The cell as read (shortened), to find it quickly. */
  value: string;
}

export interface ContactsImportResultDto {
  fileName: string;
  rowsRead: number;
  peopleAdded: number;
  /** Rows naming a person already on the same post of the same channel (left as they are). */
  alreadyPresent: number;
  postsCreated: number;
  /** States of the file that were not targets yet and were added to the campaign's targets. */
  targetsAdded: { iso3: string; name: string }[];
}
