import { describe, expect, it } from 'vitest';
import type { OutcomeParseDto } from '../../shared/contracts/outcome.js';
import { guessDocumentSymbol, newRow, rowsFromParse, serverRowErrors, validateRows, type PreviewRow } from './preview-rows.js';

const row = (paragraph: string, patch: Partial<PreviewRow> = {}): PreviewRow => ({
  key: paragraph,
  paragraph,
  text: `Ratify the Convention (Chile);`,
  recommendingStates: ['CHL'],
  response: null,
  rawStates: ['Chile'],
  warnings: [],
  unsure: false,
  added: false,
  ...patch,
});

describe('outcome preview rows', () => {
  it('gives each row the warnings of its paragraph and keeps the rest for the whole text', () => {
    const parse: OutcomeParseDto = {
      source: { fileName: null, kind: 'text' },
      recommendations: [
        {
          paragraph: '140.1',
          text: 'a (Chile);',
          recommendingStates: ['CHL'],
          rawStates: ['Chile'],
          confidence: 'high',
          problems: [],
          response: null,
          line: 1,
        },
        {
          paragraph: '140.2',
          text: 'b (Narnia);',
          recommendingStates: [],
          rawStates: ['Narnia'],
          confidence: 'low',
          problems: ['x'],
          response: null,
          line: 2,
        },
      ],
      leadIns: [],
      warnings: [
        { code: 'unknown-state', line: 2, paragraph: '140.2', message: '140.2: "Narnia" is not a State name', source: 'report' },
        { code: 'missing-paragraphs', line: 3, paragraph: '140.3', message: '140.3 is missing', source: 'report' },
        { code: 'no-recommendations', line: 0, message: 'x', source: 'report' },
      ],
    };
    const { rows, general } = rowsFromParse(parse);
    expect(rows.map((r) => [r.paragraph, r.warnings.map((w) => w.code), r.unsure])).toEqual([
      ['140.1', [], false],
      ['140.2', ['unknown-state'], true],
    ]);
    expect(general.map((w) => w.code)).toEqual(['missing-paragraphs', 'no-recommendations']);
  });

  it('checks numbers, texts and duplicates as the server does, and maps the server’s paths back to rows', () => {
    const rows = [
      row('140.1'),
      row('140.1'),
      row('one'),
      row('140.4', { text: '  ' }),
      row('140.5', { recommendingStates: Array(81).fill('CHL') }),
    ];
    rows.forEach((r, i) => (r.key = `k${i}`));
    expect(Object.fromEntries(validateRows(rows))).toEqual({
      k1: { paragraph: 'duplicate' },
      k2: { paragraph: 'paragraph' },
      k3: { text: 'required' },
      k4: { recommendingStates: 'too-many' },
    });
    expect(validateRows([row('140.1'), row('140.2')]).size).toBe(0);
    const fromServer = serverRowErrors(rows, [
      { path: 'recommendations.0.recommendingStates.1', message: 'unknown-state' },
      { path: 'documentSymbol', message: 'required' },
      { path: 'recommendations.9.text', message: 'required' },
    ]);
    expect(Object.fromEntries(fromServer)).toEqual({ k0: { recommendingStates: 'unknown-state' } });
  });

  it('numbers an added row after the last one', () => {
    expect(newRow([row('140.254')], 'n').paragraph).toBe('140.255');
    expect(newRow([], 'n')).toMatchObject({ paragraph: '', added: true, text: '' });
  });

  it('finds the report’s UN symbol in its running header or its file name, not the addendum’s', () => {
    expect(guessDocumentSymbol('GE.25-02819\n11\nA/HRC/59/15\n140.4 Lift …', null)).toBe('A/HRC/59/15');
    expect(guessDocumentSymbol('', 'A_HRC_59_15_Slovenia.pdf')).toBe('A/HRC/59/15');
    expect(guessDocumentSymbol('A/HRC/59/15/Add.1', null)).toBe('');
    expect(guessDocumentSymbol('no symbol here', 'report.docx')).toBe('');
  });
});
