/**
 * The column schemes the importer reads, recognised from the header row:
 *  - `upr-info`: UPR Info data as in the shared research file (ISO3 codes, `; `-separated issues);
 *  - `upr-info-export`: UPR Info's own database export (`To`, `From`, `Text`, `Response`, `Action`,
 *    `Issue`, `Session`; State names, comma-separated issues, responses Accepted/Noted);
 *  - `ohchr`: OHCHR "thematic list of recommendations" rows (paragraph, WG report symbol, position,
 *    `; `-separated recommending States). OHCHR themes are not UPR Info issues: none are tagged.
 * Each scheme maps a raw row to an ImportRow or gives the reason it cannot. Issue cells may use
 * ";" or "," in either scheme: no UPR Info label holds one, and JSON arrays arrive joined with "; ".
 */
import { z } from 'zod';
import { AppError } from '../../core/errors.js';
import { normalizeResponse } from '../../core/recommendations/responses.js';
import {
  actionCategorySchema,
  checkCycle,
  firstReason,
  issuesSchema,
  responseSchema,
  sessionSchema,
  stateRef,
  textSchema,
  type ImportRow,
  type Raw,
  type StateLookup,
} from './row-fields.js';

export const COLUMN_SCHEMES = ['upr-info', 'upr-info-export', 'ohchr'] as const;
export type ColumnScheme = (typeof COLUMN_SCHEMES)[number];

export type RowResult = { ok: true; row: ImportRow } | { ok: false; reason: string };
export type RowMapper = (raw: Raw, line: number) => RowResult;

const optional = z.string().optional();

function uprInfoSchema(states: StateLookup) {
  return z
    .object({
      session: sessionSchema,
      cycle: optional,
      sur_iso3: optional,
      sur_name: optional,
      rs_iso3: optional,
      rs_name: optional,
      recommendation: textSchema,
      response: optional,
      response_upr_info: optional,
      action_category: actionCategorySchema.optional(),
      issues: issuesSchema(/[;,]/).optional(),
    })
    .transform((row, ctx) => {
      const surIso3 = stateRef(states, 'State under Review', row.sur_iso3, row.sur_name, ctx, false);
      const rs = stateRef(states, 'recommending State', row.rs_iso3, row.rs_name, ctx, true);
      // The normalised column wins; the UPR Info wording (Accepted/Noted) is the fallback.
      const given = (row.response ?? '').trim() || (row.response_upr_info ?? '').trim();
      const response = normalizeResponse(given);
      if (!response) ctx.addIssue({ code: 'custom', message: `unknown response '${given}'` });
      const cycle = checkCycle(row.cycle, row.session, ctx);
      if (!surIso3 || !response) return z.NEVER;
      return {
        cycle, session: row.session, surIso3, text: row.recommendation, response,
        actionCategory: row.action_category ?? null, issues: row.issues ?? [], states: rs ? [rs] : [],
        paragraph: null, document: null, source: 'upr-info' as const,
      };
    });
}

function uprInfoExportSchema(states: StateLookup) {
  return z
    .object({
      session: sessionSchema,
      to: optional,
      from: optional,
      text: textSchema,
      response: responseSchema,
      action: actionCategorySchema.optional(),
      issue: issuesSchema(/[,;]/).optional(),
    })
    .transform((row, ctx) => {
      const surIso3 = stateRef(states, 'State under Review', undefined, row.to, ctx, false);
      const rs = stateRef(states, 'recommending State', undefined, row.from, ctx, true);
      if (!surIso3) return z.NEVER;
      return {
        cycle: checkCycle(undefined, row.session, ctx), session: row.session, surIso3, text: row.text, response: row.response,
        actionCategory: row.action ?? null, issues: row.issue ?? [], states: rs ? [rs] : [],
        paragraph: null, document: null, source: 'upr-info' as const,
      };
    });
}

function ohchrSchema(states: StateLookup) {
  return z
    .object({
      session: sessionSchema,
      cycle: optional,
      sur_iso3: optional,
      sur_name: optional,
      paragraph: optional,
      working_group_report: optional,
      recommendation: textSchema,
      recommending_iso3: optional,
      recommending_states: optional,
      // A blank position: the State has not answered yet (drafts, "will be examined").
      position: responseSchema.optional(),
    })
    .transform((row, ctx) => {
      const surIso3 = stateRef(states, 'State under Review', row.sur_iso3, row.sur_name, ctx, false);
      const codes = (row.recommending_iso3 ?? '').split(';').map((s) => s.trim()).filter(Boolean);
      const names = (row.recommending_states ?? '').split(';').map((s) => s.trim()).filter(Boolean);
      const rs = (codes.length > 0 ? codes.map((c) => stateRef(states, 'recommending State', c, undefined, ctx, false))
        : names.map((n) => stateRef(states, 'recommending State', undefined, n, ctx, false)));
      if (rs.length === 0) ctx.addIssue({ code: 'custom', message: 'the recommending State is missing' });
      const cycle = checkCycle(row.cycle, row.session, ctx);
      if (!surIso3 || rs.some((s) => s === null)) return z.NEVER;
      return {
        cycle, session: row.session, surIso3, text: row.recommendation, response: row.position ?? 'pending',
        actionCategory: null, issues: [], states: [...new Set(rs as string[])],
        paragraph: (row.paragraph ?? '').trim().replace(/\.$/, '') || null, document: (row.working_group_report ?? '').trim() || null,
        source: 'ohchr' as const,
      };
    });
}

const REQUIRED: Record<ColumnScheme, string[][]> = {
  'upr-info': [['session'], ['recommendation'], ['sur_iso3', 'sur_name'], ['rs_iso3', 'rs_name'], ['response', 'response_upr_info']],
  'upr-info-export': [['to'], ['from'], ['text'], ['response'], ['session']],
  ohchr: [['session'], ['recommendation'], ['sur_iso3', 'sur_name'], ['recommending_iso3', 'recommending_states']],
};

function badHeader(message: string): AppError {
  return new AppError('validation', message, { field: 'file', issues: [{ path: 'line 1', message }] });
}

/** Which scheme the header row belongs to; an AppError naming the missing columns otherwise. */
export function detectScheme(columns: readonly string[]): ColumnScheme {
  const has = (name: string) => columns.includes(name);
  const scheme: ColumnScheme | null = has('paragraph') || has('recommending_iso3') || has('recommending_states')
    ? 'ohchr'
    : has('recommendation') && (has('sur_iso3') || has('sur_name'))
      ? 'upr-info'
      : has('to') && has('from') && has('text')
        ? 'upr-info-export'
        : null;
  if (!scheme) {
    throw badHeader(
      'The columns are not those of a UPR Info export (To, From, Text, Response, Action, Issue, Session, or ' +
        'session, sur_iso3, rs_iso3, recommendation, response, issues) nor of an OHCHR thematic list ' +
        '(session, sur_iso3, paragraph, recommendation, recommending_iso3, position).',
    );
  }
  const missing = REQUIRED[scheme].filter((names) => !names.some(has)).map((names) => names.join(' or '));
  if (missing.length > 0) throw badHeader(`The file looks like a ${scheme} file but lacks the column(s) ${missing.join(', ')}.`);
  return scheme;
}

/** A mapper from raw rows (keys: lower-case column names) of `scheme` to ImportRows. */
export function rowMapper(scheme: ColumnScheme, states: StateLookup): RowMapper {
  const schema = scheme === 'upr-info' ? uprInfoSchema(states) : scheme === 'ohchr' ? ohchrSchema(states) : uprInfoExportSchema(states);
  return (raw, line) => {
    const result = schema.safeParse(raw);
    return result.success ? { ok: true, row: { line, ...result.data } } : { ok: false, reason: firstReason(result.error) };
  };
}
