import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignDto } from '../../shared/contracts/index.js';
import type { SaveOutcomeResultDto } from '../../shared/contracts/outcome-campaign.js';
import type { OutcomeParseDto } from '../../shared/contracts/outcome.js';
import { formatNumber } from '../i18n/format.js';
import { LoadError } from '../layout/load-error.js';
import { PageSkeleton } from '../layout/page-skeleton.js';
import { OutcomeFrame } from './outcome-frame.js';
import { OutcomePreview } from './outcome-preview.js';
import { outcomeQuery, usePreviewOutcome } from './outcome-queries.js';
import { OutcomeSourceForm } from './outcome-source-form.js';
import { guessDocumentSymbol } from './preview-rows.js';
import { SavedOutcomeCard } from './saved-outcome-card.js';

interface Parsed {
  parse: OutcomeParseDto;
  symbol: string;
  /** Changes with every reading, so the preview starts afresh. */
  version: number;
}

function ImportWorkspace({ campaign, canEdit }: { campaign: CampaignDto; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const outcome = useQuery(outcomeQuery(campaign.id));
  const preview = usePreviewOutcome(campaign.id);
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [saved, setSaved] = useState<SaveOutcomeResultDto | null>(null);
  const [again, { toggle: toggleAgain, close: closeAgain }] = useDisclosure(false);

  if (outcome.isPending) return <PageSkeleton lines={2} />;
  if (outcome.isError) return <LoadError error={outcome.error} onRetry={() => void outcome.refetch()} />;
  const savedOutcome = outcome.data.import;
  const read = (source: Parameters<typeof preview.mutate>[0], fileName: string | null, text: string) => {
    setSaved(null);
    preview.mutate(source, {
      onSuccess: (parse) => setParsed({ parse, symbol: guessDocumentSymbol(text, fileName), version: (parsed?.version ?? 0) + 1 }),
    });
  };
  const n = (value: number) => formatNumber(value, i18n.language);

  const form = (
    <OutcomeSourceForm
      texts="report"
      pending={preview.isPending}
      error={preview.error}
      submitLabel={t('outcome.import.read')}
      onSubmit={read}
    />
  );
  return (
    <Stack gap="md">
      {saved && (
        <Alert color="teal" role="status" title={t('outcome.import.savedNow')}>
          {t('outcome.import.savedResult', {
            total: n(saved.total),
            added: n(saved.added),
            updated: n(saved.updated),
            removed: n(saved.removed),
          })}
        </Alert>
      )}
      {savedOutcome && !parsed && <SavedOutcomeCard outcome={outcome.data} />}
      {!canEdit && <Alert color="gray">{t('outcome.readOnly')}</Alert>}
      {canEdit && parsed && (
        <OutcomePreview
          key={parsed.version}
          campaignId={campaign.id}
          parse={parsed.parse}
          symbol={parsed.symbol}
          savedSymbol={savedOutcome?.documentSymbol ?? null}
          savedParagraphs={outcome.data.recommendations.map((r) => r.paragraph)}
          onSaved={(result) => {
            setSaved(result);
            setParsed(null);
            closeAgain();
          }}
          onDiscard={() => setParsed(null)}
        />
      )}
      {canEdit && !parsed && !savedOutcome && (
        <Paper withBorder p="md" component="section" aria-labelledby="source-title">
          <Stack gap="sm">
            <Title order={2} size="h3" id="source-title">
              {t('outcome.import.sourceTitle')}
            </Title>
            <Text size="sm">{t('outcome.import.whereToFind')}</Text>
            {form}
          </Stack>
        </Paper>
      )}
      {canEdit && !parsed && savedOutcome && (
        <Paper withBorder p="md" component="section" aria-labelledby="again-title">
          <Stack gap="sm">
            <Title order={2} size="h3" id="again-title">
              {t('outcome.import.againTitle')}
            </Title>
            <Text size="sm">{t('outcome.import.againText')}</Text>
            <Button variant="default" w="fit-content" onClick={toggleAgain} aria-expanded={again}>
              {t('outcome.import.againOpen')}
            </Button>
            {again && form}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

/** Outcome import (stage `outcome-report`): paste or upload the Working Group report, check the parser's reading, save. */
export function OutcomeImportPage() {
  return <OutcomeFrame section="import">{(campaign, canEdit) => <ImportWorkspace campaign={campaign} canEdit={canEdit} />}</OutcomeFrame>;
}
