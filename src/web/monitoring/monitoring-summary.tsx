import { Badge, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MONITORING_STATUSES, type StatusSummary } from '../../core/outcome/monitoring-status.js';
import type { MonitoringDto } from '../../shared/contracts/outcome-campaign.js';
import { formatNumber } from '../i18n/format.js';
import { STATUS_COLORS, useStatusLabel } from './monitoring-labels.js';

function SummaryCard({ title, summary }: { title: string; summary: StatusSummary }) {
  const { t, i18n } = useTranslation();
  const label = useStatusLabel();
  const percent = Math.round(summary.progress * 100);
  return (
    <Paper withBorder p="sm" component="li">
      <Stack gap={6}>
        <Title order={3} size="h5">
          {title}
        </Title>
        <Text size="sm">{t('outcome.monitoring.followed', { n: formatNumber(summary.total, i18n.language) })}</Text>
        <Progress value={percent} color="teal" aria-label={t('outcome.monitoring.progress', { percent })} />
        <Text size="xs" c="dimmed">
          {t('outcome.monitoring.progress', { percent })}
        </Text>
        <Group gap={4}>
          {MONITORING_STATUSES.filter((s) => summary.counts[s] > 0).map((s) => (
            <Badge key={s} variant="light" color={STATUS_COLORS[s]} tt="none">
              {`${label(s)}: ${formatNumber(summary.counts[s], i18n.language)}`}
            </Badge>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}

/** Counts by status per key issue and overall: the headline figures of the mid-term report. */
export function MonitoringSummary({ data }: { data: MonitoringDto }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby="summary-title">
      <Title order={2} size="h3" id="summary-title">
        {t('outcome.monitoring.summaryTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        <SummaryCard title={t('outcome.monitoring.overall')} summary={data.overall} />
        {data.issues.map((issue) => (
          <SummaryCard
            key={issue.keyIssueId ?? 'none'}
            title={issue.keyIssueId ? issue.title : t('outcome.monitoring.noIssue')}
            summary={issue.summary}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
