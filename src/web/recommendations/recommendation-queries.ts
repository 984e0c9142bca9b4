/** Searching the recommendations and reading one of them. */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { RecommendationDetailDto, RecommendationSearchResultDto } from '../../shared/contracts/recommendations.js';
import { http } from '../api/http.js';
import { queryKeys } from '../api/query-keys.js';

export function recommendationSearchQuery(query: string) {
  return queryOptions({
    queryKey: queryKeys.recommendations(query),
    queryFn: ({ signal }) => http<RecommendationSearchResultDto>(`/api/recommendations?${query}`, { signal }),
    // The previous page stays on screen (dimmed) while the next one loads.
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function recommendationQuery(id: string) {
  return queryOptions({
    queryKey: queryKeys.recommendation(id),
    queryFn: ({ signal }) => http<RecommendationDetailDto>(`/api/recommendations/${encodeURIComponent(id)}`, { signal }),
    staleTime: 5 * 60_000,
  });
}
