import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../core/access/roles.js';
import type { CampaignDto } from '../../shared/contracts/index.js';
import { isApiError } from '../api/api-error.js';
import { useMe } from '../auth/session-queries.js';
import { campaignQuery } from '../campaigns/campaign-queries.js';
import { LoadError } from '../layout/load-error.js';
import { NotFoundPage } from '../layout/not-found-page.js';
import { PageSkeleton } from '../layout/page-skeleton.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { useRecommendationLabels } from '../recommendations/labels.js';

/** The screens of the review's outcome, in the order the work is done (STRATEGY stages `outcome-report` … `mid-term-report`). */
export const OUTCOME_SECTIONS = ['import', 'matching', 'scoreboard', 'responses', 'monitoring'] as const;
export type OutcomeSection = (typeof OUTCOME_SECTIONS)[number];

/** Where each screen lives; monitoring lasts years, so it has its own address beside the outcome. */
export function outcomeSectionPath(campaignId: string, section: OutcomeSection): string {
  const base = `/campaigns/${encodeURIComponent(campaignId)}`;
  if (section === 'monitoring') return `${base}/monitoring`;
  return section === 'import' ? `${base}/outcome` : `${base}/outcome/${section}`;
}

interface Props {
  section: OutcomeSection;
  children: (campaign: CampaignDto, canEdit: boolean) => ReactNode;
}

/** Header and navigation shared by the outcome screens; loads the campaign and says when it is missing. */
export function OutcomeFrame({ section, children }: Props) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const labels = useRecommendationLabels();
  const campaign = useQuery(campaignQuery(id));
  const sur = campaign.data ? labels.state(campaign.data.state.iso3) : '';
  usePageTitle(campaign.data ? t(`outcome.sections.${section}.title`, { sur }) : undefined);
  const current = useRef<HTMLAnchorElement>(null);
  // On a phone the steps scroll sideways: bring the current one into view.
  const loaded = campaign.isSuccess;
  useEffect(() => {
    if (loaded) current.current?.scrollIntoView?.({ block: 'nearest', inline: 'center' });
  }, [loaded]);

  if (campaign.isPending) return <PageSkeleton />;
  if (campaign.isError) {
    if (isApiError(campaign.error) && campaign.error.code === 'not-found') return <NotFoundPage />;
    return <LoadError error={campaign.error} onRetry={() => void campaign.refetch()} />;
  }
  const data = campaign.data;
  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Anchor component={Link} to={`/campaigns/${encodeURIComponent(data.id)}`} size="sm" className="no-print">
          ← {data.name}
        </Anchor>
        <Title order={1}>{t(`outcome.sections.${section}.title`, { sur })}</Title>
        <Text>{t(`outcome.sections.${section}.intro`, { sur })}</Text>
      </Stack>
      <Group gap={6} component="nav" aria-label={t('outcome.nav')} className="no-print" wrap="nowrap" pb={4} style={{ overflowX: 'auto' }}>
        {OUTCOME_SECTIONS.map((s, index) => (
          <Button
            key={s}
            component={Link}
            to={outcomeSectionPath(data.id, s)}
            size="compact-sm"
            variant={s === section ? 'filled' : 'default'}
            aria-current={s === section ? 'page' : undefined}
            ref={s === section ? current : undefined}
            style={{ flexShrink: 0 }}
          >
            {`${index + 1}. ${t(`outcome.sections.${s}.short`)}`}
          </Button>
        ))}
      </Group>
      {children(data, can(me.role, 'campaign.update'))}
    </Stack>
  );
}
