/**
 * Outcome import, step one: read a Working Group report (pasted text or an uploaded .txt, .docx,
 * .pdf) into its recommendations for the preview, and optionally the State's responses from the
 * addendum (Add.1). Nothing is stored here, so there is no actor: saving the checked preview is
 * a separate use case. Used by `upr-advocate outcome parse` and the HTTP preview.
 */
import { AppError } from '../../core/errors.js';
import { parseOutcomeText, type OutcomeParse } from '../../core/outcome/parse-outcome.js';
import { parseResponsesText } from '../../core/outcome/parse-responses.js';
import type { OutcomeWarning } from '../../core/outcome/outcome-warnings.js';
import {
  MAX_OUTCOME_FILE_BYTES,
  MAX_OUTCOME_TEXT_LENGTH,
  type OutcomeParseDto,
  type OutcomeRecommendationDto,
  type OutcomeWarningDto,
} from '../../shared/contracts/outcome.js';
import { outcomeFromMatrixRows } from '../../core/outcome/matrix-outcome.js';
import { readOutcomeMatrix } from '../import/outcome-matrix.js';
import { readOutcomeFile, type OutcomeFileNote } from '../import/outcome-file.js';
import type { AppDeps } from './deps.js';

/** A report or addendum: a file's name and bytes, or pasted text. */
export interface OutcomeSource {
  fileName?: string;
  bytes?: Uint8Array;
  text?: string;
}

export interface ParseOutcomeInput extends OutcomeSource {
  /** The addendum (Add.1) with the State's responses. */
  responses?: OutcomeSource;
}

interface SourceText {
  fileName: string | null;
  kind: OutcomeParseDto['source']['kind'];
  text: string;
  notes: OutcomeFileNote[];
}

async function readSource(source: OutcomeSource, what: string): Promise<SourceText> {
  if (source.bytes !== undefined) {
    if (source.bytes.byteLength > MAX_OUTCOME_FILE_BYTES) {
      throw new AppError('payload-too-large', `The ${what} file is larger than ${MAX_OUTCOME_FILE_BYTES / 1024 / 1024} MB.`);
    }
    const read = await readOutcomeFile(source.fileName ?? '', source.bytes);
    return { fileName: source.fileName ?? null, ...read };
  }
  if (source.text === undefined || source.text.trim() === '') {
    throw new AppError('validation', `Give the ${what}: paste its text or upload a .txt, .docx or .pdf file.`, { field: 'text' });
  }
  if (source.text.length > MAX_OUTCOME_TEXT_LENGTH) {
    throw new AppError('validation', `The ${what} text is longer than ${MAX_OUTCOME_TEXT_LENGTH.toLocaleString('en-US')} characters.`, {
      field: 'text',
    });
  }
  return { fileName: source.fileName ?? null, kind: 'text', text: source.text, notes: [] };
}

const tagged = (warnings: readonly OutcomeWarning[], source: OutcomeWarningDto['source']): OutcomeWarningDto[] =>
  warnings.map((w) => ({ ...w, source }));

function recommendationDtos(parsed: OutcomeParse): OutcomeRecommendationDto[] {
  return parsed.recommendations.map((r) => ({
    paragraph: r.paragraph,
    text: r.text,
    recommendingStates: r.recommendingStates,
    rawStates: r.rawStates,
    confidence: r.confidence,
    problems: r.problems,
    response: r.position,
    line: r.line,
  }));
}

/** OHCHR's thematic list (matrix), which carries the positions; null when the upload is a report. */
async function readMatrix(deps: Pick<AppDeps, 'states'>, input: OutcomeSource): Promise<OutcomeParseDto | null> {
  if (input.bytes === undefined || input.fileName === undefined) return null;
  if (input.bytes.byteLength > MAX_OUTCOME_FILE_BYTES) return null; // readSource says it
  const states = { isState: (iso3: string) => deps.states.get(iso3) !== undefined, resolve: (name: string) => deps.states.resolve(name) };
  const rows = await readOutcomeMatrix(input.fileName, input.bytes, states);
  if (rows === null) return null;
  const matrix = outcomeFromMatrixRows(rows, (name) => (states.isState(name.toUpperCase()) ? name.toUpperCase() : states.resolve(name)));
  return {
    source: { fileName: input.fileName, kind: 'matrix' },
    recommendations: matrix.recommendations,
    leadIns: [],
    warnings: tagged(matrix.warnings, 'report'),
  };
}

/** A report's recommendations, read by the report parser. */
async function readReport(deps: Pick<AppDeps, 'states'>, input: OutcomeSource): Promise<OutcomeParseDto> {
  const report = await readSource(input, 'report');
  const parsed = parseOutcomeText(report.text, { resolveState: (name) => deps.states.resolve(name) });
  const fileNotes: OutcomeWarningDto[] = report.notes.map((n) => ({ code: n.code, line: 0, message: n.message, source: 'report' }));
  return {
    source: { fileName: report.fileName, kind: report.kind },
    recommendations: recommendationDtos(parsed),
    leadIns: parsed.leadIns,
    warnings: [...fileNotes, ...tagged(parsed.warnings, 'report')],
  };
}

/**
 * Parses a report or an OHCHR matrix (and an addendum); a file that cannot be read is a
 * validation error, doubts are warnings.
 */
export async function parseOutcome(deps: Pick<AppDeps, 'states'>, input: ParseOutcomeInput): Promise<OutcomeParseDto> {
  const dto = (await readMatrix(deps, input)) ?? (await readReport(deps, input));
  if (!input.responses) return dto;

  const addendum = await readSource(input.responses, 'addendum');
  const known = dto.recommendations.map((r) => r.paragraph);
  const expected = dto.recommendations.filter((r) => r.response === null || r.response === 'pending').map((r) => r.paragraph);
  const answers = parseResponsesText(addendum.text, { known, expected });
  const byParagraph = new Map(answers.responses.map((r) => [r.paragraph, r.response] as const));
  return {
    ...dto,
    // The addendum answers what the report left "to be examined"; a position already given stands otherwise.
    recommendations: dto.recommendations.map((r) => ({ ...r, response: byParagraph.get(r.paragraph) ?? r.response })),
    responses: { items: answers.responses, stated: answers.stated },
    warnings: [
      ...dto.warnings,
      ...addendum.notes.map((n): OutcomeWarningDto => ({ code: n.code, line: 0, message: n.message, source: 'responses' })),
      ...tagged(answers.warnings, 'responses'),
    ],
  };
}
