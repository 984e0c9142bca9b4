import { Group, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewEstimateDto, ReviewSuggestionDto } from '../../shared/contracts/index.js';
import { todayIso } from '../i18n/format.js';
import { dateCountdown } from '../layout/date-countdown.js';
import { SourceBadge } from './source-badge.js';

export type ReviewChoice = 'next' | 'previous' | 'user';

function EstimateCard({ estimate, which }: { estimate: ReviewEstimateDto; which: 'next' | 'previous' }) {
  const { t, i18n } = useTranslation();
  const when = dateCountdown(estimate.reviewDate, todayIso(), i18n.language);
  return (
    <Radio.Card value={which} p="sm" radius="md">
      <Group wrap="nowrap" align="flex-start">
        <Radio.Indicator mt={4} />
        <Stack gap={4}>
          <Group gap="xs">
            <Text fw={600}>{t(which === 'next' ? 'newCampaign.nextReview' : 'newCampaign.previousReview', { date: when })}</Text>
            <SourceBadge source={estimate.source} />
          </Group>
          <Text size="sm" c="dimmed">
            {t(`reason.${estimate.reason}`, { session: estimate.session, cycle: estimate.cycle })}
          </Text>
        </Stack>
      </Group>
    </Radio.Card>
  );
}

/**
 * The suggested review date with its source and a one-line reason; the previous review is an
 * alternative when the State has one (e.g. to work on its follow-up).
 */
export function ReviewDateChoice({
  suggestion,
  choice,
  onChoose,
}: {
  suggestion: ReviewSuggestionDto;
  choice: ReviewChoice;
  onChoose: (choice: 'next' | 'previous') => void;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('newCampaign.suggestedDate')}
      value={choice === 'user' ? null : choice}
      onChange={(value) => onChoose(value === 'previous' ? 'previous' : 'next')}
    >
      <Stack gap="xs" mt="xs">
        <EstimateCard estimate={suggestion.next} which="next" />
        {suggestion.previous && <EstimateCard estimate={suggestion.previous} which="previous" />}
      </Stack>
    </Radio.Group>
  );
}
