import { Alert, Button, FileButton, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CampaignDto } from '../../shared/contracts/campaigns.js';
import { isApiError } from '../api/api-error.js';
import { http } from '../api/http.js';
import { queryKeys } from '../api/query-keys.js';
import { errorMessage } from '../i18n/error-message.js';

/** Larger than any real campaign file; refused before upload so nobody waits for a 400. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Creates a campaign from a portable campaign file (`upr-advocate/campaign@1`) exported elsewhere. */
export function ImportCampaignButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const upload = useMutation({
    meta: { inlineErrors: true },
    mutationFn: (body: unknown) => http<CampaignDto>('/api/campaigns/import', { method: 'POST', body }),
    onSuccess: (campaign) => {
      void client.invalidateQueries({ queryKey: queryKeys.campaigns });
      void navigate(`/campaigns/${campaign.id}`);
    },
    // The server's message names the place in the file to fix (e.g. "issues[2].recommendations").
    onError: (error) => setProblem(isApiError(error) && error.code === 'validation' ? `${t('document.campaignFile.invalid')} ${error.message}` : errorMessage(error, t)),
  });
  const choose = async (file: File | null) => {
    setProblem(null);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setProblem(t('document.campaignFile.tooLarge'));
    try {
      upload.mutate(JSON.parse(await file.text()));
    } catch {
      setProblem(t('document.campaignFile.notJson', { name: file.name }));
    }
  };
  return (
    <Stack gap="xs">
      <FileButton onChange={(file) => void choose(file)} accept="application/json,.json">
        {(props) => (
          <Button {...props} variant="default" loading={upload.isPending}>
            {t('document.campaignFile.import')}
          </Button>
        )}
      </FileButton>
      {problem && (
        <Alert color="red" title={t('document.campaignFile.failed')} role="alert" withCloseButton onClose={() => setProblem(null)}>
          {problem}
        </Alert>
      )}
    </Stack>
  );
}
