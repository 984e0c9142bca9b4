/**
 * Joint recommendations: UPR Info lists a recommendation made by several States once per
 * co-sponsor. Rows with the same session, State under Review and text (ignoring case, spacing
 * and trailing punctuation) are one recommendation with several recommending States. The
 * dedupe key — sha256 of `sur|session|text` — makes re-importing a file add nothing.
 */
import { createHash } from 'node:crypto';
import { estimateActionCategory } from '../../core/recommendations/action-category.js';
import type { ImportRow } from './row-fields.js';

/** A recommendation after merging its rows: the row's fields, the key and every source line. */
export interface ParsedRecommendation extends Omit<ImportRow, 'line'> {
  dedupeKey: string;
  /** Source lines of the rows merged into this recommendation. */
  lines: number[];
}

/** The text as compared for joint recommendations and the dedupe key. */
export function comparableText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.;,:!]+$/, '')
    .trim();
}

export function dedupeKey(surIso3: string, session: number, text: string): string {
  return createHash('sha256').update(`${surIso3}|${session}|${comparableText(text)}`).digest('hex');
}

const MAX_WARNINGS = 100;

function differences(first: ParsedRecommendation, row: ImportRow): string[] {
  const found: string[] = [];
  if (first.response !== row.response) found.push(`response ${row.response} (kept ${first.response})`);
  if (row.actionCategory !== null && first.actionCategory !== row.actionCategory) {
    found.push(`action category ${row.actionCategory} (kept ${first.actionCategory ?? 'none'})`);
  }
  if ([...row.issues].sort().join('; ') !== [...first.issues].sort().join('; ')) {
    found.push(`issues "${row.issues.join('; ')}" (kept "${first.issues.join('; ')}")`);
  }
  return found;
}

/**
 * Merges the rows of one file into recommendations, in order of first appearance. Where the rows
 * of a joint recommendation disagree (response, category, issues), the first row wins and a
 * warning names both lines. A missing action category is estimated from the text (UPR Info's rules).
 */
export function mergeJointRows(rows: readonly ImportRow[], word = 'line'): { recommendations: ParsedRecommendation[]; warnings: string[] } {
  const byKey = new Map<string, ParsedRecommendation>();
  const warnings: string[] = [];
  let hidden = 0;
  for (const row of rows) {
    const key = dedupeKey(row.surIso3, row.session, row.text);
    const existing = byKey.get(key);
    if (!existing) {
      const { line, ...fields } = row;
      byKey.set(key, { ...fields, dedupeKey: key, states: [...row.states], issues: [...row.issues], lines: [line] });
      continue;
    }
    existing.lines.push(row.line);
    for (const state of row.states) if (!existing.states.includes(state)) existing.states.push(state);
    const found = differences(existing, row);
    if (found.length === 0) continue;
    if (warnings.length < MAX_WARNINGS) {
      warnings.push(`${word} ${row.line}: the same recommendation as ${word} ${existing.lines[0]} (session ${row.session}, ${row.surIso3}) has ${found.join(', ')}`);
    } else hidden++;
  }
  if (hidden > 0) warnings.push(`… and ${hidden} more joint recommendations whose rows disagree`);
  const recommendations = [...byKey.values()];
  for (const rec of recommendations) {
    if (rec.actionCategory === null) rec.actionCategory = estimateActionCategory(rec.text).category;
  }
  return { recommendations, warnings };
}
