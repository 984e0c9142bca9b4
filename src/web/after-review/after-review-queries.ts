/**
 * Queries of the last stages of a cycle: whether the next cycle exists (and what it would get),
 * starting it, and the baseline a campaign inherited. Keys live under the campaign's, so
 * refreshing a campaign refreshes these too.
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { BaselineDto, NextCycleInfoDto, NextCycleResultDto } from '../../shared/contracts/after-review.js';
import { http } from '../api/http.js';
import { queryKeys } from '../api/query-keys.js';

export const afterReviewPath = (id: string) => `/api/campaigns/${encodeURIComponent(id)}`;

export const afterReviewKeys = {
  nextCycle: (id: string) => ['campaigns', id, 'next-cycle'] as const,
  baseline: (id: string) => ['campaigns', id, 'baseline'] as const,
};

export function nextCycleQuery(id: string) {
  return queryOptions({
    queryKey: afterReviewKeys.nextCycle(id),
    queryFn: () => http<NextCycleInfoDto>(`${afterReviewPath(id)}/next-cycle`),
  });
}

export function baselineQuery(id: string) {
  return queryOptions({ queryKey: afterReviewKeys.baseline(id), queryFn: () => http<BaselineDto>(`${afterReviewPath(id)}/baseline`) });
}

/** Starts the next cycle; the campaigns list and this campaign's next-cycle state are refreshed. */
export function useStartNextCycle(id: string) {
  const client = useQueryClient();
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: () => http<NextCycleResultDto>(`${afterReviewPath(id)}/next-cycle`, { method: 'POST', body: {} }),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: afterReviewKeys.nextCycle(id) });
      void client.invalidateQueries({ queryKey: queryKeys.campaigns, exact: true });
      void client.invalidateQueries({ queryKey: queryKeys.dashboard });
    },
  });
}

/** Links of the after-review documents in a language. */
export const documentLink = (id: string, name: 'midterm-report' | 'update-letters', format: string, language: string) =>
  `${afterReviewPath(id)}/${name}.${format}?lang=${encodeURIComponent(language)}`;
