/**
 * How alike two recommendation texts are, for the drafting helper ("States have made this
 * before: …"). Cosine similarity over stemmed content words plus adjacent-word pairs: the
 * pairs reward shared phrasing ("optional protocol", "death penalty") over shared vocabulary.
 * No corpus statistics (IDF), so a score depends only on the two texts and is reproducible.
 */
import { tokenize } from './tokenize.js';

export type TermVector = ReadonlyMap<string, number>;

/** Counts of the text's stemmed content words and of its adjacent pairs ("optional protocol"). */
export function termVector(text: string): TermVector {
  const tokens = tokenize(text);
  const vector = new Map<string, number>();
  const add = (term: string) => vector.set(term, (vector.get(term) ?? 0) + 1);
  tokens.forEach((token, i) => {
    add(token);
    const next = tokens[i + 1];
    // A space cannot occur inside a token, so a pair never collides with a single word.
    if (next !== undefined) add(`${token} ${next}`);
  });
  return vector;
}

// Sums in sorted key order so that cosine(a, b) and cosine(b, a) perform the same floating-point
// operations, making the similarity exactly symmetric (and exactly 1 for identical texts).
function sumOfSquares(v: TermVector): number {
  return [...v.keys()].sort().reduce((sum, k) => sum + (v.get(k) ?? 0) ** 2, 0);
}

/** Cosine similarity of two term vectors, in [0, 1]; 0 when either is empty. */
export function cosine(a: TermVector, b: TermVector): number {
  const common = [...a.keys()].filter((k) => b.has(k)).sort();
  if (common.length === 0) return 0;
  const dot = common.reduce((sum, k) => sum + (a.get(k) ?? 0) * (b.get(k) ?? 0), 0);
  // sqrt(na * nb) rather than sqrt(na) * sqrt(nb): for integer counts na * na is exact, so
  // identical texts give exactly 1.
  return Math.min(1, dot / Math.sqrt(sumOfSquares(a) * sumOfSquares(b)));
}

/** Similarity of two recommendation texts in [0, 1]: 1 for the same wording, 0 for no shared word. */
export function textSimilarity(a: string, b: string): number {
  return cosine(termVector(a), termVector(b));
}

export interface SimilarText {
  id: string;
  score: number;
}

/** The `limit` candidates most similar to `query` (score > 0), best first, ties by id. */
export function rankSimilar(query: string, candidates: readonly { id: string; text: string }[], limit: number): SimilarText[] {
  const q = termVector(query);
  return candidates
    .map(({ id, text }) => ({ id, score: cosine(q, termVector(text)) }))
    .filter((c) => c.score > 0)
    .sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .slice(0, Math.max(0, limit));
}
