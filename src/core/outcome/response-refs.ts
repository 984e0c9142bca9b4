/**
 * Paragraph references in a State's addendum (Add.1): "140.7", ranges "122.17-18", "122.14– 15",
 * "122.1-122.5", "140.1 to 140.6", and bare continuations "140.82-85, 87". Typists' slips are
 * read where only one reading fits: "122.6266" (a lost dash) is 122.62–66 when 6266 cannot be a
 * paragraph of the report; anything else unreadable is reported, never guessed.
 */

export interface RefToken {
  major: number;
  from: number;
  to: number;
  /** Offsets in the text searched. */
  start: number;
  end: number;
  raw: string;
  /** Set when the numbers were read by splitting a run of digits ("6266" → 62–66). */
  guessed: boolean;
  /** Set when no reading fits: the token names no paragraph. */
  unreadable: boolean;
}

// Not preceded by a digit or dot (so "12.11.2019" yields nothing), not followed by ".digit".
const REF = /(?<![\d.])(\d{1,3})\.(\d{1,7})(?:\s*(?:[-–—‑]|to|through)\s*(?:(\d{1,3})\.)?(\d{1,7}))?(?![\d]|\.\d)/g;
// ", 87" or ", 87-89" after a reference: the same major.
const BARE = /^\s*,\s*(\d{1,3})(?:\s*[-–—‑]\s*(\d{1,3}))?(?![\d.])/;

/** Recommendation paragraphs of one report never reach a thousand. */
const MAX_PLAUSIBLE = 999;

function rawTokens(text: string): RefToken[] {
  const tokens: RefToken[] = [];
  for (const m of text.matchAll(REF)) {
    const major = Number(m[1]);
    if (m[3] !== undefined && Number(m[3]) !== major) continue; // "140.5-141.2" names two lists: not a range we read
    const from = Number(m[2]);
    const to = m[4] === undefined ? from : Number(m[4]);
    const start = m.index;
    let end = start + m[0].length;
    tokens.push({ major, from, to, start, end, raw: m[0], guessed: false, unreadable: false });
    // Bare continuations directly after the reference.
    for (let rest = text.slice(end), b = BARE.exec(rest); b; rest = text.slice(end), b = BARE.exec(rest)) {
      const bFrom = Number(b[1]);
      const bTo = b[2] === undefined ? bFrom : Number(b[2]);
      const bStart = end + b[0].indexOf(b[1]!);
      end += b[0].length;
      tokens.push({ major, from: bFrom, to: bTo, start: bStart, end, raw: text.slice(bStart, end), guessed: false, unreadable: false });
    }
  }
  return tokens;
}

/** The one split of a digit run into an ascending range within `max`, or null ("6266", 157 → [62, 66]). */
export function splitDigitRun(digits: string, max: number): [number, number] | null {
  const candidates: [number, number][] = [];
  for (let k = 1; k < digits.length; k++) {
    const right = digits.slice(k);
    if (right.startsWith('0')) continue;
    const a = Number(digits.slice(0, k));
    const b = Number(right);
    if (a >= 1 && a < b && b <= max) candidates.push([a, b]);
  }
  return candidates.length === 1 ? candidates[0]! : null;
}

/**
 * All references of `text`, ranges as written. `maxByMajor` gives the highest paragraph of
 * each list when the report is known; otherwise the highest plausible number seen is used.
 */
export function findReferences(text: string, maxByMajor: ReadonlyMap<number, number> = new Map()): RefToken[] {
  const tokens = rawTokens(text);
  const seenMax = new Map<number, number>();
  for (const t of tokens) {
    for (const n of [t.from, t.to]) if (n <= MAX_PLAUSIBLE) seenMax.set(t.major, Math.max(seenMax.get(t.major) ?? 0, n));
  }
  for (const t of tokens) {
    const max = maxByMajor.get(t.major) ?? seenMax.get(t.major) ?? MAX_PLAUSIBLE;
    const suspicious = (n: number) => n > MAX_PLAUSIBLE || n > max;
    // Only a run of four digits or more is split: "140.999" in a report of 254 is a slip we do not guess.
    if (t.from === t.to && t.from > MAX_PLAUSIBLE) {
      const split = splitDigitRun(String(t.from), Math.min(max, MAX_PLAUSIBLE));
      if (split) [t.from, t.to, t.guessed] = [split[0], split[1], true];
      else t.unreadable = true;
    } else if (suspicious(t.from) || suspicious(t.to) || t.to < t.from) {
      t.unreadable = true;
    }
  }
  return tokens;
}

/** The paragraphs a token names ("140.82-85" → 140.82 … 140.85). */
export function expandReference(token: RefToken): string[] {
  if (token.unreadable) return [];
  const out: string[] = [];
  for (let n = token.from; n <= token.to; n++) out.push(`${token.major}.${n}`);
  return out;
}
