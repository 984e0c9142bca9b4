/**
 * The recommendation cell of an OHCHR matrix ("thematic list of recommendations"), e.g.
 *   "121.1 Ratify the International Convention … (France) (Lithuania);
 *    Source of Position: A/HRC/43/15 - Para 121"
 * sometimes with "Source of recommendation: A/HRC/43/15 - Para. 128.5" and "Position: Supported"
 * lines. The paragraph number (the recommendation's label in the Working Group report) leads the
 * text; the recommending States close each sentence in brackets, in several spellings:
 * "(Portugal, Slovakia);", "(France) (Lithuania);", "(Chile); (Estonia);", and a State name may
 * hold brackets itself: "(Bolivia (Plurinational State of))".
 */

export interface MatrixCell {
  /** "121.1"; null when neither the text nor a source line gives it. */
  paragraph: string | null;
  /** The recommendation as OHCHR prints it, the recommending States' brackets included. */
  text: string;
  /** Recommending States as written (resolved to codes later, where unknown names are reported). */
  states: string[];
  /** A "Position: …" line of the cell, if any. */
  position: string | null;
  /** The Working Group report the recommendation comes from (A/HRC/43/15), without "/Add.1". */
  report: string | null;
}

const SOURCE_LINE = /^source of (position|recommendation)\s*:?\s*(.*)$/i;
const POSITION_LINE = /^position\s*:\s*(.*)$/i;
const LEADING_PARAGRAPH = /^(\d{1,3}(?:\.\d{1,3})+)\.?(?:\s+|$)/;
const PARAGRAPH_IN_SOURCE = /\bpara(?:graph)?s?\.?\s*(\d{1,3}(?:\.\d{1,3})+)/i;
/** Symbols of Human Rights Council documents; a Working Group report's addendum (/Add.1) holds the State's answers. */
export const REPORT_SYMBOL = /\bA\/HRC\/(\d{1,2})\/(\d{1,3})\b/i;

export type ResolveState = (name: string) => string | null;

interface Group {
  start: number;
  end: number;
  inner: string;
}

/** Top-level bracket groups, nested brackets kept inside ("Bolivia (Plurinational State of)"). */
function bracketGroups(text: string): Group[] {
  const groups: Group[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') {
      if (depth === 0) start = i;
      depth++;
    } else if (text[i] === ')' && depth > 0) {
      depth--;
      if (depth === 0) groups.push({ start, end: i + 1, inner: text.slice(start + 1, i).trim() });
    }
  }
  return groups;
}

/** The States a bracket names, or null when it is not a list of known States. */
function namesIn(inner: string, resolve: ResolveState): string[] | null {
  if (resolve(inner)) return [inner];
  const names: string[] = [];
  for (const part of inner.split(/\s*[,;]\s*/).filter(Boolean)) {
    if (resolve(part)) names.push(part);
    else {
      // "Chile and Uruguay" — but "Trinidad and Tobago" resolved whole above.
      const halves = part.split(/\s+and\s+/);
      if (halves.length < 2 || !halves.every((h) => resolve(h))) return null;
      names.push(...halves);
    }
  }
  return names.length > 0 ? names : null;
}

/**
 * Recommending States: brackets standing right before a ";", a "." or the end of the text, alone
 * or in a run ("(the Paris Principles) (Niger);"). A bracket counts when it names known States;
 * the very last one of the text always counts, so that a misspelt State is reported by name
 * instead of silently leaving the recommendation without its author.
 */
export function recommendingStates(text: string, resolve: ResolveState): string[] {
  const groups = bracketGroups(text);
  const states: string[] = [];
  for (let i = 0; i < groups.length; i++) {
    const next = groups[i + 1];
    if (next && /^\s*$/.test(text.slice(groups[i]!.end, next.start))) continue; // inside a run: handled at its end
    const tail = text.slice(groups[i]!.end);
    if (!/^\s*(?:[;.]|$)/.test(tail)) continue;
    let first = i;
    while (first > 0 && /^\s*$/.test(text.slice(groups[first - 1]!.end, groups[first]!.start))) first--;
    const last = /^\s*[;.]?\s*$/.test(tail);
    for (let g = first; g <= i; g++) {
      const names = namesIn(groups[g]!.inner, resolve);
      if (names) states.push(...names);
      else if (last && g === i && groups[g]!.inner !== '') states.push(groups[g]!.inner);
    }
  }
  return [...new Set(states)];
}

/** The report symbol in a source line, without the addendum: "A/HRC/43/15/Add.1 - Para.5" → "A/HRC/43/15". */
export function reportOf(source: string): string | null {
  const match = REPORT_SYMBOL.exec(source);
  return match ? `A/HRC/${match[1]}/${match[2]}` : null;
}

/** Reads one recommendation cell (paragraphs joined by "\n"). */
export function parseMatrixCell(cellText: string, resolve: ResolveState): MatrixCell {
  // "Source of …" may follow the text in the same paragraph: start a line there.
  const lines = cellText.replace(/\s*(source of (?:position|recommendation)\s*:)/gi, '\n$1').split('\n').map((l) => l.trim());
  const textLines: string[] = [];
  let positionSource: string | null = null;
  let recommendationSource: string | null = null;
  let position: string | null = null;
  for (const line of lines) {
    const source = SOURCE_LINE.exec(line);
    const positionLine = POSITION_LINE.exec(line);
    if (source) {
      if (source[1]!.toLowerCase() === 'position') positionSource = source[2]!;
      else recommendationSource = source[2]!;
    } else if (positionLine) position = positionLine[1]!.trim();
    else if (line !== '') textLines.push(line);
  }
  let text = textLines.join(' ').replace(/\s+/g, ' ').trim();
  let paragraph: string | null = null;
  const leading = LEADING_PARAGRAPH.exec(text);
  if (leading) {
    paragraph = leading[1]!;
    text = text.slice(leading[0].length).trim();
  } else if (recommendationSource) {
    paragraph = PARAGRAPH_IN_SOURCE.exec(recommendationSource)?.[1] ?? null;
  }
  const report = reportOf(recommendationSource ?? '') ?? reportOf(positionSource ?? '');
  return { paragraph, text, states: recommendingStates(text, resolve), position, report };
}
