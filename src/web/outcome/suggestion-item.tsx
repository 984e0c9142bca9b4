import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MatchDto, MatchStatus, SavedRecommendationDto } from '../../shared/contracts/outcome-campaign.js';
import { formatNumber } from '../i18n/format.js';
import { useRecommendationLabels } from '../recommendations/labels.js';
import { ResponseBadge } from '../recommendations/response-badge.js';

interface Props {
  match: MatchDto;
  recommendation: SavedRecommendationDto | undefined;
  canEdit: boolean;
  pending: boolean;
  onDecide: (match: MatchDto, status: MatchStatus) => void;
}

const STATUS_COLORS: Record<MatchStatus, string> = { suggested: 'blue', confirmed: 'teal', rejected: 'gray' };

/**
 * One received recommendation suggested for an ask. The whole item takes the keyboard focus
 * (the page handles A, R, U, J and K on it, see matching-keys.ts); the buttons do the same by
 * mouse, touch or Tab. The decision is written in words, never by colour alone.
 */
export function SuggestionItem({ match, recommendation, canEdit, pending, onDecide }: Props) {
  const { t, i18n } = useTranslation();
  const labels = useRecommendationLabels();
  const percent = formatNumber(Math.round(match.confidence * 100), i18n.language);
  const confidence = t(`outcome.matching.level.${match.level}`, { percent });
  const status = t(`outcome.matching.status.${match.status}`);
  const states = (recommendation?.recommendingStates ?? []).map((iso3) => labels.state(iso3)).join(', ');
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      tabIndex={0}
      data-match-id={match.id}
      data-status={match.status}
      aria-label={t('outcome.matching.itemLabel', { paragraph: match.paragraph, confidence, status })}
      aria-keyshortcuts={canEdit ? 'A R U J K' : 'J K'}
      className="outcome-suggestion"
      style={{ opacity: match.status === 'rejected' ? 0.75 : 1 }}
    >
      <Stack gap={6}>
        <Group gap={6} justify="space-between" align="flex-start">
          <Group gap={6}>
            <Text fw={700}>{match.paragraph}</Text>
            <Badge variant="light" color={match.level === 'high' ? 'teal' : 'yellow'} tt="none">
              {confidence}
            </Badge>
            <Badge variant={match.status === 'suggested' ? 'outline' : 'filled'} color={STATUS_COLORS[match.status]} tt="none">
              {status}
            </Badge>
          </Group>
          {recommendation?.response && recommendation.response !== 'pending' && (
            <ResponseBadge response={recommendation.response} size="sm" />
          )}
        </Group>
        <Text size="sm" td={match.status === 'rejected' ? 'line-through' : undefined}>
          {recommendation?.text ?? match.paragraph}
        </Text>
        {states && (
          <Text size="xs" c="dimmed">
            {t('outcome.matching.by', { states })}
          </Text>
        )}
        {canEdit && (
          <Group gap="xs">
            {match.status === 'suggested' ? (
              <>
                <Button
                  size="compact-sm"
                  color="teal"
                  onClick={() => onDecide(match, 'confirmed')}
                  disabled={pending}
                  aria-label={t('outcome.matching.confirmLabel', { paragraph: match.paragraph })}
                >
                  {t('outcome.matching.confirm')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="default"
                  onClick={() => onDecide(match, 'rejected')}
                  disabled={pending}
                  aria-label={t('outcome.matching.rejectLabel', { paragraph: match.paragraph })}
                >
                  {t('outcome.matching.reject')}
                </Button>
              </>
            ) : (
              <Button
                size="compact-sm"
                variant="subtle"
                onClick={() => onDecide(match, 'suggested')}
                disabled={pending}
                aria-label={t('outcome.matching.undoLabel', { paragraph: match.paragraph })}
              >
                {t('outcome.matching.undo')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
