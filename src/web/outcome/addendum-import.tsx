import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponsesImportDto } from '../../shared/contracts/outcome-campaign.js';
import { errorMessage } from '../i18n/error-message.js';
import { formatNumber } from '../i18n/format.js';
import { useImportResponses, type OutcomeSourceInput } from './outcome-queries.js';
import { OutcomeSourceForm } from './outcome-source-form.js';
import { OutcomeWarnings } from './outcome-warnings.js';

/** What the addendum says, before anything is changed. */
function DryRunSummary({ result }: { result: ResponsesImportDto }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <Stack gap={6}>
      <Text size="sm">
        {t('outcome.addendum.found', {
          supported: n(result.counts.supported),
          noted: n(result.counts.noted),
          partly: n(result.counts.partiallySupported),
        })}
      </Text>
      {result.stated && (
        <Text size="sm">{t('outcome.addendum.stated', { supported: n(result.stated.supported), noted: n(result.stated.noted) })}</Text>
      )}
      <Text size="sm" fw={600}>
        {t('outcome.addendum.changes', { changed: n(result.changed), unchanged: n(result.unchanged) })}
      </Text>
      {result.warnings.length > 0 && <OutcomeWarnings warnings={result.warnings} label={t('outcome.addendum.warnings')} />}
    </Stack>
  );
}

/**
 * The State's responses from the addendum (Add.1, "Views on conclusions and/or recommendations"):
 * read it first without changing anything, show what it would change and its doubts, then apply.
 */
export function AddendumImport({ campaignId, onDone }: { campaignId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const importer = useImportResponses(campaignId);
  const [source, setSource] = useState<OutcomeSourceInput | null>(null);
  const [dryRun, setDryRun] = useState<ResponsesImportDto | null>(null);

  const read = (input: OutcomeSourceInput) => {
    setDryRun(null);
    setSource(input);
    importer.mutate({ source: input, dryRun: true }, { onSuccess: setDryRun });
  };
  const apply = () => {
    if (!source) return;
    // The upload progress was shown on the first reading; the second send needs none.
    const again = 'file' in source ? { file: source.file } : source;
    importer.mutate(
      { source: again, dryRun: false },
      {
        onSuccess: (result) => {
          notifications.show({
            color: 'teal',
            message: t('outcome.addendum.applied', { n: formatNumber(result.changed, i18n.language), lobby: result.lobbyTasks.created }),
          });
          setDryRun(null);
          setSource(null);
          onDone();
        },
      },
    );
  };

  return (
    <Stack gap="sm">
      <Text size="sm">{t('outcome.addendum.intro')}</Text>
      {!dryRun && (
        <OutcomeSourceForm
          texts="addendum"
          pending={importer.isPending}
          error={importer.error}
          submitLabel={t('outcome.addendum.read')}
          onSubmit={(input) => read(input)}
        />
      )}
      {dryRun && (
        <Alert color={dryRun.changed > 0 ? 'blue' : 'gray'} title={t('outcome.addendum.previewTitle')}>
          <Stack gap="sm">
            <DryRunSummary result={dryRun} />
            {importer.isError && (
              <Text size="sm" c="red.8" role="alert">
                {errorMessage(importer.error, t)}
              </Text>
            )}
            <Group gap="xs">
              <Button onClick={apply} loading={importer.isPending} disabled={dryRun.changed === 0}>
                {t('outcome.addendum.apply', { n: dryRun.changed })}
              </Button>
              <Button variant="default" onClick={() => setDryRun(null)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
