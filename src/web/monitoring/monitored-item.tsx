import { Badge, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { MonitoredRecommendationDto, MonitoringEntryDto } from '../../shared/contracts/outcome-campaign.js';
import { formatDate } from '../i18n/format.js';
import { useRecommendationLabels } from '../recommendations/labels.js';
import { ResponseBadge } from '../recommendations/response-badge.js';
import { STATUS_COLORS, useStatusLabel } from './monitoring-labels.js';
import { EvidenceForm, StatusForm } from './monitoring-forms.js';

/** A recommendation's history, oldest first: status changes and evidence with its source. */
function Timeline({ entries, paragraph }: { entries: MonitoringEntryDto[]; paragraph: string }) {
  const { t, i18n } = useTranslation();
  const label = useStatusLabel();
  if (entries.length === 0) return <Text size="sm">{t('outcome.monitoring.noEntries')}</Text>;
  return (
    <Stack component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('outcome.monitoring.timelineOf', { paragraph })}>
      {entries.map((entry) => (
        <li key={entry.id} style={{ borderLeft: '3px solid var(--mantine-color-gray-4)', paddingLeft: 'var(--mantine-spacing-sm)' }}>
          <Text size="xs" fw={700} component="time" dateTime={entry.date} display="block">
            {formatDate(entry.date, i18n.language)}
          </Text>
          {entry.kind === 'status' && entry.status ? (
            <Group gap={6}>
              <Text size="sm">{t('outcome.monitoring.statusChanged')}</Text>
              <Badge variant="light" color={STATUS_COLORS[entry.status]} tt="none">
                {label(entry.status)}
              </Badge>
            </Group>
          ) : (
            <>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {entry.text}
              </Text>
              {entry.source && (
                <Text size="xs" c="dimmed">
                  {t('outcome.monitoring.sourceIs', { source: entry.source })}
                </Text>
              )}
            </>
          )}
        </li>
      ))}
    </Stack>
  );
}

interface Props {
  campaignId: string;
  item: MonitoredRecommendationDto;
  issueTitles: string[];
  today: string;
  canEdit: boolean;
}

/** One followed, supported recommendation: where its implementation stands, who is responsible, and the evidence. */
export function MonitoredItem({ campaignId, item, issueTitles, today, canEdit }: Props) {
  const { t } = useTranslation();
  const labels = useRecommendationLabels();
  const status = useStatusLabel();
  const [open, { toggle }] = useDisclosure(false);
  const panel = `monitoring-panel-${item.id}`;
  return (
    <Paper withBorder p="md" component="li" aria-labelledby={`monitored-${item.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Group gap={6}>
            <Title order={3} size="h4" id={`monitored-${item.id}`}>
              {item.paragraph}
            </Title>
            <Badge variant="filled" color={STATUS_COLORS[item.status]} tt="none">
              {status(item.status)}
            </Badge>
            <ResponseBadge response={item.response} size="sm" />
          </Group>
          {item.ministry && <Text size="sm">{t('outcome.monitoring.ministryIs', { ministry: item.ministry })}</Text>}
        </Group>
        <Text size="sm">{item.text}</Text>
        <Text size="xs" c="dimmed">
          {t('outcome.matching.by', { states: item.recommendingStates.map((iso3) => labels.state(iso3)).join(', ') })}
          {issueTitles.length > 0 ? ` · ${t('outcome.monitoring.issues', { titles: issueTitles.join('; ') })}` : ''}
        </Text>
        {canEdit && <StatusForm campaignId={campaignId} item={item} today={today} />}
        <Button variant="default" size="compact-sm" w="fit-content" onClick={toggle} aria-expanded={open} aria-controls={panel}>
          {open ? t('outcome.monitoring.hide') : t('outcome.monitoring.show', { n: item.timeline.length })}
        </Button>
        {open && (
          <Grid gap="lg" id={panel}>
            <Grid.Col span={{ base: 12, md: canEdit ? 6 : 12 }}>
              <Stack gap="xs">
                <Text size="sm" fw={600}>
                  {t('outcome.monitoring.timeline')}
                </Text>
                <Timeline entries={item.timeline} paragraph={item.paragraph} />
              </Stack>
            </Grid.Col>
            {canEdit && (
              <Grid.Col span={{ base: 12, md: 6 }}>
                <EvidenceForm campaignId={campaignId} item={item} today={today} />
              </Grid.Col>
            )}
          </Grid>
        )}
      </Stack>
    </Paper>
  );
}
