import { Badge, Grid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { MatchDto, MatchStatus, SavedRecommendationDto } from '../../shared/contracts/outcome-campaign.js';
import { SuggestionItem } from './suggestion-item.js';

interface Props {
  /** "Our ask" or the key issue as a whole. */
  heading: string;
  text: string;
  matches: MatchDto[];
  recommendations: ReadonlyMap<string, SavedRecommendationDto>;
  canEdit: boolean;
  pendingId: string | null;
  onDecide: (match: MatchDto, status: MatchStatus) => void;
}

/** One of our asks on the left, the recommendations of the review that may answer it on the right. */
export function AskMatches({ heading, text, matches, recommendations, canEdit, pendingId, onDecide }: Props) {
  const { t } = useTranslation();
  const confirmed = matches.filter((m) => m.status === 'confirmed').length;
  const waiting = matches.filter((m) => m.status === 'suggested').length;
  // Side by side, the ask stays in view while its candidates scroll past.
  const wide = useMediaQuery('(min-width: 62em)', undefined, { getInitialValueInEffect: false });
  return (
    <Grid gap="sm" py="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack
          gap={4}
          style={wide ? { position: 'sticky', top: 'calc(var(--app-shell-header-offset, 3.5rem) + var(--mantine-spacing-sm))' } : undefined}
        >
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">
            {heading}
          </Text>
          <Text size="sm" fw={500}>
            {text}
          </Text>
          <Badge variant="light" color={confirmed > 0 ? 'teal' : 'gray'} tt="none" w="fit-content">
            {confirmed > 0 ? t('outcome.matching.answered', { n: confirmed }) : t('outcome.matching.notAnswered')}
          </Badge>
          {waiting > 0 && (
            <Text size="xs" c="dimmed">
              {t('outcome.matching.waiting', { n: waiting })}
            </Text>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        {matches.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('outcome.matching.noCandidates')}
          </Text>
        ) : (
          <Stack
            gap="xs"
            component="ul"
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
            aria-label={t('outcome.matching.candidatesFor', { ask: text })}
          >
            {matches.map((m) => (
              <SuggestionItem
                key={m.id}
                match={m}
                recommendation={recommendations.get(m.recommendationId)}
                canEdit={canEdit}
                pending={pendingId === m.id}
                onDecide={onDecide}
              />
            ))}
          </Stack>
        )}
      </Grid.Col>
    </Grid>
  );
}
