/**
 * The State under Review's response to a recommendation, in the UN's current wording, and the
 * mapping of the many spellings found in UPR Info exports, OHCHR matrices and older reports.
 *
 * Decisions (documented because importers and statistics depend on them):
 * - "Rejected", "not accepted", "not supported", "does not enjoy the support" → `noted`. Since
 *   the second cycle (HRC decision on the review's modalities, 2011) the UN records every
 *   recommendation a State does not support as "noted"; older texts said "rejected".
 * - "Accepted" (UPR Info), "agreed", "already implemented" → `supported`.
 * - "Supported/Noted", "partially accepted", "accepted in part" → `partially-supported`.
 * - "Accepted in principle" → `no-clear-response`: the State welcomes the aim without committing
 *   to the action, which UPR Info's older database filed under "no clear position".
 * - "General response", "no response", "unclear" → `no-clear-response`.
 * - "Pending", "will be examined", "under consideration", and a BLANK cell → `pending`: OHCHR
 *   matrices leave the position empty until the State's addendum is published, i.e. the response
 *   is still to come. Anything else unrecognised → null, so an importer can report the row.
 */

export const RESPONSES = ['supported', 'noted', 'partially-supported', 'no-clear-response', 'pending'] as const;

export type Response = (typeof RESPONSES)[number];

// Order matters: the first matching rule wins, so compound answers ("not accepted",
// "accepted in part", "supported/noted") are tested before the plain words they contain.
const RULES: readonly (readonly [RegExp, Response])[] = [
  [/^$/, 'pending'],
  [/\b(?:partial(?:ly)?|partly|in part)\b/, 'partially-supported'],
  [
    /\b(?:supported|accepted|agreed) ?[/&+]? ?(?:and )?(?:noted|rejected)\b|\bnoted ?[/&+] ?(?:supported|accepted)\b/,
    'partially-supported',
  ],
  [/\bin principle\b/, 'no-clear-response'],
  [
    /\b(?:not|non|never|un|does not|did not)[ -]?(?:accept(?:ed)?|support(?:ed)?|enjoy)\b|\breject(?:ed|s)?\b|\brefused?\b|\bdeclined?\b/,
    'noted',
  ],
  [
    /\bpending\b|\b(?:will|to) be (?:examined|considered|studied)\b|\bunder (?:consideration|examination|review|study)\b|\bawaiting\b|\bdeferred\b/,
    'pending',
  ],
  [
    /\b(?:no|without)(?: clear)? (?:response|position|answer|reply)\b|\bgeneral (?:response|comment)\b|\bunclear\b|\bnot clear\b/,
    'no-clear-response',
  ],
  [
    /\b(?:support(?:ed|s)?|accept(?:ed|s)?|agreed?|already implemented|being implemented|in (?:the )?process of implementation)\b/,
    'supported',
  ],
  [/\b(?:noted|take[ns]? note|note[sd]? taken|took note)\b/, 'noted'],
  // French, Spanish and Russian matrices (the UN's other working languages NGOs use with us).
  [/^(?:acceptee?s?|appuyee?s?|soutenue?s?|aceptadas?|apoyadas?|поддержан[аоы]?|принят[аоы]?)$/, 'supported'],
  [/^(?:notee?s?|prise? (?:en )?note|anotadas?|tomad[ao]s? nota|принят[аоы]? к сведению)$/, 'noted'],
];

/** `raw` as a normalised response, or null when the wording is not recognised. */
export function normalizeResponse(raw: string): Response | null {
  const text = raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.;:!]+$/g, '')
    // Our own values ("no-clear-response") and spreadsheet spellings ("not_accepted").
    .replace(/[-_\s]+/g, ' ')
    .trim();
  for (const [pattern, response] of RULES) if (pattern.test(text)) return response;
  return null;
}

/** True when `x` is one of RESPONSES. */
export function isResponse(x: unknown): x is Response {
  return typeof x === 'string' && (RESPONSES as readonly string[]).includes(x);
}
