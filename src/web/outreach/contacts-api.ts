/**
 * Upload of a contacts spreadsheet: the file goes as the raw body (`?fileName=` tells .csv or
 * .xlsx), first for the preview, then with the confirmed mapping for the import.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatMappingParam, type ContactMapping, type ContactsImportResultDto, type ContactsPreviewDto } from '../../shared/contracts/contacts.js';
import { http } from '../api/http.js';
import { queryKeys } from '../api/query-keys.js';
import { campaignPath, useRefreshOutreach } from './outreach-queries.js';

const upload = { method: 'POST', contentType: 'application/octet-stream' } as const;

export function usePreviewContacts(campaignId: string) {
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (file: File) =>
      http<ContactsPreviewDto>(`${campaignPath(campaignId)}/contacts/preview?${new URLSearchParams({ fileName: file.name }).toString()}`, { ...upload, body: file }),
  });
}

export function useImportContacts(campaignId: string) {
  const refresh = useRefreshOutreach(campaignId);
  const client = useQueryClient();
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: ({ file, mapping }: { file: File; mapping: ContactMapping }) =>
      http<ContactsImportResultDto>(
        `${campaignPath(campaignId)}/contacts/import?${new URLSearchParams({ fileName: file.name, mapping: formatMappingParam(mapping) }).toString()}`,
        { ...upload, body: file },
      ),
    onSuccess: () => {
      void refresh();
      // New targets show on the campaign's target list and in the finder.
      void client.invalidateQueries({ queryKey: queryKeys.campaignTargets(campaignId) });
      void client.invalidateQueries({ queryKey: ['campaigns', campaignId, 'target-finder'] });
    },
  });
}
