/**
 * What the outcome parsers could not read with certainty. Every doubt is a warning with a code
 * (stable, for the preview and scripts), the input line it concerns (0 when it concerns the
 * whole text) and a message for a person; nothing is dropped without one.
 */

export const OUTCOME_WARNING_CODES = [
  // the report's recommendations
  'no-recommendations',
  'numbered-by-parser',
  'missing-paragraphs',
  'out-of-order',
  'ignored-label',
  'unread-text',
  'empty-lead-in',
  'empty-paragraph',
  'no-state',
  'unknown-state',
  'unbalanced-parenthesis',
  'hyphenation',
  'unterminated',
  'several-recommendations',
  'reordered',
  // the file itself
  'word-numbering',
  // an OHCHR matrix (thematic list) read as the outcome
  'several-reviews',
  'duplicate-paragraph',
  // the State's responses (addendum)
  'no-responses',
  'guessed-range',
  'unreadable-reference',
  'unclear-response',
  'conflicting-response',
  'unknown-paragraph',
  'no-response',
  'totals-differ',
] as const;

export type OutcomeWarningCode = (typeof OUTCOME_WARNING_CODES)[number];

export interface OutcomeWarning {
  code: OutcomeWarningCode;
  /** 1-based line of the input text; 0 when the warning concerns the whole text. */
  line: number;
  /** The recommendation's paragraph number ("140.5") when the warning concerns one. */
  paragraph?: string;
  message: string;
}

/** A paragraph number "major.minor" for people: "140.5". */
export function paragraphLabel(major: number, minor: number): string {
  return `${major}.${minor}`;
}

/** "140.6" or "140.6–140.9": a span of missing or guessed paragraphs. */
export function paragraphSpan(major: number, from: number, to: number): string {
  return from === to ? paragraphLabel(major, from) : `${paragraphLabel(major, from)}–${paragraphLabel(major, to)}`;
}

/** Compares paragraph numbers "140.9" < "140.10" < "141.1" numerically. */
export function compareParagraphs(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
}
