import { describe, expect, it } from 'vitest';
import { readSharedCsv, readSharedText } from '../../../test/fixtures/outcome/shared-texts.js';
import { classifyListContext, parseResponsesText } from './parse-responses.js';
import { expandReference, findReferences, splitDigitRun } from './response-refs.js';

describe('references in an addendum', () => {
  it.each([
    ['140.7, 140.8', ['140.7', '140.8']],
    ['140.35. 140.36', ['140.35', '140.36']],
    ['122.17-18', ['122.17', '122.18']],
    ['122.14– 15', ['122.14', '122.15']],
    ['122.34- 35', ['122.34', '122.35']],
    ['122.1-122.3', ['122.1', '122.2', '122.3']],
    ['140.1 to 140.3', ['140.1', '140.2', '140.3']],
    ['140.82-85, 87', ['140.82', '140.83', '140.84', '140.85', '140.87']],
    ['on 12.11.2019 and 2024-2025', []],
  ])('%s', (text, paragraphs) => {
    expect(findReferences(text).flatMap(expandReference)).toEqual(paragraphs);
  });

  it.each([
    ['6266', 157, [62, 66]],
    ['91104', 157, [91, 104]],
    ['118120', 157, [118, 120]],
    ['1213', 300, null], // 1–213 and 12–13 both fit: not guessed
    ['9999', 300, null],
  ] as const)('splits the digit run %s (highest paragraph %i)', (digits, max, expected) => {
    expect(splitDigitRun(digits, max)).toEqual(expected);
  });

  it('reads a lost dash only where no paragraph of that number can exist', () => {
    const [guessed, plain] = findReferences('122.157, 122.6266, 122.99');
    expect(guessed).toMatchObject({ from: 157, to: 157, guessed: false });
    expect(plain).toMatchObject({ from: 62, to: 66, guessed: true });
    expect(findReferences('140.999', new Map([[140, 254]]))[0]).toMatchObject({ unreadable: true });
  });
});

describe('classifyListContext', () => {
  it.each([
    ['The Government accepts the following recommendations:', 'supported'],
    ['Slovenia supports recommendations', 'supported'],
    ['The following recommendations enjoy the support of Slovenia:', 'supported'],
    ['The Government takes note of recommendations', 'noted'],
    ['For the time being, the Government notes recommendations', 'noted'],
    ['The Government does not support recommendations', 'noted'],
    ['The Government partially supports recommendations', 'partially-supported'],
    ['See recommendation', null],
  ] as const)('%s → %s', (context, expected) => {
    expect(classifyListContext(context)).toBe(expected);
  });
});

const ADDENDUM = [
  'A/HRC/59/15/Add.1',
  '2.',
  'Slovenia received 6 recommendations, of which 3 are supported and 2 noted.',
  'I. Accepted recommendations',
  '3.',
  'The Government accepts the following recommendations: 140.1, 140.2.',
  '140.3.',
  '140.1-2',
  'The Convention was ratified on 30 January 2025. See recommendation 140.5.',
  '',
  'GE.25-05640',
  '',
  '2',
  '',
  '\fA/HRC/59/15/Add.1',
  'II. Noted recommendations',
  '4.',
  'The Government takes note of recommendations 140.4 and 140.5',
  'and wishes to provide the following information:',
  '140.4-5',
  'Slovenia considers these recommendations implemented.',
  '5.',
  'The Government partially supports recommendation 140.2.',
].join('\n');

describe('parseResponsesText', () => {
  it('reads the lists, not the explanations, and checks them against the report', () => {
    const out = parseResponsesText(ADDENDUM, {
      known: ['140.1', '140.2', '140.3', '140.4', '140.5', '140.6'],
      expected: ['140.1', '140.2', '140.3', '140.4', '140.5', '140.6'],
    });
    expect(out.responses.map((r) => [r.paragraph, r.response, r.line])).toEqual([
      ['140.1', 'supported', 6],
      ['140.2', 'supported', 6],
      ['140.3', 'supported', 7],
      ['140.4', 'noted', 18],
      ['140.5', 'noted', 18],
    ]);
    expect(out.stated).toEqual({ supported: 3, noted: 2 });
    expect(out.warnings.map((w) => w.code)).toEqual(['no-response', 'conflicting-response']);
    expect(out.warnings[0]?.message).toContain('140.6');
    expect(out.warnings[1]).toMatchObject({ paragraph: '140.2', line: 23 });
  });

  it.each([
    ['a list without a verb', '3.\nThe following: 140.1, 140.2, 140.3.', ['no-responses', 'unclear-response']],
    ['totals that do not add up', 'Of these, 3 are supported and 0 noted.\nThe Government accepts 140.1, 140.2.', ['totals-differ']],
    ['a reference outside the report', 'The Government accepts 140.1, 141.9.', ['unknown-paragraph']],
    ['a lost dash', 'The Government accepts 140.1, 140.2, 140.3, 140.4, 140.5, 140.6, 140.7, 140.8, 140.1213.', ['guessed-range']],
    ['an unreadable reference', 'The Government accepts 140.1, 140.9999.', ['unreadable-reference']],
    ['no lists at all', 'Slovenia thanks the Working Group.', ['no-responses']],
  ])('%s', (_name, text, expected) => {
    const known = Array.from({ length: 20 }, (_, i) => `140.${i + 1}`);
    expect(parseResponsesText(text, { known }).warnings.map((w) => w.code)).toEqual(expected);
  });
});

interface MatrixRow {
  working_group_report: string;
  paragraph: string;
  position: string;
}

describe.each([
  { file: 'A_HRC_59_15_Add.1_Slovenia.txt', symbol: 'A/HRC/59/15', list: '140.', supported: 217, noted: 37, guessed: 0 },
  { file: 'A_HRC_43_15_Add.1_Slovenia.txt', symbol: 'A/HRC/43/15', list: '122.', supported: 124, noted: 33, guessed: 3 },
])('the real addendum $file', ({ file, symbol, list, supported, noted, guessed }) => {
  const text = readSharedText(`upr_wg_report_texts/${file}`);
  const rows = readSharedCsv<MatrixRow>('ohchr_matrices_slovenia/slovenia_upr_thematic_lists_cycles2-4.csv').filter(
    (r) => r.working_group_report === symbol,
  );
  it.skipIf(text === null || rows.length === 0)('gives the response of every examined recommendation, as in the OHCHR matrix', () => {
    const examined = rows.filter((r) => r.paragraph.startsWith(list));
    const out = parseResponsesText(text!, { known: rows.map((r) => r.paragraph), expected: examined.map((r) => r.paragraph) });
    const got = new Map(out.responses.map((r) => [r.paragraph, r.response]));
    for (const row of examined) expect(got.get(row.paragraph), row.paragraph).toBe(row.position.toLowerCase());
    expect(out.responses).toHaveLength(examined.length);
    expect(out.stated).toEqual({ supported, noted });
    expect(out.warnings.map((w) => w.code)).toEqual(Array.from({ length: guessed }, () => 'guessed-range'));
  });
});
