import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankSimilar, termVector, textSimilarity } from './similarity.js';

// Sentences built from two disjoint vocabularies, so "disjoint" is known by construction.
const LEFT = ['ratify', 'convention', 'torture', 'children', 'education', 'women', 'prison', 'journalists'];
const RIGHT = ['abolish', 'penalty', 'asylum', 'housing', 'water', 'election', 'corruption', 'land'];
const FILLER = ['the', 'of', 'and', 'to', 'its'];
// Sometimes with the sponsoring States' suffix of OHCHR matrices, which must not count.
const sentence = (vocabulary: string[]) =>
  fc
    .tuple(fc.array(fc.constantFrom(...vocabulary, ...FILLER), { minLength: 1, maxLength: 15 }), fc.constantFrom('', ' (France);', '.'))
    .map(([w, suffix]) => `${vocabulary[0]} ${w.join(' ')}${suffix}`);
const anyText = fc.oneof(fc.string(), sentence(LEFT), sentence(RIGHT), sentence([...LEFT, ...RIGHT]));

describe('textSimilarity', () => {
  it('is 1 for the same wording, whatever the case, punctuation or sponsoring States', () => {
    expect(textSimilarity('Ratify the CRPD.', 'ratify the CRPD')).toBe(1);
    expect(textSimilarity('Abolish the death penalty (France);', 'Abolish the death penalty (Spain, Chile);')).toBe(1);
  });

  it('ranks a reworded recommendation above an unrelated one', () => {
    const draft = 'Ratify the Optional Protocol to the Convention against Torture';
    const close = textSimilarity(draft, 'Consider ratifying the Optional Protocol to the Convention against Torture (OP-CAT)');
    const far = textSimilarity(draft, 'Ensure access to clean drinking water in rural areas');
    expect(close).toBeGreaterThan(0.6);
    expect(far).toBe(0);
  });

  it('is 0 when either text has no content words', () => {
    expect(textSimilarity('', 'Ratify the CRPD')).toBe(0);
    expect(textSimilarity('the of', 'the of')).toBe(0);
  });

  it('properties: range [0, 1], symmetric, identical → 1, disjoint → 0', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const s = textSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(textSimilarity(b, a)).toBe(s);
      }),
    );
    fc.assert(
      fc.property(sentence([...LEFT, ...RIGHT]), (a) => {
        expect(textSimilarity(a, a)).toBe(1);
      }),
    );
    fc.assert(
      fc.property(sentence(LEFT), sentence(RIGHT), (a, b) => {
        expect(textSimilarity(a, b)).toBe(0);
      }),
    );
  });

  it('termVector counts words and adjacent pairs', () => {
    expect(Object.fromEntries(termVector('death penalty, death'))).toEqual({
      death: 2,
      penalti: 1,
      'death penalti': 1,
      'penalti death': 1,
    });
  });
});

describe('rankSimilar', () => {
  const candidates = [
    { id: 'c', text: 'Abolish the death penalty' },
    { id: 'a', text: 'Establish a moratorium on the death penalty with a view to its abolition' },
    { id: 'b', text: 'Abolish the death penalty' },
    { id: 'd', text: 'Build more schools' },
  ];

  it('returns the most similar first, ties by id, without unrelated texts, at most `limit`', () => {
    const ranked = rankSimilar('abolish the death penalty', candidates, 10);
    expect(ranked.map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(ranked[0]?.score).toBe(1);
    expect(rankSimilar('abolish the death penalty', candidates, 1).map((r) => r.id)).toEqual(['b']);
    expect(rankSimilar('abolish the death penalty', candidates, 0)).toEqual([]);
  });

  it('does not depend on the order of the candidates', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(candidates, { minLength: 4, maxLength: 4 }), (shuffled) => {
        expect(rankSimilar('death penalty abolition', shuffled, 3)).toEqual(rankSimilar('death penalty abolition', candidates, 3));
      }),
    );
  });
});
