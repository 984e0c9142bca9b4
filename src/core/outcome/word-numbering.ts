/**
 * The labels Word shows for auto-numbered paragraphs ("6.", "6.1"), which are not in the
 * paragraphs' text: computed from the list definitions of word/numbering.xml the way Word counts.
 * Simplified on purpose: lists that share an abstract definition continue one another unless a
 * list restarts a level (startOverride); picture bullets and legal-style renumbering are ignored.
 */

/** One level of a list definition: `lvlText` is Word's pattern, "%1.%2" = level 1 and 2 counters. */
export interface WordLevel {
  start: number;
  /** "decimal", "lowerLetter", "upperRoman", "bullet", "none", … */
  format: string;
  text: string;
}

export interface WordList {
  /** The abstract definition the list instance (numId) uses: lists sharing one count together. */
  abstractId: string;
  levels: ReadonlyMap<number, WordLevel>;
  /** Levels this instance restarts (w:lvlOverride/w:startOverride). */
  startOverrides: ReadonlyMap<number, number>;
}

export interface WordParagraph {
  text: string;
  numbering: { numId: string; level: number } | null;
}

export interface NumberedLines {
  /** One line per paragraph: "6.1\tRatify …" when labelled, "\tRatify …" when numbered without a definition. */
  lines: string[];
  /** How many labels were computed, and how many numbered paragraphs had no usable definition. */
  labelled: number;
  undefinedLists: number;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [value, letters] of table) while (n >= value) [out, n] = [out + letters, n - value];
  return out;
}

function letters(n: number): string {
  // Word's letter numbering repeats the letter: a … z, aa … zz.
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter in a level's format, or null for bullets and unnumbered levels. */
export function formatCounter(n: number, format: string): string | null {
  switch (format) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    default:
      return null;
  }
}

/** The lines of a document's paragraphs with Word's numbers put back in front of numbered ones. */
export function numberWordParagraphs(paragraphs: readonly WordParagraph[], lists: ReadonlyMap<string, WordList>): NumberedLines {
  const counters = new Map<string, number[]>();
  const restarted = new Set<string>();
  const lines: string[] = [];
  let labelled = 0;
  let undefinedLists = 0;
  for (const p of paragraphs) {
    const list = p.numbering ? lists.get(p.numbering.numId) : undefined;
    const levelDef = p.numbering && list ? list.levels.get(p.numbering.level) : undefined;
    if (!p.numbering || !list || !levelDef) {
      if (p.numbering) undefinedLists++;
      lines.push(p.numbering ? `\t${p.text}` : p.text);
      continue;
    }
    const level = p.numbering.level;
    const counts = counters.get(list.abstractId) ?? [];
    counters.set(list.abstractId, counts);
    const restartKey = `${p.numbering.numId}/${level}`;
    const override = list.startOverrides.get(level);
    if (override !== undefined && !restarted.has(restartKey)) {
      restarted.add(restartKey);
      counts[level] = override - 1;
    }
    counts[level] = (counts[level] ?? levelDef.start - 1) + 1;
    counts.length = level + 1; // deeper levels start again under a new parent
    const label = levelDef.text.replace(/%(\d)/g, (_, d: string) => {
      const at = Number(d) - 1;
      const def = list.levels.get(at);
      return formatCounter(counts[at] ?? def?.start ?? 1, def?.format ?? 'decimal') ?? '';
    });
    if (formatCounter(1, levelDef.format) === null || label.trim() === '') {
      lines.push(p.text); // a bullet: no number to give
      continue;
    }
    labelled++;
    lines.push(`${label.trim()}\t${p.text}`);
  }
  return { lines, labelled, undefinedLists };
}
