import { describe, expect, it } from 'vitest';
import { integerList } from './indexed-search.js';

describe('integerList', () => {
  it('reads the seqs PostgreSQL joined with commas, and none from null', () => {
    expect(integerList('12,7,3')).toEqual([12, 7, 3]);
    expect(integerList('0')).toEqual([0]);
    expect(integerList('9007199254740991,1')).toEqual([9007199254740991, 1]);
    expect(integerList(null)).toEqual([]);
  });
});
