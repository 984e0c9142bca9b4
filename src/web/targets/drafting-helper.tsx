import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title, VisuallyHidden } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_DRAFT_LENGTH, type DraftAnalysisDto, type SimilarRecommendationDto } from '../../shared/contracts/targets.js';
import { errorMessage } from '../i18n/error-message.js';
import { formatList, formatNumber } from '../i18n/format.js';
import { IssueBadge } from '../recommendations/issue-badge.js';
import { useRecommendationLabels } from '../recommendations/labels.js';
import { ResponseBadge } from '../recommendations/response-badge.js';
import { useAnalyzeDraft } from './target-queries.js';

function SimilarItem({ item }: { item: SimilarRecommendationDto }) {
  const { t, i18n } = useTranslation();
  const labels = useRecommendationLabels();
  const by = formatList(
    item.recommendingStates.map((s) => labels.state(s.iso3)),
    labels.language,
  );
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap={6}>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {item.text}
        </Text>
        <Group gap="xs" wrap="wrap">
          <Text size="xs" c="dimmed">
            {t('drafting.madeBy', { by: by || t('recommendations.unknownStates'), sur: labels.state(item.sur.iso3) })} ·{' '}
            {labels.session(item.session)} · {labels.cycle(item.cycle)}
          </Text>
          <ResponseBadge response={item.response} size="sm" />
          <Text size="xs" c="dimmed">
            {t('drafting.similarity', { percent: formatNumber(Math.round(item.similarity * 100), i18n.language) })}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}

function Analysis({ analysis }: { analysis: DraftAnalysisDto }) {
  const { t } = useTranslation();
  const labels = useRecommendationLabels();
  const { actionCategory: category } = analysis;
  const verb = category.verb ?? '';
  const sur = analysis.sur;
  const surName = sur ? labels.state(sur.iso3) : '';
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {t('drafting.category')}
          </Text>
          <Group gap="xs">
            <Badge size="lg" variant="light" color={category.category >= 4 ? 'teal' : 'orange'} tt="none">
              {labels.actionCategory(category.category)}
            </Badge>
          </Group>
          <Text size="sm">{labels.actionCategoryDefinition(category.category)}</Text>
          <Text size="sm" c="dimmed">
            {t(`drafting.reason.${category.reason}`, { verb })}
          </Text>
          {category.category < 4 && <Text size="sm">{t('drafting.tipStronger')}</Text>}
        </Stack>
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {t('drafting.suggestedIssues')}
          </Text>
          {analysis.suggestedIssues.length > 0 ? (
            <Group gap={6} wrap="wrap">
              {analysis.suggestedIssues.map((issue) => (
                <IssueBadge key={issue.issue} label={issue.labels[labels.language]} />
              ))}
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t('drafting.noIssues')}
            </Text>
          )}
        </Stack>
      </SimpleGrid>
      {sur && (
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {t('drafting.surAnswered', { sur: surName })}
          </Text>
          {sur.examples.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('drafting.surNone', { sur: surName })}
            </Text>
          ) : (
            <>
              <Text size="sm">
                {t('drafting.surCounts', {
                  sur: surName,
                  supported: sur.responses.supported,
                  noted: sur.responses.noted,
                  other: sur.responses.other,
                })}
              </Text>
              <Stack
                gap="xs"
                component="ul"
                style={{ listStyle: 'none', padding: 0, margin: 0 }}
                aria-label={t('drafting.surAnswered', { sur: surName })}
              >
                {sur.examples.map((item) => (
                  <SimilarItem key={item.id} item={item} />
                ))}
              </Stack>
            </>
          )}
        </Stack>
      )}
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {t('drafting.similar')}
        </Text>
        {analysis.similar.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('drafting.noSimilar')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('drafting.similar')}>
            {analysis.similar.map((item) => (
              <SimilarItem key={item.id} item={item} />
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}

/**
 * Checks a draft recommendation against precedent: the action category UPR Info would give it,
 * the issues it touches, and similar past recommendations with how the State under Review
 * answered them.
 */
export function DraftingHelper({ campaignId, surIso3 }: { campaignId: string; surIso3: string }) {
  const { t } = useTranslation();
  const labels = useRecommendationLabels();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const analyze = useAnalyzeDraft();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setError(t('validation.required'));
    analyze.mutate({ text: text.trim(), campaignId, surIso3 });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="drafting-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3" id="drafting-title">
            {t('drafting.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('drafting.intro', { sur: labels.state(surIso3) })}
          </Text>
        </div>
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <Textarea
              label={t('drafting.label')}
              placeholder={t('drafting.placeholder')}
              value={text}
              onChange={(e) => {
                setText(e.currentTarget.value);
                setError(undefined);
              }}
              maxLength={MAX_DRAFT_LENGTH}
              autosize
              minRows={3}
              maxRows={10}
              error={error}
              required
            />
            <Button type="submit" w="fit-content" loading={analyze.isPending}>
              {t('drafting.submit')}
            </Button>
          </Stack>
        </form>
        {analyze.isError && (
          <Alert color="red" role="alert">
            {errorMessage(analyze.error, t)}
          </Alert>
        )}
        <VisuallyHidden role="status">
          {analyze.data ? t('drafting.ready', { category: labels.actionCategory(analyze.data.actionCategory.category) }) : ''}
        </VisuallyHidden>
        {analyze.data && <Analysis analysis={analyze.data} />}
      </Stack>
    </Paper>
  );
}
