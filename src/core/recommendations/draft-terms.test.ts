import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftSearchTerms, MAX_DRAFT_TERMS } from './draft-terms.js';

describe('draftSearchTerms', () => {
  it('keeps the subject words, longest first, and drops boilerplate and stopwords', () => {
    const terms = draftSearchTerms('Take measures to ensure the rights of children with disabilities to inclusive education');
    expect(terms.slice(0, 3)).toEqual(['disabilities', 'inclusive', 'education']);
    expect(terms).toContain('children');
    for (const w of ['take', 'measures', 'ensure', 'rights', 'the', 'of', 'to', 'with']) expect(terms).not.toContain(w);
  });

  it('adds the noun of an -ify verb and the verb of an -ification noun', () => {
    expect(draftSearchTerms('Ratify the Optional Protocol')).toEqual(['optional', 'protocol', 'ratify', 'ratification']);
    expect(draftSearchTerms('Speed up the ratification of the CRPD')).toEqual(['ratification', 'ratify', 'speed', 'crpd']);
  });

  it('returns only lowercase letters and digits, at most MAX_DRAFT_TERMS words plus their alternatives', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const terms = draftSearchTerms(text);
        expect(terms.every((t) => /^[a-z0-9]+$/.test(t))).toBe(true);
        expect(terms.length).toBeLessThanOrEqual(2 * MAX_DRAFT_TERMS);
        expect(new Set(terms).size).toBe(terms.length);
      }),
    );
  });
});
