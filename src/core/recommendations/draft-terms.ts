/**
 * The words of a draft recommendation worth looking up in the full-text index, to fetch
 * candidates for the similarity ranking. A full-text OR-query ranked by BM25 / ts_rank already
 * favours rare words; dropping the boilerplate every recommendation shares ("take measures to
 * ensure the rights of…") keeps the query from matching most of the database.
 */
import { tokenize, words } from './tokenize.js';

/** Words in most UPR recommendations: a match on them says nothing about the subject. */
const BOILERPLATE: ReadonlySet<string> = new Set(
  (
    'ensure ensuring take taking measure measures effort efforts right rights human continue continuing state states ' +
    'country countries national government adopt adopting implement implementing strengthen promote promoting ' +
    'protect protection all necessary appropriate steps step full fully effective effectively'
  ).split(' '),
);

/** At most this many words go into the query. */
export const MAX_DRAFT_TERMS = 8;

/**
 * The draft's content words for a full-text OR-query, longest first (longer words are rarer),
 * each once; "ratify" also brings "ratification", which the engines' stemmers keep apart.
 */
export function draftSearchTerms(text: string, max = MAX_DRAFT_TERMS): string[] {
  const seen = new Set<string>();
  const content = words(text).filter((w) => {
    if (w.length < 3 || /^\d+$/.test(w) || BOILERPLATE.has(w) || tokenize(w).length === 0 || seen.has(w)) return false;
    seen.add(w);
    return true;
  });
  const chosen = content
    .map((w, i) => ({ w, i }))
    .sort((a, b) => b.w.length - a.w.length || a.i - b.i)
    .slice(0, max)
    .map((x) => x.w);
  const terms: string[] = [];
  for (const w of chosen) {
    terms.push(w);
    const verb = /^(\w{2,})if(?:y|ies|ied|ying)$/.exec(w);
    const noun = /^(\w{2,})ifications?$/.exec(w);
    if (verb) terms.push(`${verb[1]}ification`);
    else if (noun) terms.push(`${noun[1]}ify`);
  }
  return [...new Set(terms)];
}
