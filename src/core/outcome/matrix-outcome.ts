/**
 * The recommendations of a review read from OHCHR's thematic list (the "matrix"), which, unlike
 * the Working Group report, already carries the State's position on each one. The rows come
 * from a .docx matrix or a table in the columns of the Slovenia sample (server/import reads
 * them); here they become the same preview as a parsed report, with every doubt a warning:
 * a row without a paragraph number, an unknown State, a position that is not a known answer,
 * a paragraph listed twice, a file holding several reviews (the latest is read).
 */
import { normalizeResponse, type Response } from '../recommendations/responses.js';
import { compareParagraphs, type OutcomeWarning } from './outcome-warnings.js';

export interface MatrixOutcomeRow {
  /** 1-based row (spreadsheet, Word table) or line (CSV) of the file. */
  line: number;
  paragraph: string | null;
  text: string;
  /** Recommending States as the file gives them: names, or ISO3 codes. */
  states: string[];
  /** The position cell as written ("Supported", "Noted", "Supported/Noted", ""). */
  position: string;
  /** Which review the row belongs to (the WG report symbol, or the session), when the file says. */
  review: string | null;
}

export interface MatrixOutcomeRecommendation {
  paragraph: string;
  text: string;
  recommendingStates: string[];
  rawStates: string[];
  confidence: 'high' | 'low';
  problems: string[];
  response: Response | null;
  line: number;
}

export interface MatrixOutcome {
  recommendations: MatrixOutcomeRecommendation[];
  warnings: OutcomeWarning[];
  /** The review read when the file held several. */
  review: string | null;
}

/** "A/HRC/59/15" after "A/HRC/43/15", session "48" after "34". */
function compareReviews(a: string, b: string): number {
  const numbers = (s: string) => (s.match(/\d+/g) ?? []).map(Number);
  const [x, y] = [numbers(a), numbers(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return a.localeCompare(b);
}

function latestReview(rows: readonly MatrixOutcomeRow[], warnings: OutcomeWarning[]): string | null {
  const reviews = [...new Set(rows.map((r) => r.review).filter((r): r is string => r !== null && r !== ''))].sort(compareReviews);
  const latest = reviews.at(-1) ?? null;
  if (reviews.length > 1) {
    warnings.push({
      code: 'several-reviews',
      line: 0,
      message: `The file holds ${reviews.length} reviews (${reviews.join(', ')}); the latest, ${latest}, was read. To read another, give a file with that review only.`,
    });
  }
  return latest;
}

function toRecommendation(
  row: MatrixOutcomeRow,
  paragraph: string,
  resolveState: (name: string) => string | null,
  warnings: OutcomeWarning[],
) {
  const problems: string[] = [];
  const codes: string[] = [];
  for (const name of row.states) {
    const iso3 = resolveState(name);
    if (iso3) {
      if (!codes.includes(iso3)) codes.push(iso3);
      continue;
    }
    problems.push(`Unknown State "${name}"`);
    warnings.push({
      code: 'unknown-state',
      line: row.line,
      paragraph,
      message: `Paragraph ${paragraph}: "${name}" is not a State the application knows; choose the State.`,
    });
  }
  if (row.states.length === 0) {
    problems.push('No recommending State');
    warnings.push({
      code: 'no-state',
      line: row.line,
      paragraph,
      message: `Paragraph ${paragraph}: no recommending State is given; add it.`,
    });
  }
  const position = row.position.trim();
  const response = position === '' ? null : normalizeResponse(position);
  if (position !== '' && response === null) {
    problems.push(`Unclear position "${position}"`);
    warnings.push({
      code: 'unclear-response',
      line: row.line,
      paragraph,
      message: `Paragraph ${paragraph}: the position "${position}" is not supported or noted; choose the response.`,
    });
  }
  return {
    paragraph,
    text: row.text.trim(),
    recommendingStates: codes,
    rawStates: row.states,
    confidence: problems.length === 0 ? ('high' as const) : ('low' as const),
    problems,
    response,
    line: row.line,
  };
}

/** The preview of a matrix's rows; see the file comment. */
export function outcomeFromMatrixRows(rows: readonly MatrixOutcomeRow[], resolveState: (name: string) => string | null): MatrixOutcome {
  const warnings: OutcomeWarning[] = [];
  const review = latestReview(rows, warnings);
  const byParagraph = new Map<string, MatrixOutcomeRecommendation>();
  for (const row of rows) {
    if (review !== null && row.review !== null && row.review !== '' && row.review !== review) continue;
    const paragraph = row.paragraph?.trim().replace(/\.$/, '') ?? '';
    if (!/^\d{1,3}(?:\.\d{1,3})+$/.test(paragraph)) {
      warnings.push({
        code: 'unread-text',
        line: row.line,
        message: `Row ${row.line} has no paragraph number ("${row.text.slice(0, 60)}…"); it was not read. Add it by hand if it is a recommendation.`,
      });
      continue;
    }
    const recommendation = toRecommendation(row, paragraph, resolveState, warnings);
    const earlier = byParagraph.get(paragraph);
    if (earlier) {
      warnings.push({
        code: 'duplicate-paragraph',
        line: row.line,
        paragraph,
        message: `Paragraph ${paragraph} is listed twice (rows ${earlier.line} and ${row.line}); the first was kept. Check which text is right.`,
      });
      continue;
    }
    byParagraph.set(paragraph, recommendation);
  }
  const recommendations = [...byParagraph.values()].sort((a, b) => compareParagraphs(a.paragraph, b.paragraph));
  if (recommendations.length === 0) {
    warnings.push({ code: 'no-recommendations', line: 0, message: 'No numbered recommendation was found in the matrix.' });
  }
  return { recommendations, warnings, review };
}
