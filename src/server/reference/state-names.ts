/**
 * State names → ISO 3166-1 alpha-3 codes, for imported files that name States instead of
 * coding them (UPR Info's own export says "DPR Korea", "Macedonia FYR", "Trinidad & Tobago";
 * UN documents say "Iran (Islamic Republic of)", "Bolivarian Republic of Venezuela").
 * Known names: the registry's English names, the English alternatives of i18n-iso-countries
 * (unless two States share one, like "Congo"), and data/state-aliases.csv, which wins.
 */
import { z } from 'zod';
import type { StateInfo } from '../../core/upr/calendar.js';
import { englishNames } from './country-names.js';
import { parseCsvTable, ReferenceDataError, sourceSchema } from './csv-table.js';

export const STATE_ALIASES_FILE = 'state-aliases.csv';

export interface StateAlias {
  iso3: string;
  alias: string;
  source: string;
}

export type StateNameResolver = (name: string) => string | null;

/**
 * The comparison form of a State name: case, accents, punctuation, "&" (= "and") and the
 * article "the" do not count, so "Côte d’Ivoire", "Cote d'Ivoire" and "COTE D IVOIRE" are one
 * name, and so are "Gambia (the)" and "The Gambia".
 */
export function normalizeStateName(name: string): string {
  return name
    .replace(/&/g, ' and ')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== 'the')
    .join(' ');
}

const aliasRowSchema = z.object({
  iso3: z.string().regex(/^[A-Z]{3}$/, { message: 'not an ISO 3166-1 alpha-3 code (three capital letters)' }),
  alias: z.string().min(1, { message: 'the alias is empty' }).max(200, { message: 'alias longer than 200 characters' }),
  source: sourceSchema,
});

/** Parses data/state-aliases.csv; every code must be a known State, and no alias may name two States. */
export function parseStateAliasesCsv(text: string, knownIso3: Iterable<string>, file: string = STATE_ALIASES_FILE): StateAlias[] {
  const known = new Set(knownIso3);
  const seen = new Map<string, { iso3: string; line: number }>();
  return parseCsvTable(file, text, aliasRowSchema).map(({ line, value }) => {
    if (!known.has(value.iso3)) throw new ReferenceDataError(file, line, `${value.iso3} is not in states.csv`);
    const key = normalizeStateName(value.alias);
    if (!key) throw new ReferenceDataError(file, line, `alias "${value.alias}" has no letters`);
    const previous = seen.get(key);
    if (previous && previous.iso3 !== value.iso3) {
      throw new ReferenceDataError(file, line, `alias "${value.alias}" already names ${previous.iso3} on line ${previous.line}`);
    }
    seen.set(key, { iso3: value.iso3, line });
    return value;
  });
}

/** A resolver from any known spelling of a State's name (or its ISO3 code) to the ISO3 code. */
export function createStateNameResolver(states: readonly StateInfo[], aliases: readonly StateAlias[]): StateNameResolver {
  const codes = new Set(states.map((s) => s.iso3));
  const byName = new Map<string, string>();
  const ambiguous = new Set<string>();
  const add = (name: string, iso3: string) => {
    const key = normalizeStateName(name);
    if (!key || ambiguous.has(key)) return;
    const existing = byName.get(key);
    if (existing === undefined) byName.set(key, iso3);
    else if (existing !== iso3) {
      byName.delete(key);
      ambiguous.add(key);
    }
  };
  for (const state of states) {
    add(state.names.en, state.iso3);
    for (const name of englishNames(state.iso2)) add(name, state.iso3);
  }
  // The project's own list is authoritative, also over names the package gives two States.
  for (const alias of aliases) byName.set(normalizeStateName(alias.alias), alias.iso3);
  return (name) => {
    const trimmed = name.trim();
    if (/^[A-Za-z]{3}$/.test(trimmed) && codes.has(trimmed.toUpperCase())) return trimmed.toUpperCase();
    return byName.get(normalizeStateName(trimmed)) ?? null;
  };
}
