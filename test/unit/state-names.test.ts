import { gunzipSync } from 'node:zlib';
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../src/server/reference/load-reference-data.js';
import { createStateNameResolver, normalizeStateName, parseStateAliasesCsv } from '../../src/server/reference/state-names.js';
import { createStateRegistry } from '../../src/server/reference/state-registry.js';
import { sharedDataFile } from '../shared-data.js';

const data = loadReferenceData();
const registry = createStateRegistry(data.states, data.stateAliases);
const countriesFile = sharedDataFile('countries/un_member_and_observer_states.csv');
const uprInfoFile = sharedDataFile('upr_info_sessions01-20/upr_recommendations_sessions01-20.csv.gz');

describe('State names → ISO3', () => {
  it('ignores case, accents, punctuation, "&" and "the"', () => {
    expect(normalizeStateName("  Côte d’Ivoire ")).toBe(normalizeStateName("COTE D'IVOIRE"));
    expect(normalizeStateName('Trinidad & Tobago')).toBe('trinidad and tobago');
    expect(normalizeStateName('Gambia (the)')).toBe(normalizeStateName('The Gambia'));
    for (const [name, iso3] of [
      ['Trinidad & Tobago', 'TTO'], ['Macedonia FYR', 'MKD'], ['DPR Korea', 'PRK'], ["Cote d'Ivoire", 'CIV'], ['Swaziland', 'SWZ'],
      ['Turkey', 'TUR'], ['Türkiye', 'TUR'], ['Holy See', 'VAT'], ['Palestine', 'PSE'], ['State of Palestine', 'PSE'],
      ['Iran (Islamic Republic of)', 'IRN'], ['Bolivarian Republic of Venezuela', 'VEN'], ['Venezuela (Bolivarian Republic of)', 'VEN'],
      ['United Kingdom of Great Britain and Northern Ireland', 'GBR'], ['Bolivia (Plurinational State of)', 'BOL'],
      ['Republic of Korea', 'KOR'], ["Democratic People's Republic of Korea", 'PRK'], ['Russian Federation', 'RUS'],
      ['United States of America', 'USA'], ['Syrian Arab Republic', 'SYR'], ["Lao People's Democratic Republic", 'LAO'],
      ['Republic of Moldova', 'MDA'], ['United Republic of Tanzania', 'TZA'], ['Micronesia (Federated States of)', 'FSM'],
      ['Netherlands (Kingdom of the)', 'NLD'], ['Republic of Congo', 'COG'], ['Democratic Republic of the Congo', 'COD'],
      ['kaz', 'KAZ'],
    ] as const) {
      expect(registry.resolve(name), name).toBe(iso3);
    }
    expect(registry.resolve('Atlantis')).toBeNull();
    expect(registry.resolve('(Unknown)')).toBeNull();
    // Two States share "Congo" in i18n-iso-countries; only the UNTERM alias decides.
    expect(createStateNameResolver(data.states, [])('Congo')).toBeNull();
    expect(registry.resolve('Congo')).toBe('COG');
  });

  it('refuses an alias file naming one spelling for two States, or an unknown code', () => {
    const known = data.states.map((s) => s.iso3);
    expect(() => parseStateAliasesCsv('iso3,alias,source\nCOG,Congo,x\nCOD,the Congo,y\n', known)).toThrow(/line 3: alias "the Congo" already names COG on line 2/);
    expect(() => parseStateAliasesCsv('iso3,alias,source\nXXK,Kosovo,x\n', known)).toThrow(/line 2: XXK is not in states\.csv/);
  });

  it.skipIf(!countriesFile)('resolves every State of the shared countries file by each of its names', () => {
    const rows = parse(fs.readFileSync(countriesFile!), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(195);
    for (const row of rows) {
      for (const column of ['name_en', 'name_en_formal', 'upr_info_name']) {
        if (column === 'upr_info_name' && row[column] === '') continue; // Holy See and Palestine: not in that column
        expect(registry.resolve(row[column]!), `${column} "${row[column]}"`).toBe(row.iso3);
      }
    }
  });

  it.skipIf(!uprInfoFile)('resolves every State named in the UPR Info file except "(Unknown)"', () => {
    const rows = parse(gunzipSync(fs.readFileSync(uprInfoFile!)), { columns: true }) as Record<string, string>[];
    const names = new Map<string, string>();
    for (const row of rows) {
      names.set(row.sur_name!, row.sur_iso3!);
      names.set(row.rs_name!, row.rs_iso3!);
    }
    expect(names.size).toBeGreaterThan(190);
    for (const [name, iso3] of names) expect(registry.resolve(name), name).toBe(name === '(Unknown)' ? null : iso3);
  });
});
