/**
 * Field rules shared by the column schemes: zod schemas over the raw cell strings, each with
 * the message a user reads next to the line number ("session must be a number from 1 to 60").
 */
import { z } from 'zod';
import { findIssue } from '../../core/recommendations/issues.js';
import { normalizeResponse, type Response } from '../../core/recommendations/responses.js';
import { cycleOfSession } from '../../core/upr/calendar.js';

/** What a scheme needs to know about States: codes we know and names we can resolve. */
export interface StateLookup {
  isState(iso3: string): boolean;
  /** ISO3 of a State name in any known spelling, or null. */
  resolve(name: string): string | null;
}

/** One source row in the common shape, before joint rows are merged. */
export interface ImportRow {
  line: number;
  cycle: number;
  session: number;
  surIso3: string;
  text: string;
  response: Response;
  /** UPR Info's category 1–5, or null when the file has none (estimated later). */
  actionCategory: number | null;
  issues: string[];
  /** Recommending States (ISO3); empty when the file says "(Unknown)". */
  states: string[];
  paragraph: string | null;
  document: string | null;
  source: 'upr-info' | 'ohchr';
}

export type Raw = Record<string, string>;

export const MAX_SESSION = 60;

/** "12", "12.0" (spreadsheets), "Session 12", "12th session". */
export const sessionSchema = z.string().transform((value, ctx) => {
  const digits = /^(?:session\s*)?(\d{1,3})(?:\.0+|st|nd|rd|th)?(?:\s*session)?$/i.exec(value.trim())?.[1];
  const session = Number(digits);
  if (digits === undefined || session < 1 || session > MAX_SESSION) {
    ctx.addIssue({ code: 'custom', message: `session must be a number from 1 to ${MAX_SESSION}` });
    return z.NEVER;
  }
  return session;
});

/** A cycle column must agree with the session (1–12 → 1, 13–26 → 2, 27–40 → 3, 41–54 → 4). */
export function checkCycle(cycleCell: string | undefined, session: number, ctx: z.RefinementCtx): number {
  const cycle = cycleOfSession(session);
  const given = (cycleCell ?? '').trim();
  if (given !== '' && Number(given) !== cycle) {
    ctx.addIssue({ code: 'custom', message: `cycle ${given} does not match session ${session} (cycle ${cycle})` });
  }
  return cycle;
}

export const textSchema = z
  .string()
  .transform((value) => value.replace(/\s+/g, ' ').trim())
  .refine((value) => value !== '', { message: 'the recommendation text is empty' });

/** Any wording normalizeResponse knows; a blank cell is 'pending' (no answer published yet). */
export const responseSchema = z.string().transform((value, ctx) => {
  const response = normalizeResponse(value);
  if (!response) {
    ctx.addIssue({ code: 'custom', message: `unknown response '${value.trim()}'` });
    return z.NEVER;
  }
  return response;
});

/** "4", "4.0", "Category 4", "4 - General action"; empty → null. */
export const actionCategorySchema = z.string().transform((value, ctx) => {
  const cell = value.trim();
  if (cell === '') return null;
  const match = /^(?:category\s*)?([1-5])(?:\.0+)?(?:\b.*)?$/i.exec(cell);
  if (!match) {
    ctx.addIssue({ code: 'custom', message: `action category must be a number from 1 to 5, not '${cell}'` });
    return z.NEVER;
  }
  return Number(match[1]);
});

/** UPR Info issue labels separated by `separator`; each must be one of the 54 (or a label findIssue knows). */
export function issuesSchema(separator: RegExp) {
  return z.string().transform((value, ctx) => {
    const issues: string[] = [];
    for (const label of value.split(separator).map((s) => s.trim()).filter(Boolean)) {
      const issue = findIssue(label);
      if (!issue) {
        ctx.addIssue({ code: 'custom', message: `unknown issue '${label}' (not one of UPR Info's 54 issues)` });
        return z.NEVER;
      }
      if (!issues.includes(issue)) issues.push(issue);
    }
    return issues;
  });
}

const UNKNOWN_STATE = /^\(?unknown\)?$/i;

/**
 * A State given by code and/or name. `unknownAllowed`: "(Unknown)", UPR Info's label for a
 * recommending State it could not identify, gives null instead of an error (the row is real data).
 */
export function stateRef(states: StateLookup, role: string, code: string | undefined, name: string | undefined, ctx: z.RefinementCtx, unknownAllowed: boolean) {
  const iso3 = (code ?? '').trim().toUpperCase();
  const label = (name ?? '').trim();
  if (iso3 !== '') {
    if (states.isState(iso3)) return iso3;
    ctx.addIssue({ code: 'custom', message: `unknown ${role} code '${iso3}'` });
    return null;
  }
  if (label === '' || UNKNOWN_STATE.test(label)) {
    if (label === '' || !unknownAllowed) ctx.addIssue({ code: 'custom', message: `the ${role} is missing` });
    return null;
  }
  const resolved = states.resolve(label);
  if (!resolved) ctx.addIssue({ code: 'custom', message: `unknown ${role} '${label}'` });
  return resolved;
}

/** The first problem of a failed zod parse, as one sentence. */
export function firstReason(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'invalid row';
}
