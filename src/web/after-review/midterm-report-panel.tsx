import { Anchor, Button, Group, Paper, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { advocacyQuery } from '../document/document-queries.js';
import { LoadError } from '../layout/load-error.js';
import { monitoringQuery } from '../outcome/outcome-queries.js';
import { documentLink } from './after-review-queries.js';

type DocumentLanguage = 'en' | 'ru';

/**
 * Stages `mid-term-report` and `update-recommending-states`: the mid-term report (DOCX, PDF,
 * print view) and the update letters, in the language chosen (the campaign document's by
 * default). Only offered once something is monitored, since the documents are written from it.
 */
export function MidtermReportPanel({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const monitoring = useQuery(monitoringQuery(campaignId));
  const advocacy = useQuery(advocacyQuery(campaignId));
  const [chosen, setChosen] = useState<DocumentLanguage | null>(null);
  const language: DocumentLanguage = chosen ?? (advocacy.data?.settings.language === 'ru' ? 'ru' : 'en');
  const followed = monitoring.data?.recommendations.length ?? 0;
  const link = (name: 'midterm-report' | 'update-letters', format: string) => documentLink(campaignId, name, format, language);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="midterm-title" className="no-print">
      <Stack gap="sm">
        <Title order={2} size="h3" id="midterm-title">
          {t('afterReview.midterm.title')}
        </Title>
        <Text size="sm">{t('afterReview.midterm.intro')}</Text>
        {monitoring.isPending && <Skeleton height={36} />}
        {monitoring.isError && <LoadError error={monitoring.error} onRetry={() => void monitoring.refetch()} />}
        {monitoring.isSuccess && followed === 0 && (
          <Stack gap="xs" align="flex-start">
            <Text size="sm" c="dimmed">
              {t('afterReview.midterm.empty')}
            </Text>
            <Anchor component={Link} to={`/campaigns/${encodeURIComponent(campaignId)}/monitoring`} size="sm">
              {t('afterReview.midterm.goMonitoring')}
            </Anchor>
          </Stack>
        )}
        {monitoring.isSuccess && followed > 0 && (
          <>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="midterm-language">
                {t('afterReview.midterm.language')}
              </Text>
              <SegmentedControl
                aria-labelledby="midterm-language"
                value={language}
                onChange={(value) => setChosen(value === 'ru' ? 'ru' : 'en')}
                data={[
                  { value: 'ru', label: t('language.ru') },
                  { value: 'en', label: t('language.en') },
                ]}
                w="fit-content"
              />
            </Stack>
            <Text size="sm" c="dimmed">
              {t('afterReview.midterm.followed', { n: followed })}
            </Text>
            <Group gap="xs" wrap="wrap">
              <Button component="a" href={link('midterm-report', 'docx')} download>
                {t('afterReview.midterm.docx')}
              </Button>
              <Button component="a" href={link('midterm-report', 'pdf')} download variant="default">
                {t('afterReview.midterm.pdf')}
              </Button>
              <Button component="a" href={link('midterm-report', 'html')} target="_blank" rel="noopener" variant="default">
                {t('afterReview.midterm.print')}
              </Button>
            </Group>
            <Title order={3} size="h4" mt="sm">
              {t('afterReview.midterm.lettersTitle')}
            </Title>
            <Text size="sm">{t('afterReview.midterm.lettersIntro')}</Text>
            <Group gap="xs" wrap="wrap">
              <Button component="a" href={link('update-letters', 'docx')} download variant="light">
                {t('afterReview.midterm.lettersDocx')}
              </Button>
              <Button component="a" href={link('update-letters', 'html')} target="_blank" rel="noopener" variant="default">
                {t('afterReview.midterm.lettersPrint')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
