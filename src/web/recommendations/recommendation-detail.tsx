import { Anchor, Blockquote, Drawer, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { isApiError } from '../api/api-error.js';
import { formatList } from '../i18n/format.js';
import { LoadError } from '../layout/load-error.js';
import { IssueBadge } from './issue-badge.js';
import { useRecommendationLabels } from './labels.js';
import { recommendationQuery } from './recommendation-queries.js';
import { ResponseBadge } from './response-badge.js';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** Everything known about one recommendation, with links to related searches. */
export function RecommendationDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const labels = useRecommendationLabels();
  const detail = useQuery(recommendationQuery(id));
  if (detail.isPending) {
    return (
      <Stack gap="sm" role="status" aria-busy="true" aria-label={t('app.loading')}>
        <Skeleton height={90} />
        <Skeleton height={18} width="60%" />
        <Skeleton height={18} width="40%" />
      </Stack>
    );
  }
  if (detail.isError) {
    if (isApiError(detail.error) && detail.error.code === 'not-found') return <Text>{t('recommendations.notFound')}</Text>;
    return <LoadError error={detail.error} onRetry={() => void detail.refetch()} />;
  }
  const r = detail.data;
  const states = formatList(r.recommendingStates.map(labels.state), labels.language);
  const search = (params: Record<string, string>) => `/recommendations?${new URLSearchParams(params).toString()}`;
  return (
    <Stack gap="md">
      <Blockquote p="md" color="blue" style={{ whiteSpace: 'pre-line' }}>
        {r.text}
      </Blockquote>
      <Stack component="dl" gap="sm" m={0}>
        <Field label={t('recommendations.sur')}>{labels.state(r.surIso3)}</Field>
        <Field label={t('recommendations.recommendingStates')}>{states || t('recommendations.unknownStates')}</Field>
        <Field label={t('recommendations.response')}>
          <Stack gap={4} component="span">
            <span>
              <ResponseBadge response={r.response} />
            </span>
            <Text span size="sm" c="dimmed">
              {labels.responseHelp(r.response)}
            </Text>
          </Stack>
        </Field>
        <Field label={t('recommendations.when')}>
          {labels.session(r.session)} · {labels.cycle(r.cycle)}
        </Field>
        {r.actionCategory !== null && (
          <Field label={t('recommendations.actionCategory')}>
            {labels.actionCategory(r.actionCategory)}
            <Text span display="block" size="sm" c="dimmed">
              {labels.actionCategoryDefinition(r.actionCategory)}
            </Text>
          </Field>
        )}
        {r.issues.length > 0 && (
          <Field label={t('recommendations.issues')}>
            <Group gap={6} component="span" wrap="wrap">
              {r.issues.map((issue) => (
                <IssueBadge key={issue} label={labels.issue(issue)} />
              ))}
            </Group>
          </Field>
        )}
        {(r.document || r.paragraph) && (
          <Field label={t('recommendations.document')}>
            {[r.document, r.paragraph ? t('recommendations.paragraph', { n: r.paragraph }) : null].filter(Boolean).join(', ')}
          </Field>
        )}
        <Field label={t('recommendations.source')}>
          {r.library ? t('recommendations.sourceLibrary') : t('recommendations.sourceOwn', { source: r.source })}
        </Field>
      </Stack>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('recommendations.related')}
        </Text>
        <Anchor component={Link} to={search({ sur: r.surIso3 })} size="sm">
          {t('recommendations.allTo', { state: labels.state(r.surIso3) })}
        </Anchor>
        {r.recommendingStates.length > 0 && (
          <Anchor component={Link} to={search({ sur: r.surIso3, rs: r.recommendingStates.join(',') })} size="sm">
            {t('recommendations.allFromTo', { from: states, to: labels.state(r.surIso3) })}
          </Anchor>
        )}
      </Stack>
    </Stack>
  );
}

/** /recommendations/:id: the detail in a drawer over the search it was opened from (full width on phones). */
export function RecommendationDrawer() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const phone = useMediaQuery('(max-width: 48em)');
  return (
    <Drawer
      opened
      onClose={() => {
        void navigate(`/recommendations${location.search}`, { state: { keepFocus: true } });
        // The drawer leaves with the route, so Mantine cannot give the focus back: the link that opened it gets it.
        requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-rec-link="${CSS.escape(id)}"]`)?.focus());
      }}
      title={t('recommendations.detailTitle')}
      position="right"
      size={phone ? '100%' : 'lg'}
    >
      <RecommendationDetail id={id} />
    </Drawer>
  );
}
