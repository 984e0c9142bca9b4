/**
 * The lines of a Working Group report as text extraction gives them (pdftotext, PDF.js, a Word
 * file, a paste): page furniture removed (document symbol "A/HRC/59/15", UN job number
 * "GE.25-02819", page numbers, running headers), each kept line with its line number in the
 * input so that warnings can point at it, and wrapped lines joined back with their line-end
 * hyphens resolved.
 */

export interface ReportLine {
  /** The line without surrounding white space. */
  text: string;
  /** 1-based line number in the input text. */
  line: number;
  /** The line started with a TAB: Word auto-numbered paragraphs lose their label and keep the TAB after it. */
  indented: boolean;
}

export interface CleanedReport {
  lines: ReportLine[];
  /** Line numbers of the page furniture left out. */
  furniture: number[];
}

// "A/HRC/59/15", "A/HRC/59/15/Add.1", "A/HRC/WG.6/48/SVN/1", possibly with the page number beside it.
const SYMBOL = /^(?:\d{1,3}\s+)?A\/(?:HRC|RES|\d{2})\/[A-Z0-9./-]+(?:\s+\d{1,3})?$/i;
// The UN job number printed at the foot of every page ("GE.25-02819", "GE.20-02535(E)"), and its barcode digits.
const JOB_NUMBER = /^(?:\d{1,3}\s+)?GE\.\d{2}-\d{5}\s*(?:\([A-Z]\))?(?:\s+\*?\d{7}\*?)?(?:\s+\d{1,3})?$/;
const BARCODE = /^\*\d{7}\*$/;
const PAGE_NUMBER = /^(?:page\s+)?\d{1,3}(?:\s*(?:\/|of)\s*\d{1,3})?$|^-\s*\d{1,3}\s*-$/i;
/** How many lines from an anchor (symbol, job number, page break) a bare number still counts as a page number. */
const NEAR = 3;

function isAnchor(text: string): boolean {
  return SYMBOL.test(text) || JOB_NUMBER.test(text) || BARCODE.test(text);
}

/** A line a running header could be: not a paragraph label, not the end of a sentence or an attribution. */
function couldBeHeader(text: string): boolean {
  return text.length <= 120 && !/^\d{1,3}\./.test(text) && !/[;,)(:]$/.test(text) && !text.startsWith('(');
}

/**
 * Splits `text` into lines and leaves out page furniture. Anchors (symbol, job number, form
 * feed) are always furniture; a bare number is a page number only near an anchor, so a "2030"
 * wrapped onto its own line in the middle of a page is kept; a line at the same place, next to
 * the page break, of four pages out of five is a running header or footer.
 */
export function cleanReportLines(text: string): CleanedReport {
  const raw = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const entries = raw.map((rawLine, i) => {
    const pageBreak = rawLine.includes('\f');
    const clean = rawLine.replace(/[\f\u00AD]/g, '').replace(/[\u00A0\u2007\u202F]/g, ' ');
    return { text: clean.trim(), line: i + 1, indented: /^\t/.test(clean.replace(/^ +/, '')), pageBreak };
  });
  // Distances in non-blank lines: pdftotext puts blank lines between the pieces of a page foot.
  const nonBlank = entries.map((e, i) => (e.text === '' ? -1 : i)).filter((i) => i >= 0);
  const rank = new Map(nonBlank.map((i, r) => [i, r]));
  const rankFrom = (i: number) => rank.get(i) ?? rank.get(nonBlank.find((j) => j > i) ?? -1) ?? nonBlank.length;
  const anchorRanks = entries.flatMap((e, i) => (e.pageBreak || isAnchor(e.text) ? [rankFrom(i)] : []));
  const nearAnchor = (i: number): boolean => {
    const r = rank.get(i);
    return r !== undefined && anchorRanks.some((a) => Math.abs(a - r) <= NEAR);
  };
  // A running header or footer sits at the same place on most pages: the k-th line after a page
  // break or before it. Identical lines of similar recommendations (the UN has many) land at the
  // same place of a page only by chance, and not on four pages out of five…
  const breaks = entries.flatMap((e, i) => (e.pageBreak ? [rankFrom(i)] : []));
  const placed = new Map<string, number>();
  for (const b of breaks) {
    for (const [side, r] of [0, 1, 2].flatMap((k) => [['after', b + k] as const, ['before', b - 1 - k] as const])) {
      const text = entries[nonBlank[r] ?? -1]?.text;
      if (text && couldBeHeader(text) && !isAnchor(text))
        placed.set(`${side}${r - b}\n${text}`, (placed.get(`${side}${r - b}\n${text}`) ?? 0) + 1);
    }
  }
  const total = new Map<string, number>();
  for (const e of entries) if (e.text) total.set(e.text, (total.get(e.text) ?? 0) + 1);
  // …and nowhere else: a line that also occurs inside the text is text.
  const headers = new Set(
    [...placed]
      .map(([key, n]) => ({ text: key.slice(key.indexOf('\n') + 1), n }))
      .filter(({ text, n }) => n >= Math.max(3, Math.ceil(breaks.length * 0.8)) && n === total.get(text))
      .map(({ text }) => text),
  );
  const lines: ReportLine[] = [];
  const furniture: number[] = [];
  entries.forEach((e, i) => {
    if (e.text === '') return;
    const isFurniture = isAnchor(e.text) || (PAGE_NUMBER.test(e.text) && nearAnchor(i)) || (headers.has(e.text) && nearAnchor(i));
    if (isFurniture) furniture.push(e.line);
    else lines.push({ text: e.text, line: e.line, indented: e.indented });
  });
  return { lines, furniture };
}

/** Words that stand on the left of a compound's hyphen ("non-discrimination", "self-identification"). */
const COMPOUND_FIRST = new Set([
  'non',
  'anti',
  'self',
  'co',
  'cross',
  'well',
  'ex',
  'post',
  'pre',
  'multi',
  'socio',
  'low',
  'high',
  'long',
  'short',
  'full',
  'part',
]);
/** Words that stand on the right of a compound's hyphen ("gender-based", "asylum-seekers", "child-friendly"). */
const COMPOUND_SECOND = new Set([
  'based',
  'related',
  'seekers',
  'seeker',
  'led',
  'making',
  'term',
  'free',
  'friendly',
  'sensitive',
  'responsive',
  'specific',
  'wide',
  'level',
  'being',
  'scale',
  'owned',
  'run',
  'oriented',
  'appropriate',
  'motivated',
  'affected',
  'up',
  'like',
]);

/** The words of a text that are not halves of a word broken at a line end, for deciding about hyphens. */
export interface Vocabulary {
  words: Set<string>;
  hyphenated: Set<string>;
}

export function vocabularyOf(lines: readonly string[]): Vocabulary {
  const words = new Set<string>();
  const hyphenated = new Set<string>();
  lines.forEach((line, i) => {
    let body = line;
    if (/\p{L}-$/u.test(body)) body = body.replace(/\p{L}+-$/u, ''); // the left half of a broken word
    if (i > 0 && /\p{L}-$/u.test(lines[i - 1] ?? '')) body = body.replace(/^\p{L}+/u, ''); // and its right half
    for (const match of body.toLowerCase().matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
      const word = match[0];
      if (word.includes('-')) hyphenated.add(word);
      for (const part of word.split('-')) words.add(part);
    }
  });
  return { words, hyphenated };
}

export interface JoinedText {
  text: string;
  /** Line-end hyphens decided without evidence in the text ("recom-mendation" → "recommendation"): worth a look. */
  guessedHyphens: string[];
}

/**
 * Joins wrapped lines with spaces. A line ending in "letter-" followed by a lower-case word is
 * either a word hyphenated by the typesetter (joined without the hyphen) or a compound broken
 * at its own hyphen (kept): the text's other words decide ("recommendation" seen elsewhere,
 * "gender-based" seen elsewhere), then known compound parts, then whether both halves are
 * words of the text; the rest are joined and reported as guesses.
 */
export function joinLines(parts: readonly string[], vocabulary: Vocabulary): JoinedText {
  let text = '';
  const guessedHyphens: string[] = [];
  for (const part of parts) {
    if (text === '') {
      text = part;
      continue;
    }
    const left = /(\p{L}+)-$/u.exec(text)?.[1];
    const right = /^(\p{Ll}+)/u.exec(part)?.[1];
    if (left !== undefined && right !== undefined) {
      const decision = hyphenDecision(left.toLowerCase(), right, vocabulary);
      if (decision.guess) guessedHyphens.push(`${left}-${right}`);
      text = decision.keep ? `${text}${part}` : `${text.slice(0, -1)}${part}`;
    } else if ((/\p{L}-$/u.test(text) && /^\p{Lu}/u.test(part)) || (/\d[–—-]$/.test(text) && /^\d/.test(part)) || /\S\/$/.test(text)) {
      // "Timor-" + "Leste", "2024–" + "2028", "dialogue/" + "listed": broken where the words join.
      text = `${text}${part}`;
    } else {
      text = `${text} ${part}`;
    }
  }
  return { text: text.replace(/[ \t]+/g, ' ').trim(), guessedHyphens };
}

function hyphenDecision(left: string, right: string, vocabulary: Vocabulary): { keep: boolean; guess: boolean } {
  if (vocabulary.hyphenated.has(`${left}-${right}`)) return { keep: true, guess: false };
  if (vocabulary.words.has(`${left}${right}`)) return { keep: false, guess: false };
  if (COMPOUND_FIRST.has(left) || COMPOUND_SECOND.has(right)) return { keep: true, guess: false };
  const bothWords = left.length >= 3 && right.length >= 3 && vocabulary.words.has(left) && vocabulary.words.has(right);
  return { keep: bothWords, guess: true };
}
