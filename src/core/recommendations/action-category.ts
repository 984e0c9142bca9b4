/**
 * Estimates the action category (1–5) of a recommendation, following UPR Info's coding rules
 * ("Database – Action category", October 2014; E. McMahon's scale):
 *   1 minimal (addressed to other States, or asking the SuR to seek assistance / share
 *     information), 2 continuing, 3 considering, 4 general, 5 specific action.
 * The category follows the recommendation's leading verb. When it starts with two verbs joined
 * by "and", the second counts ("Continue and strengthen" → 4). "Continue to strengthen" is
 * NOT two verbs: in the UPR Info data "Continue to X" is coded 2 in 93% of rows, while
 * "Continue and X" is coded like X (e.g. "continue and strengthen": 54 of 55 rows → 4).
 * UPR Info's verb list is extended with the verbs most often leading recommendations in its
 * sessions 1–20 data, each put in the category the data gives it most often.
 * Agreement with UPR Info's hand coding of all 41,066 recommendations of sessions 1–20: 88.2%
 * (see the test). The rest is mostly 4 vs 5, where the data itself is split for the same
 * wording ("Adopt a national …": 46 rows coded 5, 18 coded 4).
 */
import { stem, words } from './tokenize.js';

export type ActionCategory = 1 | 2 | 3 | 4 | 5;

export interface ActionEstimate {
  category: ActionCategory;
  /** The verb the category comes from (base form), or null when none was recognised. */
  verb: string | null;
  reason: 'first-verb' | 'second-verb' | 'non-sur' | 'default';
}

// UPR Info's own verbs first on each line, then verbs added from the data, each listed once
// (where the data splits, e.g. "provide" 4 vs 5, the majority category is used).
// Space-separated lists keep this table compact and readable.
const list = (verbs: string): string[] => verbs.split(' ');

export const ACTION_VERBS: Readonly<Record<ActionCategory, readonly string[]>> = {
  1: list('call seek share request appeal ask solicit avail exchange'),
  2: list('continue maintain persevere persist pursue keep sustain preserve remain'),
  3: list(
    'analyse consider envisage envision examine explore reflect revise review study analyze reconsider assess ' +
      'evaluate contemplate look think weigh discuss',
  ),
  4: list(
    'accelerate address encourage engage ensure guarantee intensify promote speed strengthen take increase improve ' +
      'enhance reinforce redouble make provide work respect cooperate expedite pay allocate follow facilitate combat ' +
      'prioritize prioritise expand comply support prevent protect step give put fight tackle endeavour endeavor ' +
      'strive foster uphold fulfil fulfill consolidate deepen broaden bolster focus reduce collaborate involve scale ' +
      'do enable empower help assist monitor mobilize mobilise try aim attach',
  ),
  5: list(
    'conduct develop eliminate establish investigate undertake abolish accede adopt amend implement enforce ratify ' +
      'sign extend enact repeal issue withdraw complete bring incorporate become decriminalize decriminalise set ' +
      'remove prohibit submit reform invite finalize finalise lift accept harmonize harmonise respond release adhere ' +
      'grant launch pass integrate elaborate modify criminalize criminalise ban revoke prosecute publish designate ' +
      'appoint recognize recognise draft define legislate outlaw carry include allow end create introduce apply align ' +
      'raise formulate commute stop cease close restore reinstate permit punish train translate organize organise ' +
      'hold dedicate fund offer register return suspend annul transpose codify confer reinstitute redraft',
  ),
};

// Nouns that open recommendations in the older reports ("The establishment of …").
const NOUNS: Readonly<Record<string, string>> = {
  establishment: 'establish',
  adoption: 'adopt',
  creation: 'create',
  removal: 'remove',
  accession: 'accede',
  abolition: 'abolish',
  revision: 'revise',
  withdrawal: 'withdraw',
};

interface KnownVerb {
  verb: string;
  category: ActionCategory;
}

const VERB_BY_STEM: ReadonlyMap<string, KnownVerb> = (() => {
  const map = new Map<string, KnownVerb>();
  for (const category of [1, 2, 3, 4, 5] as const) for (const verb of ACTION_VERBS[category]) map.set(stem(verb), { verb, category });
  for (const [noun, verb] of Object.entries(NOUNS)) {
    const known = map.get(stem(verb));
    if (known) map.set(stem(noun), known);
  }
  return map;
})();

// Words that may precede the verb without being it: report phrasing ("Recommended that the
// Government should …") and adverbs ("Further strengthen", "Fully implement").
const FILLERS: ReadonlySet<string> = new Set(
  list(
    'recommend recommends recommended recommendation recommending urges calls that the government state authorities ' +
      'should it its to be also further furthermore please all continuously swiftly as soon possible',
  ),
);

// 5-verbs whose object is "measures/steps/efforts" are general actions ("Adopt measures to …",
// coded 4 in 95% of rows), unless the measures are legislative (coded 5).
const GENERIC_OBJECTS =
  /^(?:(?:all|the|further|necessary|effective|appropriate|additional|concrete|urgent|adequate|more|new|relevant|specific|practical|other|its|such|possible|comprehensive|targeted)\s+)*(?:measures|steps|efforts|actions?|initiatives)\b/;

// Addressed to others than the State under Review: "Call on the international community …",
// "That the international community provide …", "Recommended that Mali be provided with …".
const NON_SUR_SUBJECT =
  /^(?:(?:recommends?|recommended|that|urges?|calls? (?:up)?on|appeals? to)\s+)*(?:the\s+)?(?:international community|donors?|development partners|(?:all\s+|other\s+|member\s+)?states|other countries|the united nations|ohchr)\b/;
const PROVIDED_WITH_ASSISTANCE = /\bbe (?:provided|given|granted|supported) with\b.*\b(?:assistance|support|cooperation|resources)\b/;

function lookupVerb(word: string): KnownVerb | undefined {
  return VERB_BY_STEM.get(stem(word));
}

const isAdverb = (w: string) => w.endsWith('ly') && !lookupVerb(w);

/** UPR Info action category of a recommendation text, with the verb and rule that decided it. */
export function estimateActionCategory(text: string): ActionEstimate {
  const ws = words(text);
  const joined = ws.join(' ');
  if (NON_SUR_SUBJECT.test(joined) || PROVIDED_WITH_ASSISTANCE.test(joined)) {
    return { category: 1, verb: null, reason: 'non-sur' };
  }
  // Find the leading verb: skip fillers and adverbs; if the opening is a phrase such as
  // "In line with …, adopt …", take the first verb in the first dozen words instead.
  let i = 0;
  while (i < ws.length && (FILLERS.has(ws[i] as string) || isAdverb(ws[i] as string))) i += 1;
  if (!lookupVerb(ws[i] ?? '')) {
    const next = ws.slice(i, i + 12).findIndex((w) => lookupVerb(w) !== undefined);
    if (next < 0) return { category: 4, verb: null, reason: 'default' };
    i += next;
  }
  const first = lookupVerb(ws[i] as string) as KnownVerb;
  // Two verbs: "Continue and (further) strengthen" — the second counts.
  let j = i + 1;
  if (first.verb === 'step' || first.verb === 'speed' || first.verb === 'scale' || first.verb === 'follow') j += ws[j] === 'up' ? 1 : 0;
  if (ws[j] === 'and') {
    let k = j + 1;
    while (k < ws.length && (isAdverb(ws[k] as string) || ws[k] === 'further' || ws[k] === 'to')) k += 1;
    const second = lookupVerb(ws[k] ?? '');
    if (second) return refine(second, ws.slice(k + 1), 'second-verb');
  }
  return refine(first, ws.slice(i + 1), 'first-verb');
}

const EXAMPLE = /\bby (\w+ing)\b/;

function refine(found: KnownVerb, rest: string[], reason: ActionEstimate['reason']): ActionEstimate {
  const after = rest.slice(0, 8).join(' ');
  let category = found.category;
  if (category === 5 && GENERIC_OBJECTS.test(after) && !/\blegislative\b/.test(after)) category = 4;
  // "Seek to …" is an effort (coded 4), not a request for help.
  if (found.verb === 'seek' && rest[0] === 'to') category = 4;
  // UPR Info: "a general action followed by specific examples" is specific ("Strengthen X,
  // including by adopting Y" → 5). Measured on sessions 1–20 this raises agreement by 0.4 points.
  if (category === 2 || category === 4) {
    const example = lookupVerb(EXAMPLE.exec(rest.join(' '))?.[1] ?? '');
    if (example?.category === 5) category = 5;
  }
  // "Give consideration / continuity to" take the category of the noun.
  if (found.verb === 'give') {
    if (/^(?:\w+\s+)?consideration\b/.test(after)) category = 3;
    else if (/^continuity\b/.test(after)) category = 2;
  }
  return { category, verb: found.verb, reason };
}
