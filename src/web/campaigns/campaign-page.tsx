import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { isApiError } from '../api/api-error.js';
import { LoadError } from '../layout/load-error.js';
import { NotFoundPage } from '../layout/not-found-page.js';
import { PageSkeleton } from '../layout/page-skeleton.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { CampaignIssuesEditor } from '../targets/campaign-issues-editor.js';
import { CampaignTargetsSection } from '../targets/campaign-targets-section.js';
import { BaselineList } from '../after-review/baseline-list.js';
import { CampaignTools } from './campaign-tools.js';
import { CampaignHeader } from './campaign-header.js';
import { campaignQuery } from './campaign-queries.js';
import { CampaignWarnings } from './campaign-warnings.js';
import { NowCard } from './now-card.js';
import { StageList } from './stage-list.js';
import { Timeline } from './timeline/timeline.js';

/** Campaign home: header with the countdown, what to do now, the timeline, key issues and targets, and every stage. */
export function CampaignPage() {
  const { id = '' } = useParams();
  const campaign = useQuery(campaignQuery(id));
  usePageTitle(campaign.data?.name);
  if (campaign.isPending) return <PageSkeleton />;
  if (campaign.isError) {
    if (isApiError(campaign.error) && campaign.error.code === 'not-found') return <NotFoundPage />;
    return <LoadError error={campaign.error} onRetry={() => void campaign.refetch()} />;
  }
  const data = campaign.data;
  return (
    <Stack gap="lg">
      <CampaignHeader campaign={data} />
      <CampaignWarnings warnings={data.warnings} today={data.today} />
      <NowCard campaign={data} />
      <Timeline campaign={data} />
      <CampaignTools campaignId={data.id} />
      <BaselineList campaignId={data.id} sur={data.state.name} />
      <CampaignIssuesEditor campaignId={data.id} />
      <CampaignTargetsSection campaignId={data.id} />
      <StageList campaign={data} />
    </Stack>
  );
}
