/** Reading and changing campaigns; every change refreshes the lists that show it. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { CampaignDto, CampaignSummaryDto, CreateCampaignRequest, DashboardDto, MemberDto } from '../../shared/contracts/index.js';
import { http } from '../api/http.js';
import { queryKeys } from '../api/query-keys.js';

export const campaignsQuery = queryOptions({
  queryKey: queryKeys.campaigns,
  queryFn: () => http<CampaignSummaryDto[]>('/api/campaigns'),
});

export function campaignQuery(id: string) {
  return queryOptions({
    queryKey: queryKeys.campaign(id),
    queryFn: () => http<CampaignDto>(`/api/campaigns/${encodeURIComponent(id)}`),
  });
}

export const dashboardQuery = queryOptions({ queryKey: queryKeys.dashboard, queryFn: () => http<DashboardDto>('/api/dashboard') });

export const membersQuery = queryOptions({ queryKey: queryKeys.members, queryFn: () => http<MemberDto[]>('/api/members') });

export function useCreateCampaign() {
  const client = useQueryClient();
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (body: CreateCampaignRequest) => http<CampaignDto>('/api/campaigns', { method: 'POST', body }),
    onSuccess: (campaign) => {
      client.setQueryData(queryKeys.campaign(campaign.id), campaign);
      void client.invalidateQueries({ queryKey: queryKeys.campaigns });
      void client.invalidateQueries({ queryKey: queryKeys.dashboard });
    },
  });
}

export function useUpdateCampaign(id: string) {
  const client = useQueryClient();
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (body: { name?: string; reviewDate?: string }) =>
      http<CampaignDto>(`/api/campaigns/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSuccess: (campaign) => {
      if (campaign && typeof campaign === 'object' && 'stages' in campaign) client.setQueryData(queryKeys.campaign(id), campaign);
      void client.invalidateQueries({ queryKey: queryKeys.campaigns });
      void client.invalidateQueries({ queryKey: queryKeys.dashboard });
    },
  });
}

export function useDeleteCampaign(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => http<void>(`/api/campaigns/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => {
      client.removeQueries({ queryKey: queryKeys.campaign(id) });
      void client.invalidateQueries({ queryKey: queryKeys.campaigns });
      void client.invalidateQueries({ queryKey: queryKeys.dashboard });
    },
  });
}
