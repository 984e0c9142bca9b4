import { describe, expect, it } from 'vitest';
import { loadReferenceData } from '../reference/load-reference-data.js';
import { createStateRegistry } from '../reference/state-registry.js';
import { parseMatrixCell, recommendingStates } from './matrix-cell.js';
import { fileNameText, sessionIn, stateIn } from './matrix-review.js';

const reference = loadReferenceData();
const registry = createStateRegistry(reference.states, reference.stateAliases);
const resolve = (name: string) => registry.resolve(name);

// Cells as the OHCHR matrices of China (2013, 2018) and Egypt (2014) print them (SOURCES.md §12).
describe('the recommendation cell of an OHCHR matrix', () => {
  it('reads the 2013 layout: label with a final dot, "Source of position" with the addendum', () => {
    const cell = parseMatrixCell(
      '186.28. Continue its efforts on the ratification of other human rights instruments and relevant protocols (Mongolia);\nSource of position: A/HRC/25/5/Add.1 - Para. 186.28.',
      resolve,
    );
    expect(cell).toEqual({
      paragraph: '186.28', report: 'A/HRC/25/5', position: null, states: ['Mongolia'],
      text: 'Continue its efforts on the ratification of other human rights instruments and relevant protocols (Mongolia);',
    });
  });

  it('finds the States of every spelling of the brackets, and only States', () => {
    const table: [string, string[]][] = [
      ['Ratify the Rome Statute of the ICC (Chile); (Estonia); (Slovenia); (Tunisia); (Uruguay);', ['Chile', 'Estonia', 'Slovenia', 'Tunisia', 'Uruguay']],
      ['Ratify the Optional Protocol to the Rights of the Child on a communications procedure (Portugal, Slovakia);', ['Portugal', 'Slovakia']],
      ['Ratify as soon as possible ICCPR (Brazil); Speed up the ratification of the ICCPR, which has been already signed by China (Bulgaria); Expedite the ratification of the ICCPR (Ghana);', ['Brazil', 'Bulgaria', 'Ghana']],
      [
        'Consider ratifying the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families and establishing a national human rights institution in accordance with the principles relating to the status of national institutions for the promotion and protection of human rights (the Paris Principles) (Niger); Consider becoming a party to the International Convention on the Rights of All Migrant Workers and Members of Their Families (Philippines);',
        ['Niger', 'Philippines'],
      ],
      ['Review and withdraw reservation to articles 2 and 16 of the Convention on the Elimination of All Forms of Discrimination against Women (CEDAW) (Slovenia);', ['Slovenia']],
      ['Strengthen cooperation with the special procedures (Bolivia (Plurinational State of)) (Trinidad and Tobago).', ['Bolivia (Plurinational State of)', 'Trinidad and Tobago']],
      ['Abolish the death penalty (Chile and Uruguay)', ['Chile', 'Uruguay']],
    ];
    for (const [text, states] of table) expect(recommendingStates(text, resolve)).toEqual(states);
  });

  it('keeps an unknown name in the last bracket, so that it is reported rather than lost', () => {
    expect(recommendingStates('Promote public services (Bolivia (Plurinational S tate of));', resolve)).toEqual(['Bolivia (Plurinational S tate of)']);
    expect(recommendingStates('Adopt the law (in line with the Paris Principles) without delay', resolve)).toEqual([]);
  });

  it('reads "Source of …" written in the same paragraph, and takes the label from the source when the text has none', () => {
    const cell = parseMatrixCell('Consider ratifying ILO Convention No. 189 (Philippines); Source of recommendation: A/HRC/43/15 - Para. 122.10 Position: Noted', resolve);
    expect(cell).toMatchObject({ paragraph: '122.10', report: 'A/HRC/43/15', states: ['Philippines'], text: 'Consider ratifying ILO Convention No. 189 (Philippines);' });
    expect(parseMatrixCell('128.5 Ratify OP-CAT (France)\nPosition: Supported', resolve)).toMatchObject({ paragraph: '128.5', position: 'Supported', report: null });
  });
});

describe('telling the review from titles and file names', () => {
  it('splits file names into words', () => {
    expect(fileNameText('UPR20__Slovenia_ThematicListRecommendations_E.docx')).toBe('UPR20 Slovenia Thematic List Recommendations E');
    expect(fileNameText('EgyptMatriceRecommendations.docx')).toBe('Egypt Matrice Recommendations');
  });

  it('reads UPR session numbers, not Human Rights Council sessions or years', () => {
    const table: [string, number | null][] = [
      ['UPR34 Slovenia', 34], ['upr48 slovenia thematic list', 48], ['UPR 20 – Slovenia', 20], ['34th session of the UPR Working Group', 34],
      ['Adopted at the 43rd session of the Human Rights Council', null], ['UPR Slovenia 2019', null], ['Matrix recommendations 2013', null], ['UPR 99', null],
    ];
    for (const [text, session] of table) expect([text, sessionIn(text)]).toEqual([text, session]);
  });

  it('finds the longest State name, and does not take English words for ISO codes', () => {
    expect(stateIn('UPR36 United States of America Thematic List of Recommendations', resolve)).toEqual({ iso3: 'USA', name: 'United States of America' });
    expect(stateIn('upr48 slovenia thematic list of recommendatio', resolve)).toEqual({ iso3: 'SVN', name: 'slovenia' });
    expect(stateIn('Thematic list and comments per theme', resolve)).toBeNull();
    expect(stateIn('THEMATIC LIST AND COMMENTS', resolve)).toBeNull();
    expect(stateIn(fileNameText('UPR36_USA_Thematic_List.docx'), resolve)).toEqual({ iso3: 'USA', name: 'USA' });
  });
});
