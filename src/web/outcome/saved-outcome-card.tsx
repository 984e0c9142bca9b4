import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RESPONSES } from '../../core/recommendations/responses.js';
import type { OutcomeDto } from '../../shared/contracts/outcome-campaign.js';
import { formatDate, formatInstant, formatNumber } from '../i18n/format.js';
import { RESPONSE_COLORS, useRecommendationLabels } from '../recommendations/labels.js';
import { outcomeSectionPath } from './outcome-frame.js';

/** The outcome already saved: which report, how many recommendations and responses, and what to do next. */
export function SavedOutcomeCard({ outcome }: { outcome: OutcomeDto }) {
  const { t, i18n } = useTranslation();
  const labels = useRecommendationLabels();
  const saved = outcome.import;
  if (!saved) return null;
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="saved-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="saved-title">
          {t('outcome.import.savedTitle', { symbol: saved.documentSymbol })}
        </Title>
        <Text size="sm">
          {t('outcome.import.savedSummary', {
            n: n(outcome.counts.total),
            interest: n(outcome.counts.ofInterest),
            date: formatInstant(saved.updatedAt, i18n.language),
          })}
          {saved.fileName ? ` · ${saved.fileName}` : ''}
        </Text>
        <Group gap={6}>
          {RESPONSES.filter((r) => outcome.counts.byResponse[r] > 0).map((r) => (
            <Badge key={r} variant="light" color={RESPONSE_COLORS[r]} tt="none">
              {`${labels.response(r)}: ${n(outcome.counts.byResponse[r])}`}
            </Badge>
          ))}
          {outcome.counts.byResponse.unknown > 0 && (
            <Badge variant="light" color="gray" tt="none">
              {`${t('outcome.responses.none')}: ${n(outcome.counts.byResponse.unknown)}`}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {t(outcome.adoption.estimated ? 'outcome.adoptionEstimated' : 'outcome.adoption', {
            date: formatDate(outcome.adoption.date, i18n.language),
          })}
        </Text>
        <Group gap="xs">
          <Button component={Link} to={outcomeSectionPath(outcome.campaignId, 'matching')}>
            {t('outcome.import.nextMatching')}
          </Button>
          <Button component={Link} to={outcomeSectionPath(outcome.campaignId, 'responses')} variant="light">
            {t('outcome.import.nextResponses')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
