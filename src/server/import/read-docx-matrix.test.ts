import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildMatrixDocx, matrixRows, recommendationCells, SLOVENIA_34, SLOVENIA_48, type RealRow } from '../../../test/docx-matrix-factory.js';
import { sharedDataFile } from '../../../test/shared-data.js';
import { AppError } from '../../core/errors.js';
import { loadReferenceData } from '../reference/load-reference-data.js';
import { createStateRegistry } from '../reference/state-registry.js';
import { parseRecommendationFile } from './parse-recommendation-file.js';
import { MATRIX_COLUMNS } from './read-docx-matrix.js';
import { readRecords } from './read-records.js';

const reference = loadReferenceData();
const registry = createStateRegistry(reference.states, reference.stateAliases);
const states = { isState: (iso3: string) => registry.get(iso3) !== undefined, resolve: (name: string) => registry.resolve(name) };
const sessionOfHrc = (hrc: number) => reference.calendar.sessions.find((s) => s.adoptedAtHrc === hrc)?.number ?? null;
const SLOVENIA_CSV = sharedDataFile('ohchr_matrices_slovenia/slovenia_upr_thematic_lists_cycles2-4.csv');
const UPR34 = 'UPR34_Slovenia_Thematic_list_of_Recommendations.docx';

const parseDocx = (fileName: string, bytes: Uint8Array) => parseRecommendationFile({ fileName, bytes, states, sessionOfHrc });

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('validation');
  return error as AppError;
}

describe("reading OHCHR's matrix of Slovenia's 3rd review", () => {
  it('gives one record per recommendation row in the ohchr columns, numbered by table row', async () => {
    const records = [];
    for await (const r of readRecords('docx', await buildMatrixDocx({ rows: matrixRows(SLOVENIA_34) }), { fileName: UPR34, states })) records.push(r);
    expect(records[0]).toEqual({ line: 1, cells: [...MATRIX_COLUMNS] });
    // Row 1 header, 2 theme, 3–7 recommendations, 8 theme, 9–10, 11 theme, 12–13, 14 empty, 15 theme, 16.
    expect(records.slice(1).map((r) => r.line)).toEqual([3, 4, 5, 6, 7, 9, 10, 12, 13, 16]);
    expect(records[1]!.cells).toEqual([
      '34', 'SVN', 'Slovenia', '121.1', 'A/HRC/43/15',
      'Ratify the International Convention for the Protection of All Persons from Enforced Disappearance (France) (Lithuania);',
      'France; Lithuania', 'Supported', 'Acceptance of international norms',
    ]);
  });

  it('imports 10 recommendations of 15 States: joint ones once, non-State brackets left out, positions as given', async () => {
    const parsed = await parseDocx(UPR34, await buildMatrixDocx({ rows: matrixRows(SLOVENIA_34) }));
    expect(parsed).toMatchObject({ format: 'docx', scheme: 'ohchr', positionWord: 'row', rowsRead: 10, badRows: [], warnings: [] });
    const byParagraph = Object.fromEntries(parsed.recommendations.map((r) => [r.paragraph, r]));
    expect(byParagraph['121.1']).toMatchObject({ states: ['FRA', 'LTU'], response: 'supported', session: 34, cycle: 3, surIso3: 'SVN', document: 'A/HRC/43/15', source: 'ohchr', lines: [3] });
    expect(byParagraph['121.2']!.states).toEqual(['UKR', 'SVK']);
    expect(byParagraph['121.3']!.states).toEqual(['GBR']); // "(No. 29)" is not a State
    expect(byParagraph['121.3']!.text).toContain('International Labour Organization’s 2014 Protocol');
    expect(byParagraph['122.7']).toMatchObject({ states: ['SVK', 'ESP', 'MKD'], response: 'noted' });
    expect(byParagraph['122.22']!.states).toEqual(['VEN']);
    expect(byParagraph['122.157']).toMatchObject({ states: ['CRI'], response: 'noted' });
    expect(parsed.recommendations.flatMap((r) => r.states)).toHaveLength(15);
    expect(parsed.recommendations.filter((r) => r.response === 'supported')).toHaveLength(5);
  });

  it.skipIf(!SLOVENIA_CSV)('agrees with the CSV parsed from the same OHCHR matrices (SOURCES.md §6)', async () => {
    const csv = parse(fs.readFileSync(SLOVENIA_CSV!), { columns: true }) as Record<string, string>[];
    const parsed = await parseDocx(UPR34, await buildMatrixDocx({ rows: matrixRows(SLOVENIA_34) }));
    for (const rec of parsed.recommendations) {
      const row = csv.find((r) => r.session === '34' && r.paragraph === rec.paragraph)!;
      expect([rec.text, rec.states.join('; '), rec.response]).toEqual([row.recommendation, row.recommending_iso3, row.position!.toLowerCase()]);
    }
  });

  it('reports a row without text and a misspelt State by table row, and imports the rest', async () => {
    const bolivia: RealRow = {
      paragraph: '186.198', position: 'Supported', source: 'A/HRC/25/5/Add.1 - Para. 186.198.', themes: ['A47 Good governance'],
      text: 'Undertake further efforts to promote the tasks of all government departments that provide public services (Bolivia (Plurinational S tate of));',
    };
    const rows = [...matrixRows(SLOVENIA_48), { cells: [[], ['Supported'], [], []] }, { cells: recommendationCells(bolivia) }];
    const parsed = await parseDocx('upr48-slovenia-thematic-list-of-recommendatio.docx', await buildMatrixDocx({ rows }));
    expect(parsed.badRows).toEqual([
      { line: 4, reason: 'the recommendation text is empty' },
      { line: 5, reason: "unknown recommending State 'Bolivia (Plurinational S tate of)'" },
    ]);
    expect(parsed.recommendations.map((r) => [r.paragraph, r.session, r.cycle, r.states.length])).toEqual([['140.1', 48, 4, 8], ['140.7', 48, 4, 2]]);
  });
});

describe('telling the State under Review and the session', () => {
  const rows = matrixRows(SLOVENIA_48);

  it('takes the session from the report symbol where the calendar knows it (A/HRC/59/15: HRC 59 → UPR 48)', async () => {
    const parsed = await parseDocx('slovenia-thematic-list.docx', await buildMatrixDocx({ rows }));
    expect(parsed.recommendations[0]).toMatchObject({ surIso3: 'SVN', session: 48, cycle: 4, document: 'A/HRC/59/15', response: 'noted' });
  });

  it('reads a page header or title, "Source of recommendation" and "Position:" lines, and a matrix without a Position column', async () => {
    const cell = [
      'Ensure that Slovenia’s national legislation is fully harmonized with international standards to comply with its commitments under international treaties, especially with regard to the Convention on the Elimination of All Forms of Discrimination against Women, CRC and ICERD (Bahrain);',
      'Source of recommendation: A/HRC/28/15 - Para. 115.21',
      'Position: Supported',
      'Source of position: A/HRC/28/15/Add.1 - Para. 3',
    ];
    const spec = { columns: ['Recommendation', 'Full list of themes', 'Assessment/comments on level of implementation'], rows: [{ theme: 'A41 Constitutional and legislative framework' }, { cells: [cell, ['A41 Constitutional and legislative framework'], []] }] };
    for (const where of [{ pageHeader: 'UPR 20 – Slovenia' }, { title: ['Universal Periodic Review of Slovenia – 20th session', ''] }, { documentTitle: 'UPR20 Slovenia thematic list' }]) {
      const parsed = await parseDocx('matrix.docx', await buildMatrixDocx({ ...spec, ...where }));
      expect(parsed.recommendations).toEqual([expect.objectContaining({ paragraph: '115.21', session: 20, cycle: 2, surIso3: 'SVN', states: ['BHR'], response: 'supported', document: 'A/HRC/28/15', lines: [3] })]);
    }
  });

  it('says what the document does not tell, and how to supply it', async () => {
    const bytes = await buildMatrixDocx({ rows: matrixRows(SLOVENIA_34) });
    const both = await failure(parseDocx('Matrix_recommendations_2013.docx', bytes));
    expect(both.message).toBe(
      'Matrix_recommendations_2013.docx: the OHCHR matrix does not say which State was reviewed (no State is named in its title, page headers or file name), ' +
        'nor which UPR session it comes from (no "UPR 34" or "34th session" in its title, page headers or file name, and the UPR calendar does not know which ' +
        "UPR session's outcomes Human Rights Council session 43 adopted (report A/HRC/43/15)). Name the file after the review, e.g. \"UPR34_Slovenia_thematic_list.docx\", and import it again.",
    );
    expect((await failure(parseDocx('UPR34_thematic_list_and_comments.docx', bytes))).message).toMatch(/does not say which State was reviewed \(no State is named in its title, page headers or file name\)\. Name the file/);
    expect((await failure(parseDocx('UPR34_Slovenia.docx', await buildMatrixDocx({ rows })))).message).toMatch(
      /says UPR session 34, but the report A\/HRC\/59\/15 is a document of Human Rights Council session 59, which adopted the outcomes of UPR session 48/,
    );
  });
});

describe('refusing Word files that are not matrices', () => {
  it('says there is no table, or no table with the matrix header', async () => {
    const prose = new Document({ sections: [{ children: [new Paragraph('Draft report of the Working Group on the Universal Periodic Review')] }] });
    const noTable = await failure(parseDocx('UPR34_Slovenia.docx', new Uint8Array(await Packer.toBuffer(prose))));
    expect(noTable.message).toBe('UPR34_Slovenia.docx: the document has no table: it is not an OHCHR thematic list of recommendations (matrix).');
    const other = await failure(parseDocx('UPR34_Slovenia.docx', await buildMatrixDocx({ columns: ['Name', 'Value'], rows: [{ cells: [['a'], ['b']] }] })));
    expect(other.message).toMatch(/none of its 1 table\(s\) has a header row with the columns "Recommendation" and "Position"/);
  });
});
