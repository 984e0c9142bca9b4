/**
 * The recommendations of a UPR Working Group report's section II ("Conclusions and/or
 * recommendations") from its text: numbered paragraphs ("140.5 Ratify … (France);"), their
 * recommending States and, from the lead-in paragraph, the State under Review's position
 * ("enjoy the support" → supported; "will be examined" → pending until its addendum, Add.1).
 * Pure: the State-name registry is passed in.
 */
import { normalizeResponse, type Response } from '../recommendations/responses.js';
import { segmentReport, type ItemBlock, type ParagraphBlock } from './outcome-blocks.js';
import { cleanReportLines, joinLines, vocabularyOf } from './outcome-lines.js';
import { findRecommendingStates, type ResolveState } from './outcome-states.js';
import { paragraphLabel, type OutcomeWarning, type OutcomeWarningCode } from './outcome-warnings.js';

export type { OutcomeWarning, OutcomeWarningCode } from './outcome-warnings.js';
export type { ResolveState } from './outcome-states.js';

export interface OutcomeRecommendation {
  /** "140.5": the paragraph number as the report gives it (or as numbered here, see 'numbered-by-parser'). */
  paragraph: string;
  /** The recommendation as printed, recommending States and closing ";" included, lines joined. */
  text: string;
  /** ISO3 codes of the recommending States, in the report's order. */
  recommendingStates: string[];
  /** The State names as written ("Bolivarian Republic of Venezuela"), unresolved ones included. */
  rawStates: string[];
  /** 'low' when the preview should ask a person to check the paragraph: see `problems`. */
  confidence: 'high' | 'low';
  problems: string[];
  /** The position given by the lead-in paragraph, or null when the lead-in does not say. */
  position: Response | null;
  /** The input line where the paragraph starts. */
  line: number;
}

export interface OutcomeLeadIn {
  /** The lead-in's paragraph number ("140"). */
  paragraph: string;
  text: string;
  position: Response | null;
  /** How many recommendations follow it. */
  count: number;
  line: number;
}

export interface OutcomeParse {
  recommendations: OutcomeRecommendation[];
  warnings: OutcomeWarning[];
  leadIns: OutcomeLeadIn[];
}

export interface ParseOutcomeOptions {
  resolveState: ResolveState;
}

/** Positions a lead-in can give; a lead-in may say nothing we recognise (null). */
function leadInPosition(text: string): Response | null {
  const response = normalizeResponse(text);
  return response === 'supported' || response === 'noted' || response === 'pending' || response === 'partially-supported' ? response : null;
}

interface Problem {
  code: OutcomeWarningCode;
  message: string;
}

/**
 * pdftotext sometimes prints a short paragraph's attribution before its text ("122.45 (Iraq);
 * Undertake awareness-raising campaigns …"): when the text opens with States and has none at
 * its end, the attribution is moved back to the end.
 */
function repairLeadingAttribution(text: string, resolve: ResolveState): string | null {
  const match = /^(\([^()]*(?:\([^()]*\)[^()]*)*\)(?:\s*[;,]?\s*\([^()]*(?:\([^()]*\)[^()]*)*\))*)\s*([;.])\s+(\S.*)$/s.exec(text);
  if (!match) return null;
  const [, attribution = '', terminator = ';', rest = ''] = match;
  if (findRecommendingStates(attribution, resolve).iso3.length === 0) return null;
  if (findRecommendingStates(rest, resolve).raw.length > 0 || /[;.]$/.test(rest)) return null;
  return `${rest} ${attribution}${terminator}`;
}

function recommendationOf(
  item: ItemBlock,
  joined: string,
  guessedHyphens: string[],
  resolve: ResolveState,
): { rec: OutcomeRecommendation; problems: Problem[] } {
  const problems: Problem[] = [];
  const repaired = repairLeadingAttribution(joined, resolve);
  const text = repaired ?? joined;
  if (repaired !== null)
    problems.push({ code: 'reordered', message: 'the States stood before the text in the extract and were moved to its end' });
  const states = findRecommendingStates(text, resolve);
  if (text === '') problems.push({ code: 'empty-paragraph', message: 'the paragraph has no text' });
  else {
    if (states.raw.length === 0) problems.push({ code: 'no-state', message: 'no recommending State found at the end of the text' });
    for (const name of states.unresolved)
      problems.push({ code: 'unknown-state', message: `"${name}" is not a State name the registry knows` });
    if (states.attributions > 1) {
      problems.push({
        code: 'several-recommendations',
        message: `the paragraph holds ${states.attributions} recommendations, each with its own States`,
      });
    }
    if (!/[;.]$/.test(text))
      problems.push({ code: 'unterminated', message: 'the text does not end with ";" or ".": its end or the next number may be missing' });
  }
  if (states.unbalanced)
    problems.push({ code: 'unbalanced-parenthesis', message: 'a parenthesis is opened and never closed: a State name may be cut' });
  for (const word of guessedHyphens)
    problems.push({ code: 'hyphenation', message: `the line-end hyphen in "${word}" was resolved by a guess` });
  if (item.outOfOrder) problems.push({ code: 'out-of-order', message: 'the paragraph number is out of order' });
  const lead = item.leadIn;
  return {
    rec: {
      paragraph: paragraphLabel(item.major, item.minor),
      text,
      recommendingStates: states.iso3,
      rawStates: states.raw,
      confidence: problems.length === 0 ? 'high' : 'low',
      problems: problems.map((p) => p.message),
      position: lead ? leadInPosition(joinText(lead.parts)) : null,
      line: item.line,
    },
    problems,
  };
}

const joinText = (parts: readonly string[]) => parts.join(' ').replace(/\s+/g, ' ').trim();

function leadInsOf(paragraphs: readonly ParagraphBlock[], items: readonly ItemBlock[]): OutcomeLeadIn[] {
  return paragraphs
    .filter((p) => items.some((i) => i.leadIn === p))
    .map((p) => {
      const text = joinText(p.parts);
      return {
        paragraph: String(p.number),
        text,
        position: leadInPosition(text),
        count: items.filter((i) => i.leadIn === p).length,
        line: p.line,
      };
    });
}

/**
 * Parses the text of a report (or of its recommendations only). Every numbered paragraph found
 * becomes a recommendation, in order; what could not be read with certainty is in `warnings`
 * and, per recommendation, in `problems` with confidence 'low'.
 */
export function parseOutcomeText(text: string, options: ParseOutcomeOptions): OutcomeParse {
  const { lines } = cleanReportLines(text);
  const vocabulary = vocabularyOf(lines.map((l) => l.text));
  const segments = segmentReport(lines);
  const warnings: OutcomeWarning[] = [...segments.warnings];
  const recommendations = segments.items.map((item) => {
    const joined = joinLines(item.parts, vocabulary);
    const { rec, problems } = recommendationOf(item, joined.text, joined.guessedHyphens, options.resolveState);
    for (const problem of problems) {
      if (problem.code === 'out-of-order') continue; // already warned by the segmenter
      warnings.push({ code: problem.code, line: item.line, paragraph: rec.paragraph, message: `${rec.paragraph}: ${problem.message}.` });
    }
    return rec;
  });
  if (recommendations.length === 0) {
    warnings.push({
      code: 'no-recommendations',
      line: 0,
      message: 'No numbered recommendations were found. Paste or upload the section "Conclusions and/or recommendations" of the report.',
    });
  }
  warnings.sort((a, b) => a.line - b.line);
  return { recommendations, warnings, leadIns: leadInsOf(segments.paragraphs, segments.items) };
}
