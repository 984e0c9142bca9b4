import { Badge, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BaselineDto, BaselineRecommendationDto } from '../../shared/contracts/after-review.js';
import { formatDate } from '../i18n/format.js';
import { LoadError } from '../layout/load-error.js';
import { STATUS_COLORS, useStatusLabel } from '../monitoring/monitoring-labels.js';
import { baselineQuery } from './after-review-queries.js';

function BaselineItem({ item }: { item: BaselineRecommendationDto }) {
  const { t, i18n } = useTranslation();
  const statusLabel = useStatusLabel();
  return (
    <Paper component="li" withBorder p="sm" radius="sm">
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Text fw={600} size="sm">
            {t('afterReview.baseline.paragraph', { paragraph: item.paragraph })}
          </Text>
          <Badge variant="light" color="gray">
            {item.response ? t(`responses.${item.response}`) : t('afterReview.baseline.noResponse')}
          </Badge>
          {item.status ? (
            <Badge variant="light" color={STATUS_COLORS[item.status]}>
              {statusLabel(item.status)}
            </Badge>
          ) : (
            <Badge variant="outline" color="gray">
              {t('afterReview.baseline.notMonitored')}
            </Badge>
          )}
          {item.ofInterest && <Badge variant="dot">{t('afterReview.baseline.followed')}</Badge>}
        </Group>
        <Text size="sm">{item.text}</Text>
        <Text size="xs" c="dimmed">
          {t('afterReview.baseline.by', { states: item.recommendingStates.map((s) => s.name).join(', ') })}
        </Text>
        {item.ministry && <Text size="xs">{t('afterReview.baseline.ministry', { ministry: item.ministry })}</Text>}
        {item.latestEvidence && (
          <Text size="xs">
            {t('afterReview.baseline.latest', {
              date: formatDate(item.latestEvidence.date, i18n.language),
              text: item.latestEvidence.text,
            })}
            {item.latestEvidence.source && ` ${t('afterReview.baseline.source', { source: item.latestEvidence.source })}`}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function BaselineContent({ data, sur }: { data: BaselineDto & { previous: NonNullable<BaselineDto['previous']> }; sur: string }) {
  const { t, i18n } = useTranslation();
  const followedCount = data.counts.ofInterest;
  // The ones the organisation followed are what the new cycle builds on; the rest are a click away.
  const [onlyFollowed, setOnlyFollowed] = useState(followedCount > 0);
  const shown = onlyFollowed ? data.recommendations.filter((r) => r.ofInterest) : data.recommendations;
  const { previous } = data;
  return (
    <Stack gap="sm">
      <Text size="sm">
        {t('afterReview.baseline.intro', {
          sur,
          name: previous.name,
          date: formatDate(previous.reviewDate, i18n.language),
          symbol: previous.documentSymbol ? `, ${previous.documentSymbol}` : '',
        })}
      </Text>
      {data.counts.total === 0 ? (
        <Text size="sm" c="dimmed">
          {t('afterReview.baseline.empty')}
        </Text>
      ) : (
        <>
          <Group gap="md" wrap="wrap">
            <Text size="sm">{t('afterReview.baseline.counts', { total: data.counts.total, followed: followedCount })}</Text>
            <Switch
              label={t('afterReview.baseline.onlyFollowed')}
              checked={onlyFollowed}
              onChange={(e) => setOnlyFollowed(e.currentTarget.checked)}
            />
          </Group>
          <Text size="sm" role="status">
            {t('afterReview.baseline.shown', { n: shown.length, total: data.counts.total })}
          </Text>
          <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('afterReview.baseline.listLabel')}>
            {shown.map((item) => (
              <BaselineItem key={item.id} item={item} />
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}

/**
 * "Recommended previously": the previous cycle's recommendations with the State's response and
 * the implementation status reached. Renders nothing for a campaign not started from another,
 * so it can sit on every campaign page.
 */
export function BaselineList({ campaignId, sur }: { campaignId: string; sur: string }) {
  const { t } = useTranslation();
  const baseline = useQuery(baselineQuery(campaignId));
  if (baseline.isError) return <LoadError error={baseline.error} onRetry={() => void baseline.refetch()} />;
  const data = baseline.data;
  if (!data?.previous) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="baseline-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="baseline-title">
          {t('afterReview.baseline.title')}
        </Title>
        <BaselineContent data={{ ...data, previous: data.previous }} sur={sur} />
      </Stack>
    </Paper>
  );
}
