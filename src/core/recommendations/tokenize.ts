/**
 * Tokenizer and light stemmer for English UPR recommendation texts, shared by the issue
 * suggester and the similarity ranking so that both agree on what "the same word" is.
 * Deliberately small: UPR prose is formulaic, and a predictable stemmer is easier to explain
 * than Porter's (ratify / ratifies / ratified / ratifying / ratification → "ratifi").
 */

// Function words plus the boilerplate of almost every recommendation ("take measures to
// ensure…"), which would otherwise make every pair of recommendations look alike.
const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been being but by can could do does for from had has have he her his how i if in into is ' +
    'it its itself may more most must no nor not of on or other our over own same shall she should so some such ' +
    'than that the their theirs them then there these they this those through to too under until up upon very was ' +
    'we were what when where which while who whom why will with within without would you your also any all each ' +
    'both either further well including particular particularly among'
  ).split(' '),
);

// Plurals and forms the suffix rules cannot reach.
const IRREGULAR: Readonly<Record<string, string>> = {
  children: 'child',
  women: 'woman',
  men: 'man',
  people: 'person',
  persons: 'person',
  peoples: 'people',
  lives: 'life',
  wives: 'wife',
};

/** Lowercase, accent-free text with the recommending States' bracketed suffix removed. */
export function normalizeText(text: string): string {
  return stripRecommendingStates(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'");
}

/**
 * OHCHR matrices end each recommendation with its sponsors: "… disabilities (France, Chile);".
 * An all-capitals bracket at the end is an acronym ("(OP-CAT)") and stays.
 */
export function stripRecommendingStates(text: string): string {
  const match = /\s*\(([^()]*)\)\s*[;.]?\s*$/.exec(text);
  if (!match || !/[a-z]/.test(match[1] ?? '')) return text;
  return text.slice(0, match.index);
}

/** Light suffix stemmer; only the rules English UPR texts need. */
export function stem(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  let w = word;
  // Plurals and verb -s.
  if (w.length > 4 && /ies$/.test(w)) w = w.slice(0, -3) + 'y';
  else if (/sses$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && /[^su'i]s$/.test(w)) w = w.slice(0, -1);
  // -ification before -ation so that "ratification" meets "ratify".
  if (w.length > 9 && w.endsWith('ification')) w = w.slice(0, -9) + 'ify';
  else if (w.length > 5 && /ied$/.test(w)) w = w.slice(0, -3) + 'y';
  else if (w.length > 6 && /ying$/.test(w)) w = w.slice(0, -4) + 'y';
  else if (/(ation|atory|ator)$/.test(w) && w.replace(/(ation|atory|ator)$/, '').length >= 4) w = w.replace(/(ation|atory|ator)$/, '');
  else if (/ate$/.test(w) && w.length - 3 >= 4) w = w.slice(0, -3);
  else if (/ing$/.test(w) && w.length - 3 >= 3 && /[aeiouy]/.test(w.slice(0, -3))) w = w.slice(0, -3);
  else if (/ed$/.test(w) && w.length - 2 >= 3 && /[aeiouy]/.test(w.slice(0, -2))) w = w.slice(0, -2);
  else if (/ly$/.test(w) && w.length - 2 >= 4) w = w.slice(0, -2);
  // Final -e and -y differ between forms of one word (ensure/ensuring, body/bodies).
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 2 && w.endsWith('y')) w = w.slice(0, -1) + 'i';
  // Doubled consonants left by -ing/-ed ("committed" → "committ").
  if (w.length > 4 && /([bdfgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Words of the text in order (lowercased, possessive "'s" removed), before stemming. */
export function words(text: string): string[] {
  return normalizeText(text)
    .replace(/'s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Stemmed content words of the text in order, stopwords and one-letter tokens removed. */
export function tokenize(text: string): string[] {
  return words(text)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w))
    .map(stem);
}
