import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { RecommendationDto } from '../../shared/contracts/recommendations.js';
import { formatList } from '../i18n/format.js';
import { IssueBadge } from './issue-badge.js';
import { useRecommendationLabels } from './labels.js';
import { ResponseBadge } from './response-badge.js';

/** One search result: who recommended what to whom, how it was answered, when, on which issues. */
export function RecommendationCard({ item }: { item: RecommendationDto }) {
  const { t } = useTranslation();
  const labels = useRecommendationLabels();
  const location = useLocation();
  const titleId = `rec-${item.id}`;
  const by = formatList(item.recommendingStates.map(labels.state), labels.language);
  return (
    <Paper component="article" withBorder p="md" aria-labelledby={titleId}>
      <Stack gap={8}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Text id={titleId} fw={600} component="h3" m={0} fz="md">
            <Anchor
              component={Link}
              to={`/recommendations/${encodeURIComponent(item.id)}${location.search}`}
              state={{ keepFocus: true }}
              data-rec-link={item.id}
              inherit
            >
              {t('recommendations.toState', { state: labels.state(item.surIso3) })}
            </Anchor>
          </Text>
          <ResponseBadge response={item.response} />
        </Group>
        <Text style={{ whiteSpace: 'pre-line' }} lineClamp={6}>
          {item.text}
        </Text>
        <Text size="sm">
          <Text span c="dimmed" size="sm">
            {t('recommendations.by')}{' '}
          </Text>
          {by || t('recommendations.unknownStates')}
        </Text>
        <Group gap="xs" wrap="wrap">
          <Text size="sm" c="dimmed">
            {labels.session(item.session)} · {labels.cycle(item.cycle)}
            {item.actionCategory !== null &&
              ` · ${t('recommendations.actionShort', { category: labels.actionCategory(item.actionCategory) })}`}
          </Text>
        </Group>
        {item.issues.length > 0 && (
          <Group gap={6} wrap="wrap" aria-label={t('recommendations.issues')} role="list">
            {item.issues.map((issue) => (
              <IssueBadge key={issue} label={labels.issue(issue)} role="listitem" />
            ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
