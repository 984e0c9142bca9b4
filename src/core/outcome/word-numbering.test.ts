import { describe, expect, it } from 'vitest';
import { formatCounter, numberWordParagraphs, type WordList } from './word-numbering.js';

const report: WordList = {
  abstractId: '1',
  levels: new Map([
    [0, { start: 1, format: 'decimal', text: '%1.' }],
    [1, { start: 1, format: 'decimal', text: '%1.%2' }],
  ]),
  startOverrides: new Map(),
};
const p = (text: string, numId: string | null, level = 0) => ({ text, numbering: numId === null ? null : { numId, level } });

describe('numberWordParagraphs', () => {
  it('puts back the numbers Word shows: paragraphs count on, sub-paragraphs restart under each', () => {
    const out = numberWordParagraphs(
      [
        p('III. Conclusions', null),
        p('First', '5'),
        p('Lead-in:', '5'),
        p('Ratify (Chile);', '5', 1),
        p('Adopt (Peru).', '5', 1),
        p('Next', '5'),
        p('Sub', '5', 1),
      ],
      new Map([['5', report]]),
    );
    expect(out.lines).toEqual([
      'III. Conclusions',
      '1.\tFirst',
      '2.\tLead-in:',
      '2.1\tRatify (Chile);',
      '2.2\tAdopt (Peru).',
      '3.\tNext',
      '3.1\tSub',
    ]);
    expect(out).toMatchObject({ labelled: 6, undefinedLists: 0 });
  });

  it.each([
    [
      'a list starting at 6',
      { ...report, levels: new Map([...report.levels, [0, { start: 6, format: 'decimal', text: '%1.' }]]) },
      '6.\tLead-in:',
    ],
    ['a list restarted at 140', { ...report, startOverrides: new Map([[0, 140]]) }, '140.\tLead-in:'],
  ])('%s', (_name, list, first) => {
    const out = numberWordParagraphs([p('Lead-in:', '7'), p('Ratify (Chile);', '7', 1)], new Map([['7', list]]));
    expect(out.lines[0]).toBe(first);
    expect(out.lines[1]).toBe(`${first.split('.')[0]}.1\tRatify (Chile);`);
  });

  it('continues a list another list instance of the same definition began', () => {
    const out = numberWordParagraphs(
      [p('a', '1'), p('b', '2')],
      new Map([
        ['1', report],
        ['2', report],
      ]),
    );
    expect(out.lines).toEqual(['1.\ta', '2.\tb']);
  });

  it('leaves bullets unnumbered and marks numbered paragraphs without a definition with a TAB', () => {
    const bullets: WordList = {
      abstractId: '9',
      levels: new Map([[0, { start: 1, format: 'bullet', text: '•' }]]),
      startOverrides: new Map(),
    };
    const out = numberWordParagraphs([p('point', '9'), p('lost', '42', 1)], new Map([['9', bullets]]));
    expect(out.lines).toEqual(['point', '\tlost']);
    expect(out).toMatchObject({ labelled: 0, undefinedLists: 1 });
  });

  it.each([
    [4, 'decimal', '4'],
    [4, 'decimalZero', '04'],
    [28, 'lowerLetter', 'bb'],
    [3, 'upperLetter', 'C'],
    [14, 'lowerRoman', 'xiv'],
    [1994, 'upperRoman', 'MCMXCIV'],
    [1, 'bullet', null],
  ] as const)('formats %i as %s', (n, format, expected) => {
    expect(formatCounter(n, format)).toBe(expected);
  });
});
