import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, neutralizeFormula, toCsv } from './csv-cells.js';

describe('neutralizeFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['Ratify the OP-CAT', 'Ratify the OP-CAT'],
    [' =1', ' =1'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
  });
});

describe('csvField', () => {
  it('quotes commas, quotes and line breaks (RFC 4180), after neutralising', () => {
    expect(csvField('Ratify, then implement')).toBe('"Ratify, then implement"');
    expect(csvField('the "Paris Principles"')).toBe('"the ""Paris Principles"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
  });

  it('never lets a text cell start with a formula character', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const field = csvField(text);
        const content = field.startsWith('"') ? field.slice(1) : field;
        expect(content).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});

describe('toCsv', () => {
  it('writes a BOM, the header and CRLF-ended rows', () => {
    expect(toCsv(['a', 'b'], [[1, '=x'], [null, 'y']])).toBe(`\uFEFFa,b\r\n1,'=x\r\n,y\r\n`);
  });
});
