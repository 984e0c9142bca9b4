/**
 * data/states.csv: UN Member and observer States with their regional group and EU membership.
 * Names are not in the file; they come from i18n-iso-countries (see country-names.ts).
 */
import { z } from 'zod';
import { REGIONAL_GROUPS, type StateInfo } from '../../core/upr/calendar.js';
import { alpha3ToAlpha2, countryNames } from './country-names.js';
import { parseCsvTable, ReferenceDataError, sourceSchema } from './csv-table.js';

export const STATES_FILE = 'states.csv';

const stateRowSchema = z
  .object({
    iso3: z.string().regex(/^[A-Z]{3}$/, { message: 'not an ISO 3166-1 alpha-3 code (three capital letters)' }),
    // Namibia is "NA": the value is always a string, never read as "missing".
    iso2: z.string().regex(/^[A-Z]{2}$/, { message: 'not an ISO 3166-1 alpha-2 code (two capital letters)' }),
    un_status: z.enum(['member', 'observer']),
    regional_group: z.union([z.enum(REGIONAL_GROUPS), z.literal('')], {
      message: `not a UN regional group (one of ${REGIONAL_GROUPS.join(', ')}; empty only for observers)`,
    }),
    eu_member: z.enum(['yes', 'no']),
    source: sourceSchema,
  })
  .refine((row) => row.un_status === 'observer' || row.regional_group !== '', {
    message: 'a UN Member State needs a regional group',
  });

export function parseStatesCsv(text: string, file: string = STATES_FILE): StateInfo[] {
  const rows = parseCsvTable(file, text, stateRowSchema);
  const seen = new Map<string, number>();
  const states = rows.map(({ line, value: row }): StateInfo => {
    const previous = seen.get(row.iso3);
    if (previous !== undefined) throw new ReferenceDataError(file, line, `${row.iso3} is already listed on line ${previous}`);
    seen.set(row.iso3, line);
    const expectedIso2 = alpha3ToAlpha2(row.iso3);
    if (expectedIso2 === undefined) throw new ReferenceDataError(file, line, `${row.iso3} is not an ISO 3166-1 country code`);
    if (expectedIso2 !== row.iso2) {
      throw new ReferenceDataError(file, line, `iso2 "${row.iso2}" does not match ${row.iso3} (ISO 3166-1 gives "${expectedIso2}")`);
    }
    const names = countryNames(row.iso2);
    if (!names) throw new ReferenceDataError(file, line, `no country names for ${row.iso2} in i18n-iso-countries`);
    return {
      iso3: row.iso3,
      iso2: row.iso2,
      unStatus: row.un_status,
      regionalGroup: row.regional_group === '' ? null : row.regional_group,
      euMember: row.eu_member === 'yes',
      names,
    };
  });
  if (states.length === 0) throw new ReferenceDataError(file, null, 'no States listed');
  return states;
}
