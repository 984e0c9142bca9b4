/**
 * The advocacy document workspace: key issues and document settings. Every change refreshes the
 * workspace (word count, order) and the campaign's finder issues, which the key issues feed.
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { AdvocacyWorkspaceDto, DocumentSettingsInput, KeyIssueDto, KeyIssueInput } from '../../shared/contracts/advocacy.js';
import { http } from '../api/http.js';
import { queryKeys } from '../api/query-keys.js';

export const campaignPath = (id: string) => `/api/campaigns/${encodeURIComponent(id)}`;

export function advocacyQuery(id: string) {
  return queryOptions({ queryKey: queryKeys.advocacy(id), queryFn: () => http<AdvocacyWorkspaceDto>(`${campaignPath(id)}/advocacy`) });
}

function useRefresh(id: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: queryKeys.advocacy(id) });
    void client.invalidateQueries({ queryKey: queryKeys.campaignIssues(id) });
  };
}

export function useSaveSettings(id: string) {
  const client = useQueryClient();
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (body: DocumentSettingsInput) => http<AdvocacyWorkspaceDto>(`${campaignPath(id)}/advocacy/settings`, { method: 'PATCH', body }),
    onSuccess: (workspace) => client.setQueryData(queryKeys.advocacy(id), workspace),
  });
}

export function useSaveKeyIssue(id: string, issueId: string | null) {
  const refresh = useRefresh(id);
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (body: KeyIssueInput) =>
      issueId
        ? http<KeyIssueDto>(`${campaignPath(id)}/key-issues/${encodeURIComponent(issueId)}`, { method: 'PUT', body })
        : http<KeyIssueDto>(`${campaignPath(id)}/key-issues`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useDeleteKeyIssue(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (issueId: string) => http<null>(`${campaignPath(id)}/key-issues/${encodeURIComponent(issueId)}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
}

export function useReorderKeyIssues(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => http<AdvocacyWorkspaceDto>(`${campaignPath(id)}/key-issues/order`, { method: 'PUT', body: { ids } }),
    onSuccess: (workspace) => client.setQueryData(queryKeys.advocacy(id), workspace),
  });
}
