/**
 * The State under Review's responses from its addendum to the Working Group report (Add.1,
 * "Views on conclusions and/or recommendations…"): paragraphs such as "The Government accepts
 * the following recommendations: 140.7, 140.8, …" or "takes note of recommendations 122.2-10, …"
 * become {paragraph → supported | noted | partially supported}. Explanations that follow a
 * list ("140.11-14 / The 1961 Convention … was ratified") and cross-references ("See
 * recommendation 122.28") are not responses and are left alone.
 */
import { cleanReportLines } from './outcome-lines.js';
import { compareParagraphs, type OutcomeWarning } from './outcome-warnings.js';
import { expandReference, findReferences, type RefToken } from './response-refs.js';

export type AddendumResponse = 'supported' | 'noted' | 'partially-supported';

export interface OutcomeResponse {
  paragraph: string;
  response: AddendumResponse;
  /** The input line of the list that gives it. */
  line: number;
}

export interface ResponsesParse {
  responses: OutcomeResponse[];
  warnings: OutcomeWarning[];
  /** The totals the addendum states ("217 are supported and 37 noted"), when it does. */
  stated: { supported: number; noted: number } | null;
}

export interface ParseResponsesOptions {
  /** Paragraphs of the report, to check references against (unknown ones are warned). */
  known?: readonly string[];
  /** Paragraphs that should have a response here (the report's "will be examined" ones). */
  expected?: readonly string[];
}

/** The response a list's lead words give, or null. Compound wordings first: "does not support" is a note. */
export function classifyListContext(context: string): AddendumResponse | null {
  const text = context.toLowerCase();
  if (/\bpartial(?:ly)?\b|\bin part\b/.test(text)) return 'partially-supported';
  if (
    /\b(?:does|do|did) not (?:support|accept)|\bnot (?:supported|accepted)\b|\btakes? note\b|\btook note\b|\bnot(?:e|es|ed)\b|\breject/.test(
      text,
    )
  )
    return 'noted';
  if (/\baccept(?:s|ed)?\b|\bsupport(?:s|ed)?\b|\benjoys?\b/.test(text)) return 'supported';
  return null;
}

// An explanation's heading line: "140.11-14", "122.23–24", "140.82-85, 87" alone on its line.
const HEADER_LINE = /^\d{1,3}\.\d{1,3}(?:\s*[-–—]\s*(?:\d{1,3}\.)?\d{1,3})?(?:\s*,\s*\d{1,3}(?:\s*[-–—]\s*\d{1,3})?)*$/;
// Only separators between the references of one list; the slips "140.35. 140.36" included.
const LIST_GAP = /^[\s,;.]*(?:(?:and|as well as)\s+)?[\s,;.]*$/;

interface Flat {
  text: string;
  starts: number[];
  lines: number[];
}

function flatten(text: string): Flat {
  const { lines } = cleanReportLines(text);
  const starts: number[] = [];
  let offset = 0;
  for (const l of lines) {
    starts.push(offset);
    offset += l.text.length + 1;
  }
  return { text: lines.map((l) => l.text).join('\n'), starts, lines: lines.map((l) => l.line) };
}

function lineOf(flat: Flat, offset: number): number {
  let lo = 0;
  let hi = flat.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((flat.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return flat.lines[lo] ?? 0;
}

/** A token that starts an explanation: alone on its line, followed by prose. */
function startsExplanation(flat: Flat, token: RefToken): boolean {
  if (token.start > 0 && flat.text[token.start - 1] !== '\n') return false;
  const lineEnd = flat.text.indexOf('\n', token.start);
  const line = flat.text.slice(token.start, lineEnd < 0 ? undefined : lineEnd).trim();
  if (!HEADER_LINE.test(line)) return false;
  return lineEnd >= 0 && /^\s*\p{L}/u.test(flat.text.slice(lineEnd + 1, lineEnd + 40));
}

function listRuns(flat: Flat, tokens: readonly RefToken[]): RefToken[][] {
  const runs: RefToken[][] = [];
  let run: RefToken[] = [];
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    const continues =
      previous !== undefined && LIST_GAP.test(flat.text.slice(previous.end, token.start)) && !startsExplanation(flat, token);
    if (!continues && run.length > 0) {
      runs.push(run);
      run = [];
    }
    run.push(token);
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The sentence before a list: after the last full stop (paragraph numbers "5." included). */
function contextBefore(text: string, from: number, to: number): string {
  const before = text.slice(Math.max(from, to - 400), to);
  const cut = Math.max(...[...before.matchAll(/[.!?]\s+/g)].map((m) => m.index + m[0].length), 0);
  return before.slice(cut);
}

/** The heading's category ("I. Accepted recommendations", "Noted recommendations") above an offset. */
function headingCategory(text: string, offset: number): AddendumResponse | null {
  const headings = [
    ...text
      .slice(0, offset)
      .matchAll(/^(?:[IVX]+\.\s+)?((?:accepted|supported|noted|partially (?:supported|accepted)) recommendations)\b[^\n]{0,80}$/gim),
  ];
  const last = headings[headings.length - 1];
  return last ? classifyListContext(last[1] ?? '') : null;
}

const STATED = /(\d+)\s+(?:are|were|have been)?\s*(?:now\s+)?supported\s*,?\s+and\s+(\d+)\s+(?:are\s+|were\s+|have been\s+)?noted/i;

/** Parses an addendum's text; see the file comment. */
export function parseResponsesText(text: string, options: ParseResponsesOptions = {}): ResponsesParse {
  const flat = flatten(text);
  const warnings: OutcomeWarning[] = [];
  const known = options.known ? new Set(options.known) : null;
  const maxByMajor = new Map<number, number>();
  for (const p of options.known ?? []) {
    const [major = 0, minor = 0] = p.split('.').map(Number);
    maxByMajor.set(major, Math.max(maxByMajor.get(major) ?? 0, minor));
  }
  const tokens = findReferences(flat.text, maxByMajor);
  const assigned = new Map<string, OutcomeResponse>();
  let previousEnd = 0;
  for (const run of listRuns(flat, tokens)) {
    const first = run[0]!;
    const line = lineOf(flat, first.start);
    const context = contextBefore(flat.text, previousEnd, first.start);
    previousEnd = run[run.length - 1]!.end;
    const fromHeading = run.length > 1 && /recommendation/i.test(context) ? headingCategory(flat.text, first.start) : null;
    const response = classifyListContext(context) ?? fromHeading;
    if (response === null) {
      // A reference without a verb is a cross-reference or an explanation's heading ("140.82-85, 87").
      if (run.length > 1 && !startsExplanation(flat, first)) {
        const raw = run.map((t) => t.raw).join(', ');
        warnings.push({ code: 'unclear-response', line, message: `The list ${raw.slice(0, 80)} says neither supported nor noted.` });
      }
      continue;
    }
    for (const token of run) {
      const tokenLine = lineOf(flat, token.start);
      if (token.unreadable) {
        warnings.push({
          code: 'unreadable-reference',
          line: tokenLine,
          message: `"${token.raw}" is not a paragraph number of the report.`,
        });
        continue;
      }
      const paragraphs = expandReference(token);
      if (token.guessed) {
        warnings.push({
          code: 'guessed-range',
          line: tokenLine,
          message: `"${token.raw}" was read as ${paragraphs[0]}–${paragraphs[paragraphs.length - 1]} (a dash seems lost).`,
        });
      }
      for (const paragraph of paragraphs) {
        const before = assigned.get(paragraph);
        if (before && before.response !== response) {
          warnings.push({
            code: 'conflicting-response',
            line: tokenLine,
            paragraph,
            message: `${paragraph} is ${before.response} on line ${before.line} and ${response} on line ${tokenLine}; the first is kept.`,
          });
        } else if (!before) assigned.set(paragraph, { paragraph, response, line: tokenLine });
      }
    }
  }
  const responses = [...assigned.values()].sort((a, b) => compareParagraphs(a.paragraph, b.paragraph));
  checkAgainstReport(responses, options, known, warnings);
  const statedMatch = STATED.exec(flat.text.replace(/\s+/g, ' '));
  const stated = statedMatch ? { supported: Number(statedMatch[1]), noted: Number(statedMatch[2]) } : null;
  if (stated) {
    const supported = responses.filter((r) => r.response !== 'noted').length;
    const noted = responses.filter((r) => r.response === 'noted').length;
    if (supported !== stated.supported || noted !== stated.noted) {
      warnings.push({
        code: 'totals-differ',
        line: 0,
        message: `The addendum says ${stated.supported} supported and ${stated.noted} noted; the lists read give ${supported} and ${noted}.`,
      });
    }
  }
  if (responses.length === 0) {
    warnings.push({ code: 'no-responses', line: 0, message: 'No lists of supported or noted recommendations were found in the addendum.' });
  }
  warnings.sort((a, b) => a.line - b.line);
  return { responses, warnings, stated };
}

function checkAgainstReport(
  responses: readonly OutcomeResponse[],
  options: ParseResponsesOptions,
  known: Set<string> | null,
  warnings: OutcomeWarning[],
) {
  if (known) {
    for (const r of responses) {
      if (!known.has(r.paragraph)) {
        warnings.push({
          code: 'unknown-paragraph',
          line: r.line,
          paragraph: r.paragraph,
          message: `${r.paragraph} is not a recommendation of the report.`,
        });
      }
    }
  }
  if (options.expected) {
    const answered = new Set(responses.map((r) => r.paragraph));
    const missing = options.expected.filter((p) => !answered.has(p));
    if (missing.length > 0) {
      const shown = missing.slice(0, 20).join(', ') + (missing.length > 20 ? ', …' : '');
      warnings.push({
        code: 'no-response',
        line: 0,
        message: `${missing.length} recommendation(s) have no response in the addendum: ${shown}.`,
      });
    }
  }
}
