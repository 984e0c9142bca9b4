import { describe, expect, it } from 'vitest';
import { tableResolver } from '../../../test/fixtures/outcome/state-table.js';
import { findRecommendingStates } from './outcome-states.js';

const resolve = tableResolver();

describe('findRecommendingStates', () => {
  it.each([
    ['one State', 'Ratify the Convention (France);', ['FRA'], []],
    ['joint, separate brackets', 'Ratify the Convention (Chile) (Peru);', ['CHL', 'PER'], []],
    ['joint, one bracket', 'Ratify the Convention (Chile, Peru);', ['CHL', 'PER'], []],
    ['joint, Word draft style with semicolons', 'Ratify the Convention (Côte d’Ivoire); (France); (Ukraine);', ['CIV', 'FRA', 'UKR'], []],
    ['name with its own parentheses', 'Ratify the Convention (Iran (Islamic Republic of));', ['IRN'], []],
    [
      'inverted names inside a joint bracket',
      'Ratify it (Venezuela (Bolivarian Republic of), Netherlands (Kingdom of the));',
      ['VEN', 'NLD'],
      [],
    ],
    ['long name with "and" in it', 'Amend the law (United Kingdom of Great Britain and Northern Ireland);', ['GBR'], []],
    ['"and" joining two States', 'Amend the law (Chile and Peru);', ['CHL', 'PER'], []],
    ['"and" inside a name is not split', 'Amend the law (Trinidad and Tobago) (Bosnia and Herzegovina);', ['TTO', 'BIH'], []],
    ['Türkiye and its older name', 'Ratify it (Türkiye) (Turkey).', ['TUR'], []],
    ['the last paragraph ends with a full stop', 'Protect stateless persons (Iraq).', ['IRQ'], []],
    [
      'a treaty number before the States is text',
      'Ratify the Protocol, 1930 (No. 29) (United Kingdom of Great Britain and Northern Ireland);',
      ['GBR'],
      [],
    ],
    ['an acronym before the States is text', 'Ratify ILO Convention No. 189 (ILO) (Portugal);', ['PRT'], []],
    ['a name-like group before the States is text', 'Ratify the (Istanbul Convention) (Spain);', ['ESP'], []],
    ['an acronym mid-text is text', 'Work with the (CPLP) Network of Focal Points (Portugal);', ['PRT'], []],
    ['a typo between two States is reported', 'Ratify it (France) (Frnace) (Peru);', ['FRA', 'PER'], ['Frnace']],
    ['an unknown closing name is reported', 'Ratify it (Atlantis);', [], ['Atlantis']],
    ['a year is no State', 'Adopt the plan (2025);', [], []],
    [
      'two recommendations in one paragraph',
      'Complete the ratification (Ukraine); Increase efforts towards ratification (Slovakia);',
      ['UKR', 'SVK'],
      [],
    ],
    [
      'second-cycle run-on in lower case',
      'Ensure compliance (Spain); continue the efforts (Peru);take measures (Iraq);',
      ['ESP', 'PER', 'IRQ'],
      [],
    ],
    ['first-cycle alternatives', 'Consider ratifying (Turkey) / Ratify (France) the Optional Protocol (CEDAW);', ['TUR', 'FRA'], []],
    ['a State named in the text is not an attribution', 'Cooperate with France (the donor) on aid (Chile);', ['CHL'], []],
  ])('%s', (_name, text, iso3, unresolved) => {
    const found = findRecommendingStates(text, resolve);
    expect(found.iso3).toEqual(iso3);
    expect(found.unresolved).toEqual(unresolved);
  });

  it('keeps the names as written, in order', () => {
    const found = findRecommendingStates(
      'Ratify it (Bolivarian Republic of Venezuela) (Islamic Republic of Iran) (State of Palestine);',
      resolve,
    );
    expect(found.raw).toEqual(['Bolivarian Republic of Venezuela', 'Islamic Republic of Iran', 'State of Palestine']);
    expect(found.iso3).toEqual(['VEN', 'IRN', 'PSE']);
    expect(found.attributions).toBe(1);
  });

  it('counts attributions and notices a name cut by a lost line', () => {
    expect(findRecommendingStates('A (Ukraine); B (Slovakia); C (Chile);', resolve).attributions).toBe(3);
    const cut = findRecommendingStates('Ensure access to healthcare (Bolivarian Republic', resolve);
    expect(cut.unbalanced).toBe(true);
    expect(cut.raw).toEqual([]);
  });
});
