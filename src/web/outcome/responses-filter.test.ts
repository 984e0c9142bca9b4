import { describe, expect, it } from 'vitest';
import { countResponses, filterRecommendations } from './responses-filter.js';
import { outcomeFixture, rec } from './outcome-test-fixtures.js';

const recs = [...outcomeFixture().recommendations, rec('140.7', { text: 'Combat hate speech against Roma (Chile);' })];
const paragraphs = (view: Parameters<typeof filterRecommendations>[1]) => filterRecommendations(recs, view).map((r) => r.paragraph);

describe('responses filter', () => {
  it('filters by response, "not entered", followed ones, words and paragraph prefixes', () => {
    expect(paragraphs({ response: 'all', followedOnly: false, query: '' })).toEqual(['140.18', '140.19', '140.75', '140.220', '140.7']);
    expect(paragraphs({ response: 'supported', followedOnly: false, query: '' })).toEqual(['140.18', '140.19']);
    expect(paragraphs({ response: 'none', followedOnly: false, query: '' })).toEqual(['140.7']);
    expect(paragraphs({ response: 'all', followedOnly: true, query: '' })).toEqual(['140.75']);
    expect(paragraphs({ response: 'all', followedOnly: false, query: 'roma' })).toEqual(['140.220', '140.7']);
    expect(paragraphs({ response: 'all', followedOnly: false, query: 'roma hate' })).toEqual(['140.7']);
    expect(paragraphs({ response: 'all', followedOnly: false, query: '140.1' })).toEqual(['140.18', '140.19']);
  });

  it('counts every response, zero included', () => {
    expect(countResponses(recs)).toEqual({
      all: 5,
      supported: 2,
      noted: 1,
      'partially-supported': 1,
      'no-clear-response': 0,
      pending: 0,
      none: 1,
    });
  });
});
