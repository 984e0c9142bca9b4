import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TERMS, parseSearchText, toFts5Expression, toWebsearchTexts, type SearchTerm } from './search-text.js';

const fts = (text: string) => toFts5Expression(parseSearchText(text));

describe('parseSearchText', () => {
  it.each<[string, SearchTerm[]]>([
    ['torture', [{ kind: 'word', alternatives: ['torture'] }]],
    ['Death  PENALTY', [{ kind: 'word', alternatives: ['death'] }, { kind: 'word', alternatives: ['penalty'] }]],
    ['"rights of the child"', [{ kind: 'phrase', words: ['rights', 'of', 'the', 'child'] }]],
    ['"the death penalty"', [{ kind: 'phrase', words: ['death', 'penalty'] }]],
    ['"the child"', [{ kind: 'word', alternatives: ['child'] }]],
    ['tortur*', [{ kind: 'prefix', word: 'tortur' }]],
    ['tortur*,', [{ kind: 'prefix', word: 'tortur' }]],
    ['to*', []],
    ['ab*', [{ kind: 'word', alternatives: ['ab'] }]],
    ['non-refoulement', [{ kind: 'phrase', words: ['non', 'refoulement'] }]],
    ["women's", [{ kind: 'word', alternatives: ['women'] }]],
    ['non-discrim*', [{ kind: 'word', alternatives: ['non'] }, { kind: 'prefix', word: 'discrim' }]],
    ['ratify', [{ kind: 'word', alternatives: ['ratify', 'ratification'] }]],
    ['ratified', [{ kind: 'word', alternatives: ['ratified', 'ratification'] }]],
    ['ratifications', [{ kind: 'word', alternatives: ['ratifications', 'ratify'] }]],
    ['the of and', []],
    ['', []],
    ['"unbalanced quote', [{ kind: 'word', alternatives: ['unbalanced'] }, { kind: 'word', alternatives: ['quote'] }]],
    ['torture torture', [{ kind: 'word', alternatives: ['torture'] }]],
  ])('%j', (input, expected) => {
    expect(parseSearchText(input)).toEqual(expected);
  });

  it('reads operators of both engines as plain words, and drops the stopwords among them', () => {
    expect(fts('NOT torture')).toBe('"torture"');
    expect(fts('death OR penalty')).toBe('"death" AND "penalty"');
    expect(fts('-torture')).toBe('"torture"');
    expect(fts('torture NEAR(death, 2)')).toBe('"torture" AND "near death" AND "2"');
    expect(fts('text:torture')).toBe('"text torture"');
    expect(fts('^torture')).toBe('"torture"');
    expect(fts('torture & death | !penalty <-> x')).toBe('"torture" AND "death" AND "penalty" AND "x"');
    expect(fts("'; drop table recommendation; --")).toBe('"drop" AND "table" AND "recommendation"');
  });

  it('keeps at most MAX_TERMS terms', () => {
    const many = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    expect(parseSearchText(many)).toHaveLength(MAX_TERMS);
  });
});

describe('toFts5Expression', () => {
  it('quotes every token, ORs the alternatives of a word, marks prefixes after the quotes', () => {
    expect(fts('ratify "optional protocol" tortur*')).toBe('("ratify" OR "ratification") AND "optional protocol" AND "tortur"*');
    expect(fts('')).toBeNull();
  });

  it('yields only quoted runs of letters and digits, whatever the input', () => {
    const token = '"[\\p{L}\\p{Nd} ]+"';
    const term = `(?:${token}\\*?|\\(${token}(?: OR ${token})+\\))`;
    const shape = new RegExp(`^${term}(?: AND ${term})*$`, 'u');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (input) => {
        const expression = fts(input);
        if (expression !== null) expect(expression).toMatch(shape);
      }),
      { numRuns: 500 },
    );
  });
});

describe('toWebsearchTexts', () => {
  it('gives websearch_to_tsquery nothing but words, spaces and phrase quotes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (input) => {
        for (const term of parseSearchText(input)) for (const text of toWebsearchTexts(term)) expect(text).toMatch(/^"?[\p{L}\p{Nd}]+(?: [\p{L}\p{Nd}]+)*"?$/u);
      }),
      { numRuns: 500 },
    );
    expect(toWebsearchTexts({ kind: 'phrase', words: ['death', 'penalty'] })).toEqual(['"death penalty"']);
  });
});
