import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { recommendationSearchQuery } from './recommendation-queries.js';
import { activeFilterCount, apiQuery, readSearch, withQuery } from './search-state.js';

/**
 * The search as the URL holds it, the query it runs, and the words being typed in the search box
 * (which follow the URL on back and forward, and go into it on submit).
 */
export function useRecommendationSearch() {
  const [params, setParams] = useSearchParams();
  const state = readSearch(params);
  const query = apiQuery(state, { paged: true });
  const exportQuery = apiQuery(state, { paged: false });
  const search = useQuery(recommendationSearchQuery(query));
  const [text, setText] = useState(state.q);
  const filterCount = activeFilterCount(state);

  // Back and forward change the URL: the search box follows.
  useEffect(() => setText(state.q), [state.q]);

  const update = (next: URLSearchParams) => setParams(next);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update(withQuery(params, text));
  };

  return { params, state, exportQuery, search, text, setText, filterCount, update, submit };
}
