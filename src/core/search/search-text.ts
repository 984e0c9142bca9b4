/**
 * What a user types in the recommendation search box, parsed into safe terms that both
 * full-text engines understand the same way (SQLite FTS5 with the Porter stemmer, PostgreSQL
 * tsvector 'english'). No character of the input ever reaches a MATCH expression or a tsquery
 * unquoted: terms are rebuilt from runs of letters and digits only.
 *
 * Semantics: every term must match (AND); "quoted words" are a phrase; a trailing `*` makes a
 * prefix (of the stem, since both indexes hold stems); a hyphenated or possessive chunk
 * ("non-refoulement", "women's") is a phrase of its parts. Operators (OR, NOT, NEAR, -, :, ^,
 * parentheses) are plain text, and PostgreSQL's English stopwords are dropped on both engines so
 * that "rights of the child" means the same on each.
 */

/** PostgreSQL's english.stop (Snowball), the words its 'english' configuration leaves out. */
const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself ' +
    'it its itself they them their theirs themselves what which who whom this that these those am is are was were be ' +
    'been being have has had having do does did doing a an the and but if or because as until while of at by for with ' +
    'about against between into through during before after above below to from up down in out on off over under ' +
    'again further then once here there when where why how all any both each few more most other some such no nor not ' +
    'only own same so than too very s t can will just don should now'
  ).split(' '),
);

export type SearchTerm =
  /** One word; any of `alternatives` may match (derivations the stemmers keep apart). */
  | { kind: 'word'; alternatives: string[] }
  | { kind: 'phrase'; words: string[] }
  | { kind: 'prefix'; word: string };

/** More terms than this are ignored: a search box is not a query language. */
export const MAX_TERMS = 12;
/** Shorter prefixes ("a*") would expand to most of the index; they count as whole words. */
export const MIN_PREFIX_LENGTH = 3;
const MAX_INPUT_LENGTH = 1000;
const WORD = /[\p{L}\p{Nd}]+/gu;

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/**
 * Porter (and Snowball) stem "ratify" to "ratifi" but "ratification" to "ratif", so a search
 * for one would miss the other, the commonest pair in UPR texts. We search for both forms.
 */
function alternativesOf(word: string): string[] {
  const verb = /^(\p{L}{2,})if(?:y|ies|ied|ying)$/u.exec(word);
  if (verb) return [word, `${verb[1]}ification`];
  const noun = /^(\p{L}{2,})ifications?$/u.exec(word);
  if (noun) return [word, `${noun[1]}ify`];
  return [word];
}

function trimStopwords(words: string[]): string[] {
  let start = 0;
  let end = words.length;
  while (start < end && isStopword(words[start]!)) start++;
  while (end > start && isStopword(words[end - 1]!)) end--;
  return words.slice(start, end);
}

function wordsTerm(words: string[]): SearchTerm | null {
  const kept = trimStopwords(words);
  if (kept.length === 0) return null;
  if (kept.length === 1) return { kind: 'word', alternatives: alternativesOf(kept[0]!) };
  return { kind: 'phrase', words: kept };
}

function prefixTerm(word: string): SearchTerm | null {
  if (isStopword(word)) return null;
  if (word.length < MIN_PREFIX_LENGTH) return wordsTerm([word]);
  return { kind: 'prefix', word };
}

function chunkTerms(chunk: string): (SearchTerm | null)[] {
  const words = chunk.match(WORD) ?? [];
  if (words.length === 0) return [];
  // "tortur*" or "tortur*," — a star right after the last word makes it a prefix.
  if (/[\p{L}\p{Nd}]\*+[^\p{L}\p{Nd}]*$/u.test(chunk)) {
    return [wordsTerm(words.slice(0, -1)), prefixTerm(words[words.length - 1]!)];
  }
  return [wordsTerm(words)];
}

function termKey(term: SearchTerm): string {
  if (term.kind === 'word') return `w:${term.alternatives[0]}`;
  if (term.kind === 'phrase') return `p:${term.words.join(' ')}`;
  return `x:${term.word}`;
}

/** The terms of a search text, at most MAX_TERMS, duplicates removed; [] when nothing is searchable. */
export function parseSearchText(input: string): SearchTerm[] {
  const text = input.slice(0, MAX_INPUT_LENGTH).normalize('NFC').toLowerCase();
  const parts = text.split('"');
  // An unmatched quote opens nothing: the text after it is read as ordinary words.
  const closed = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  const found: (SearchTerm | null)[] = [];
  parts.forEach((part, index) => {
    const quoted = index % 2 === 1 && index < closed;
    if (quoted) found.push(wordsTerm(part.match(WORD) ?? []));
    else for (const chunk of part.split(/\s+/)) found.push(...chunkTerms(chunk));
  });
  const seen = new Set<string>();
  const terms: SearchTerm[] = [];
  for (const term of found) {
    if (!term || seen.has(termKey(term))) continue;
    seen.add(termKey(term));
    terms.push(term);
  }
  return terms.slice(0, MAX_TERMS);
}

/**
 * An FTS5 MATCH expression for the terms, or null when there are none. Every token is a
 * double-quoted string of letters and digits, so no user input is read as FTS5 syntax.
 */
export function toFts5Expression(terms: readonly SearchTerm[]): string | null {
  if (terms.length === 0) return null;
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return terms
    .map((term) => {
      if (term.kind === 'phrase') return quote(term.words.join(' '));
      if (term.kind === 'prefix') return `${quote(term.word)}*`;
      return term.alternatives.length === 1 ? quote(term.alternatives[0]!) : `(${term.alternatives.map(quote).join(' OR ')})`;
    })
    .join(' AND ');
}

/**
 * The inputs of PostgreSQL's websearch_to_tsquery('english', …) for one term: one text per
 * alternative (OR-ed by the caller), phrases in double quotes. Only letters, digits, spaces and
 * those quotes remain, so websearch's own operators (or, -) cannot appear.
 */
export function toWebsearchTexts(term: SearchTerm): string[] {
  if (term.kind === 'phrase') return [`"${term.words.join(' ')}"`];
  if (term.kind === 'prefix') return [term.word];
  return term.alternatives;
}
