/**
 * Country names in the six UN languages, from the maintained `i18n-iso-countries` package (never
 * a hand-made table). The package's first name for a code is used, except where it is a list form
 * that reads badly in a sentence ("Moldova, Republic of", "Holy See (Vatican City State)", "КНР
 * (Китайская Народная Республика)") or lacks diacritics ("Cote d'Ivoire"): then the common short
 * name below, mostly one of the package's own alternatives.
 */
import { createRequire } from 'node:module';
import countries, { type LocaleData } from 'i18n-iso-countries';

export const NAME_LANGUAGES = ['en', 'ru', 'fr', 'es', 'ar', 'zh'] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];

/** Display choices where the package's first name is not the natural short name (keyed by ISO2). */
const SHORT_NAMES: Partial<Record<NameLanguage, Record<string, string>>> = {
  en: {
    CI: "Côte d'Ivoire",
    CN: 'China',
    CZ: 'Czechia',
    FM: 'Micronesia',
    GM: 'Gambia',
    IR: 'Iran',
    LA: 'Laos',
    MD: 'Moldova',
    MK: 'North Macedonia',
    TZ: 'Tanzania',
    VA: 'Holy See',
  },
  ru: {
    CN: 'Китай',
    KP: 'КНДР',
  },
  fr: { VA: 'Saint-Siège' },
  es: { CD: 'República Democrática del Congo' },
};

let registered = false;

function registerLocales(): void {
  if (registered) return;
  // JSON import attributes are not handled the same way by tsx, vitest and tsc; require is.
  const require = createRequire(import.meta.url);
  for (const language of NAME_LANGUAGES) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${language}.json`) as LocaleData);
  }
  registered = true;
}

export type StateNames = { en: string; ru: string } & Record<NameLanguage, string>;

/** Names of the country with this ISO 3166-1 alpha-2 code, or null when the package lacks one. */
export function countryNames(iso2: string): StateNames | null {
  registerLocales();
  const names: Partial<Record<NameLanguage, string>> = {};
  for (const language of NAME_LANGUAGES) {
    const name = SHORT_NAMES[language]?.[iso2] ?? countries.getName(iso2, language);
    if (!name) return null;
    names[language] = name;
  }
  return names as StateNames;
}

/** The ISO 3166-1 alpha-2 code the package gives for an alpha-3 code (undefined when unknown). */
export function alpha3ToAlpha2(iso3: string): string | undefined {
  return countries.alpha3ToAlpha2(iso3);
}

/** Every English name the package knows for this ISO2 code (official and common forms). */
export function englishNames(iso2: string): string[] {
  registerLocales();
  const names = countries.getName(iso2, 'en', { select: 'all' }) as string[] | undefined;
  return names ?? [];
}
