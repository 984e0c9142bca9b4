import { describe, expect, it } from 'vitest';
import { stem, stripRecommendingStates, tokenize } from './tokenize.js';

describe('stem', () => {
  it('conflates the forms UPR texts use for one word', () => {
    const same = (forms: string[]) => expect(new Set(forms.map(stem)).size, forms.join('/')).toBe(1);
    same(['ratify', 'ratifies', 'ratified', 'ratifying', 'ratification', 'ratifications']);
    same(['child', 'children']);
    same(['woman', 'women']);
    same(['implement', 'implements', 'implemented', 'implementing', 'implementation']);
    same(['discrimination', 'discriminate', 'discriminatory']);
    same(['ensure', 'ensures', 'ensured', 'ensuring']);
    same(['body', 'bodies']);
    same(['measure', 'measures']);
    same(['journalist', 'journalists']);
  });

  it('keeps words apart that only look alike', () => {
    expect(stem('process')).toBe('process');
    expect(stem('status')).toBe('status');
    expect(stem('state')).not.toBe(stem('statute'));
  });
});

describe('tokenize', () => {
  it('drops the recommending States in brackets, but not an acronym', () => {
    expect(stripRecommendingStates('Ratify the OP-CRC (Portugal, Slovakia);')).toBe('Ratify the OP-CRC');
    expect(stripRecommendingStates('Ratify the Optional Protocol (OP-CAT).')).toBe('Ratify the Optional Protocol (OP-CAT).');
    expect(tokenize('Abolish the death penalty (France);')).toEqual(['abolish', 'death', 'penalti']);
  });

  it('lowercases, strips accents, possessives and stopwords', () => {
    expect(tokenize("Protect women's rights in Côte d'Ivoire")).toEqual(['protect', 'woman', 'right', 'cot', 'ivoir']);
    expect(tokenize('the of and')).toEqual([]);
  });
});
