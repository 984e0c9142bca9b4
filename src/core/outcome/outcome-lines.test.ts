import { describe, expect, it } from 'vitest';
import { cleanReportLines, joinLines, vocabularyOf } from './outcome-lines.js';

const texts = (input: string) => cleanReportLines(input).lines.map((l) => l.text);

describe('cleanReportLines', () => {
  it.each([
    ['pdftotext page foot and head (odd page)', 'a (Rwanda);\n\nGE.25-02819\n\n11\n\n\fA/HRC/59/15\n\n140.10', ['a (Rwanda);', '140.10']],
    ['even page: number first', 'b (Germany);\n12\n\nGE.25-02819\n\n\fA/HRC/59/15\n\n140.30', ['b (Germany);', '140.30']],
    ['job number with language and barcode', 'x;\nGE.20-02535(E)\n*2002535*\ny', ['x;', 'y']],
    ['PDF.js: job number and page number on one line', 'x;\nA/HRC/59/15\nGE.25-02819 1\ny', ['x;', 'y']],
    ['addendum symbol', 'A/HRC/59/15/Add.1\n1.\nThis document', ['1.', 'This document']],
    ['"Page 3 of 9" near a form feed', 'x\nPage 3 of 9\n\fy', ['x', 'y']],
    [
      'a number far from any page foot is text',
      'one\ntwo\nthree\nfour\n2030\nfive\nsix\nseven\neight',
      ['one', 'two', 'three', 'four', '2030', 'five', 'six', 'seven', 'eight'],
    ],
    ['soft hyphens and no-break spaces', 'recom\u00ADmendation\u00A0text', ['recommendation text']],
    ['byte-order mark and CRLF', '\uFEFF140.1\r\nRatify (Chile);\r\n', ['140.1', 'Ratify (Chile);']],
  ])('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('keeps input line numbers and marks TAB-led lines (Word auto-numbering)', () => {
    const { lines, furniture } = cleanReportLines('6.\tThe following recommendations:\n\n\tRatify (Chile);\nGE.26-01234\n\tAdopt (Peru);');
    expect(lines.map((l) => [l.line, l.indented])).toEqual([
      [1, false],
      [3, true],
      [5, true],
    ]);
    expect(furniture).toEqual([4]);
  });

  it('drops a running header repeated at most page breaks, but not a text line repeated twice', () => {
    const page = (n: number, body: string[]) => [
      ...body,
      '',
      'GE.25-02819',
      String(n),
      '\fReport of the Working Group: Slovenia',
      'A/HRC/59/15',
      '',
    ];
    const same = 'Rights of All Migrant Workers and Members of Their Families';
    const input = [
      ...page(11, ['140.1', same]),
      ...page(12, ['140.2', same]),
      ...page(13, ['x (Chile);']),
      ...page(14, ['y (Peru);']),
    ].join('\n');
    const out = texts(input);
    expect(out).not.toContain('Report of the Working Group: Slovenia');
    expect(out.filter((l) => l === same)).toHaveLength(2);
  });
});

describe('joinLines', () => {
  const vocabulary = vocabularyOf([
    'the recommendation on non-refoulement and gender-based violence',
    'international cooperation of the custom and of designed services',
  ]);
  it.each([
    ['wrapped words get a space', ['Ratify the', 'Convention (Chile);'], 'Ratify the Convention (Chile);', []],
    ['a word hyphenated by the typesetter, seen whole elsewhere', ['the recom-', 'mendation'], 'the recommendation', []],
    ['a compound seen elsewhere keeps its hyphen', ['of non-', 'refoulement'], 'of non-refoulement', []],
    ['a known compound part keeps it ("asylum-seekers")', ['for asylum-', 'seekers'], 'for asylum-seekers', []],
    ['a State name with a capital after the hyphen', ['(Timor-', 'Leste);'], '(Timor-Leste);', []],
    ['two words of the text: a guessed compound', ['custom-', 'designed services'], 'custom-designed services', ['custom-designed']],
    ['fragments that are no words: a guessed join', ['the ratifica-', 'tion of'], 'the ratification of', ['ratifica-tion']],
    ['a year range broken at its dash', ['the 2024–', '2028 programme'], 'the 2024–2028 programme', []],
    ['a spaced dash keeps its space', ['arrival –', 'with attention'], 'arrival – with attention', []],
    ['a slash that joins', ['dialogue/', 'listed below'], 'dialogue/listed below', []],
  ])('%s', (_name, parts, text, guesses) => {
    expect(joinLines(parts, vocabulary)).toEqual({ text, guessedHyphens: guesses });
  });

  it('does not count the halves of a broken word as words of the text', () => {
    const v = vocabularyOf(['the interna-', 'tional day']);
    expect(v.words.has('interna')).toBe(false);
    expect(v.words.has('tional')).toBe(false);
    expect(v.words.has('day')).toBe(true);
  });
});
