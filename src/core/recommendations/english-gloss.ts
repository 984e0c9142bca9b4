/**
 * Makes a Russian text comparable with English UPR recommendations: the words the glossary
 * knows become their English UPR wording, Latin words and numbers (CEDAW, OP-CAT, 1992) stay,
 * everything else is dropped. The result is not a translation, only the terms that the English
 * tokenizer, the issue suggester and the similarity ranking can work with.
 */
import { foldRussian, RUSSIAN_GLOSSARY, type GlossaryEntry } from './russian-glossary.js';

// Function words that may stand between the words of a glossary phrase ("насилие в семье").
const RUSSIAN_STOPWORDS: ReadonlySet<string> = new Set(
  'в во на с со о об обо к ко для от из за по при до у и или а но что как не ни его ее их все всех всем этот эти это тот те которые который которых его также'.split(
    ' ',
  ),
);

const CYRILLIC = /[а-яё]/gi;
const LATIN = /[a-z]/gi;

/** True when the text has more Cyrillic than Latin letters. */
export function isMostlyCyrillic(text: string): boolean {
  return (text.match(CYRILLIC)?.length ?? 0) > (text.match(LATIN)?.length ?? 0);
}

// Longest phrases first, then longest first stem, so the most specific entry wins.
const ENTRIES: readonly GlossaryEntry[] = [...RUSSIAN_GLOSSARY].sort(
  (a, b) => b.stems.length - a.stems.length || b.stems.join(' ').length - a.stems.join(' ').length,
);

function matchesAt(words: readonly string[], at: number, entry: GlossaryEntry): boolean {
  return entry.stems.every((stem, k) => words[at + k]?.startsWith(stem) ?? false);
}

/** The English terms of a Russian text (see the file comment); Latin words pass through. */
export function glossRussian(text: string): string {
  const words = foldRussian(text)
    .split(/[^a-zа-я0-9-]+/)
    .filter((w) => w.length > 0 && !RUSSIAN_STOPWORDS.has(w));
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    if (!/[а-я]/.test(word)) {
      out.push(word);
      i += 1;
      continue;
    }
    const entry = ENTRIES.find((e) => matchesAt(words, i, e));
    if (entry) out.push(entry.english);
    i += entry ? entry.stems.length : 1;
  }
  return out.join(' ');
}

/** The text itself when it is English (or any Latin script), its English terms when it is Russian. */
export function comparableEnglish(text: string): string {
  return isMostlyCyrillic(text) ? glossRussian(text) : text;
}
