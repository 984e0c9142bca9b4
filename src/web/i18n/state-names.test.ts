import countries from 'i18n-iso-countries';
import enNames from 'i18n-iso-countries/langs/en.json';
import ruNames from 'i18n-iso-countries/langs/ru.json';
import { describe, expect, it } from 'vitest';
import { STATE_NAME_CODES, stateNameOf } from './state-names.js';

// The reference list of States (web code reads no files: Vite's raw import).
const statesCsv =
  Object.values(import.meta.glob<string>('../../../data/states.csv', { query: '?raw', import: 'default', eager: true }))[0] ?? '';
const rows = statesCsv
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','));

countries.registerLocale(enNames);
countries.registerLocale(ruNames);

/** Every name the maintained package knows for a country (its first name and alternatives), in lower case. */
function knownNames(iso2: string, language: 'en' | 'ru'): string[] {
  const all = countries.getNames(language, { select: 'all' }) as Record<string, string[]>;
  return (all[iso2] ?? []).map((n) => n.toLowerCase());
}

describe('client-side State names', () => {
  it('has exactly the States of data/states.csv', () => {
    expect(rows.length).toBeGreaterThan(190);
    expect([...STATE_NAME_CODES].sort()).toEqual(rows.map((r) => r[0]).sort());
  });

  it('takes every name from i18n-iso-countries, like the server (short forms where the package lists one)', () => {
    // The server's chosen short names that the package does not list (country-names.ts).
    const ownShortNames = new Set(['Holy See', 'КНДР', 'Китай', 'China', 'Czechia', "Côte d'Ivoire", 'Micronesia', 'Laos', 'Moldova']);
    const unknown: string[] = [];
    for (const [iso3, iso2 = ''] of rows) {
      for (const language of ['en', 'ru'] as const) {
        const name = stateNameOf(iso3 ?? '', language);
        if (!ownShortNames.has(name) && !knownNames(iso2, language).includes(name.toLowerCase()))
          unknown.push(`${iso3} ${language} ${name}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('falls back to English for other languages and to the code for unknown States', () => {
    expect(stateNameOf('kaz', 'fr')).toBe('Kazakhstan');
    expect(stateNameOf('kaz', 'ru')).toBe('Казахстан');
    expect(stateNameOf('XXX', 'en')).toBe('XXX');
  });
});
