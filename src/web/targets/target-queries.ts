/**
 * The campaign's key issues, its target States, the target finder, the UPR Info issue list and
 * the drafting helper. Adding or removing a target refreshes the finder and the campaign's list.
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  AnalyzeDraftRequest,
  CampaignIssuesDto,
  CampaignTargetDto,
  DraftAnalysisDto,
  IssueDto,
  IssueSuggestionDto,
  TargetFinderDto,
} from '../../shared/contracts/targets.js';
import { http } from '../api/http.js';
import { queryKeys } from '../api/query-keys.js';

const campaignPath = (id: string) => `/api/campaigns/${encodeURIComponent(id)}`;

/** The 54 UPR Info issues (both labels come with each, so the list does not depend on the language). */
export const issuesQuery = queryOptions({
  queryKey: queryKeys.issues,
  queryFn: () => http<IssueDto[]>('/api/issues'),
  staleTime: Infinity,
});

export function campaignIssuesQuery(id: string) {
  return queryOptions({ queryKey: queryKeys.campaignIssues(id), queryFn: () => http<CampaignIssuesDto>(`${campaignPath(id)}/issues`) });
}

export function campaignTargetsQuery(id: string) {
  return queryOptions({ queryKey: queryKeys.campaignTargets(id), queryFn: () => http<CampaignTargetDto[]>(`${campaignPath(id)}/targets`) });
}

export interface FinderFilters {
  regionalGroup: string[];
  euOnly: boolean;
  excludeTargeted: boolean;
  limit: number;
}

export function finderQueryString(filters: FinderFilters): string {
  const params = new URLSearchParams();
  for (const group of filters.regionalGroup) params.append('regionalGroup', group);
  if (filters.euOnly) params.set('euOnly', 'true');
  if (filters.excludeTargeted) params.set('excludeTargeted', 'true');
  params.set('limit', String(filters.limit));
  return params.toString();
}

export function targetFinderQuery(id: string, query: string) {
  return queryOptions({
    queryKey: queryKeys.targetFinder(id, query),
    queryFn: ({ signal }) => http<TargetFinderDto>(`${campaignPath(id)}/target-finder?${query}`, { signal }),
  });
}

function useRefreshTargets(id: string) {
  const client = useQueryClient();
  return (targets?: CampaignTargetDto[]) => {
    if (targets) client.setQueryData(queryKeys.campaignTargets(id), targets);
    void client.invalidateQueries({ queryKey: ['campaigns', id, 'targets'] });
    void client.invalidateQueries({ queryKey: ['campaigns', id, 'target-finder'] });
  };
}

export function useAddTargets(id: string) {
  const refresh = useRefreshTargets(id);
  return useMutation({
    mutationFn: (iso3: string[]) => http<CampaignTargetDto[]>(`${campaignPath(id)}/targets`, { method: 'POST', body: { iso3 } }),
    onSuccess: (targets) => refresh(targets),
  });
}

export function useRemoveTarget(id: string) {
  const refresh = useRefreshTargets(id);
  return useMutation({
    mutationFn: (iso3: string) => http<void>(`${campaignPath(id)}/targets/${encodeURIComponent(iso3)}`, { method: 'DELETE' }),
    onSuccess: () => refresh(),
  });
}

export function useSetCampaignIssues(id: string) {
  const client = useQueryClient();
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (issues: string[]) => http<CampaignIssuesDto>(`${campaignPath(id)}/issues`, { method: 'PUT', body: { issues } }),
    onSuccess: (saved) => {
      client.setQueryData(queryKeys.campaignIssues(id), saved);
      // The ranking depends on the issues.
      void client.invalidateQueries({ queryKey: ['campaigns', id, 'target-finder'] });
    },
  });
}

export function useSuggestIssues() {
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (text: string) => http<IssueSuggestionDto[]>('/api/issues/suggest', { method: 'POST', body: { text } }),
  });
}

export function useAnalyzeDraft() {
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (request: AnalyzeDraftRequest) => http<DraftAnalysisDto>('/api/drafting/analyze', { method: 'POST', body: request }),
  });
}
