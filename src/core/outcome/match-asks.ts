/**
 * Which recommendations of a review's outcome answer the campaign's asks (the 1–2
 * recommendations of each key issue) and its key issues as a whole. Two pieces of evidence:
 * - text: cosine similarity of the ask and the recommendation over stemmed words and word pairs
 *   (similarity.ts), each term weighted by its rarity among the outcome's own recommendations
 *   (IDF), so "erased" or "Ombudsman" count and "ensure", "adopt", "human rights" hardly do;
 * - tags: the UPR Info issues the key issue is tagged with, against the issues suggestIssues
 *   finds in the recommendation (WG reports carry no tags of their own).
 * The result is a confidence in [0, 1] the user confirms or rejects; nothing is decided here.
 */
import { comparableEnglish } from '../recommendations/english-gloss.js';
import { suggestIssues } from '../recommendations/issue-keywords.js';
import { termVector, type TermVector } from '../recommendations/similarity.js';

/** One thing the campaign asked for: an ask of a key issue, or the issue itself (`askText` ''). */
export interface AskToMatch {
  keyIssueId: string;
  /** The ask's wording; '' stands for the key issue as a whole ("was our issue raised?"). */
  askText: string;
  /** What is compared: the ask, or the issue's title and summary. */
  text: string;
  /** The key issue's UPR Info tags (chosen by the user). */
  issueTags: readonly string[];
}

export interface OutcomeCandidate {
  id: string;
  text: string;
}

export interface MatchScore {
  /** IDF-weighted cosine of the two texts, 0..1. */
  text: number;
  /** How strongly the recommendation is about one of the issue's tags, 0..1. */
  tags: number;
  confidence: number;
}

export interface MatchSuggestion extends MatchScore {
  keyIssueId: string;
  askText: string;
  recommendationId: string;
}

/**
 * A weighted cosine this high reads as "the same recommendation in other words": real
 * paraphrases of Slovenia's 2025 recommendations score 0.3–0.5, unrelated ones under 0.1.
 */
export const TEXT_FULL = 0.3;
/**
 * Below this weighted cosine a text shares no distinctive wording, and tags alone do not make a
 * suggestion: a broad tag ("Minorities") would otherwise offer every Roma recommendation for an
 * issue about the "erased". An issue's title and summary are vaguer than an ask: a lower floor.
 */
export const MIN_TEXT = { ask: 0.12, issue: 0.08 } as const;
/** Suggested from this confidence on; "high" from HIGH_CONFIDENCE (the UI pre-selects those). */
export const SUGGEST_FROM = 0.3;
export const HIGH_CONFIDENCE = 0.6;
/** More candidates than this per ask is a list nobody reviews; the best ones are kept. */
export const MAX_SUGGESTIONS_PER_ASK = 15;
/** A suggestIssues score of 2 is one term of UPR Info's own keyword chart: full tag evidence. */
const FULL_TAG_SCORE = 2;

/** An ask is mostly judged on its wording; an issue as a whole mostly on its tags. */
const WEIGHTS = { ask: { text: 0.8, tags: 0.2 }, issue: { text: 0.6, tags: 0.4 } } as const;

export type ConfidenceLevel = 'high' | 'possible';

export function confidenceLevel(confidence: number): ConfidenceLevel {
  return confidence >= HIGH_CONFIDENCE ? 'high' : 'possible';
}

type Weighted = Map<string, number>;

/** Inverse document frequency over the outcome's recommendations, smoothed so unseen terms count most. */
function idfOf(vectors: readonly TermVector[]): (term: string) => number {
  const df = new Map<string, number>();
  for (const v of vectors) for (const term of v.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = vectors.length;
  return (term) => Math.log((n + 1) / ((df.get(term) ?? 0) + 1)) + 1;
}

function weigh(vector: TermVector, idf: (term: string) => number): Weighted {
  return new Map([...vector].map(([term, count]) => [term, count * idf(term)]));
}

function weightedCosine(a: Weighted, b: Weighted): number {
  // Sorted keys: the same operations in the same order for (a, b) and (b, a).
  const norm = (m: Weighted) => Math.sqrt([...m.keys()].sort().reduce((s, k) => s + (m.get(k) ?? 0) ** 2, 0));
  const common = [...a.keys()].filter((k) => b.has(k)).sort();
  if (common.length === 0) return 0;
  const dot = common.reduce((s, k) => s + (a.get(k) ?? 0) * (b.get(k) ?? 0), 0);
  return Math.min(1, dot / (norm(a) * norm(b)));
}

/** The issues a text is about, with suggestIssues' strength. */
function tagStrengths(text: string): Map<string, number> {
  return new Map(suggestIssues(text).map((s) => [s.issue as string, s.score]));
}

function tagEvidence(askTags: readonly string[], recTags: ReadonlyMap<string, number>): number {
  const best = Math.max(0, ...askTags.map((t) => recTags.get(t) ?? 0));
  return Math.min(1, best / FULL_TAG_SCORE);
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Confidence from the two pieces of evidence; see the constants for the calibration. */
export function combine(kind: 'ask' | 'issue', text: number, tags: number): number {
  const w = WEIGHTS[kind];
  return round(Math.min(1, w.text * Math.min(1, text / TEXT_FULL) + w.tags * tags));
}

/**
 * Suggestions for every ask against every recommendation of the outcome, best first per ask
 * (confidence, then text score, then id), at most MAX_SUGGESTIONS_PER_ASK each.
 */
export function suggestMatches(asks: readonly AskToMatch[], candidates: readonly OutcomeCandidate[]): MatchSuggestion[] {
  // Russian on either side is compared through its English UPR terms (english-gloss.ts).
  const texts = candidates.map((c) => comparableEnglish(c.text));
  const vectors = texts.map((text) => termVector(text));
  const idf = idfOf(vectors);
  const weighted = vectors.map((v) => weigh(v, idf));
  const recTags = texts.map((text) => tagStrengths(text));
  const out: MatchSuggestion[] = [];
  for (const ask of asks) {
    const kind = ask.askText === '' ? 'issue' : 'ask';
    const askText = comparableEnglish(ask.text);
    const query = weigh(termVector(askText), idf);
    // Untagged issues fall back on the issues the ask's own words point to.
    const askTags =
      ask.issueTags.length > 0
        ? ask.issueTags
        : suggestIssues(askText)
            .filter((s) => s.score >= FULL_TAG_SCORE)
            .map((s) => s.issue);
    const found: MatchSuggestion[] = [];
    candidates.forEach((candidate, i) => {
      const text = round(weightedCosine(query, weighted[i]!));
      const tags = round(tagEvidence(askTags, recTags[i]!));
      if (text < MIN_TEXT[kind]) return;
      const confidence = combine(kind, text, tags);
      if (confidence < SUGGEST_FROM) return;
      found.push({ keyIssueId: ask.keyIssueId, askText: ask.askText, recommendationId: candidate.id, text, tags, confidence });
    });
    found.sort((a, b) => b.confidence - a.confidence || b.text - a.text || (a.recommendationId < b.recommendationId ? -1 : 1));
    out.push(...found.slice(0, MAX_SUGGESTIONS_PER_ASK));
  }
  return out;
}
