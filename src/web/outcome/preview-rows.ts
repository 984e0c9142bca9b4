/**
 * The editable rows of the outcome preview: the parser's recommendations with the warnings that
 * concern each, the user's corrections, the checks the server makes again on saving (paragraph
 * "140.5", text, unique numbers), and the report's UN symbol guessed from the text or file name.
 */
import type { Response } from '../../core/recommendations/responses.js';
import type { SaveOutcomeInput } from '../../shared/contracts/outcome-campaign.js';
import type { OutcomeParseDto, OutcomeWarningDto } from '../../shared/contracts/outcome.js';

export interface PreviewRow {
  /** Stable across edits (the paragraph number itself can be corrected). */
  key: string;
  paragraph: string;
  text: string;
  recommendingStates: string[];
  response: Response | null;
  /** State names as the report wrote them. */
  rawStates: string[];
  warnings: OutcomeWarningDto[];
  /** The parser was unsure even when it gave no warning of its own. */
  unsure: boolean;
  /** Added by the user, not read from the report. */
  added: boolean;
}

export type RowField = 'paragraph' | 'text' | 'recommendingStates';
/** Message keys (outcome.rowErrors.*) per field of a row. */
export type RowErrors = Partial<Record<RowField, string>>;

export const PARAGRAPH_PATTERN = /^\d{1,3}\.\d{1,4}$/;
const MAX_TEXT = 4000;
const MAX_STATES = 80;

/** The rows of a parse, and the warnings that concern no row (the whole text, a missing span). */
export function rowsFromParse(parse: OutcomeParseDto): { rows: PreviewRow[]; general: OutcomeWarningDto[] } {
  const paragraphs = new Set(parse.recommendations.map((r) => r.paragraph));
  const rows = parse.recommendations.map((r, index): PreviewRow => ({
    key: `p${index}`,
    paragraph: r.paragraph,
    text: r.text,
    recommendingStates: r.recommendingStates,
    response: r.response,
    rawStates: r.rawStates,
    warnings: parse.warnings.filter((w) => w.paragraph === r.paragraph),
    unsure: r.confidence === 'low',
    added: false,
  }));
  const general = parse.warnings.filter((w) => w.paragraph === undefined || !paragraphs.has(w.paragraph));
  return { rows, general };
}

/** A new empty row, numbered after the last one ("140.254" → "140.255"). */
export function newRow(rows: readonly PreviewRow[], key: string): PreviewRow {
  const last = rows.at(-1)?.paragraph ?? '';
  const [major, minor] = last.split('.');
  const paragraph = PARAGRAPH_PATTERN.test(last) ? `${major}.${Number(minor) + 1}` : '';
  return { key, paragraph, text: '', recommendingStates: [], response: null, rawStates: [], warnings: [], unsure: false, added: true };
}

/** The checks of the save request, per row key; an empty map means the list can be saved. */
export function validateRows(rows: readonly PreviewRow[]): Map<string, RowErrors> {
  const errors = new Map<string, RowErrors>();
  const seen = new Set<string>();
  for (const row of rows) {
    const e: RowErrors = {};
    const paragraph = row.paragraph.trim();
    if (!PARAGRAPH_PATTERN.test(paragraph)) e.paragraph = 'paragraph';
    else if (seen.has(paragraph)) e.paragraph = 'duplicate';
    seen.add(paragraph);
    if (row.text.trim() === '') e.text = 'required';
    else if (row.text.trim().length > MAX_TEXT) e.text = 'too-long';
    if (row.recommendingStates.length > MAX_STATES) e.recommendingStates = 'too-many';
    if (Object.keys(e).length > 0) errors.set(row.key, e);
  }
  return errors;
}

/** Field errors of a refused save ("recommendations.3.paragraph": "duplicate") by row key. */
export function serverRowErrors(rows: readonly PreviewRow[], issues: readonly { path: string; message: string }[]): Map<string, RowErrors> {
  const errors = new Map<string, RowErrors>();
  for (const issue of issues) {
    const [root, index, field] = issue.path.split('.');
    const row = rows[Number(index)];
    if (root !== 'recommendations' || !row || !isRowField(field)) continue;
    errors.set(row.key, { ...errors.get(row.key), [field]: issue.message });
  }
  return errors;
}

const isRowField = (value: string | undefined): value is RowField =>
  value === 'paragraph' || value === 'text' || value === 'recommendingStates';

export function toSaveRecommendations(rows: readonly PreviewRow[]): SaveOutcomeInput['recommendations'] {
  return rows.map((r) => ({
    paragraph: r.paragraph.trim(),
    text: r.text.trim(),
    recommendingStates: r.recommendingStates,
    response: r.response,
  }));
}

/** "A/HRC/59/15" from the report's running header or its file name ("A_HRC_59_15.pdf"), or ''. */
export function guessDocumentSymbol(text: string, fileName: string | null): string {
  const pattern = /\bA[/_]HRC[/_](?:WG\.6[/_])?\d{1,2}[/_]\d{1,3}(?!\d)(?![/_]Add)/i;
  const found = pattern.exec(text) ?? pattern.exec(fileName ?? '');
  return found ? found[0].replace(/_/g, '/').toUpperCase() : '';
}
