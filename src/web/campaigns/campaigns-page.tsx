import { Button, EmptyState, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../core/access/roles.js';
import { useMe } from '../auth/session-queries.js';
import { todayIso } from '../i18n/format.js';
import { LoadError } from '../layout/load-error.js';
import { PageSkeleton } from '../layout/page-skeleton.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { CampaignCard } from './campaign-card.js';
import { ImportCampaignButton } from './import-campaign-button.js';
import { campaignsQuery } from './campaign-queries.js';

export function CampaignsPage() {
  const { t } = useTranslation();
  usePageTitle(t('campaigns.title'));
  const me = useMe();
  const campaigns = useQuery(campaignsQuery);
  const canCreate = can(me.role, 'campaign.create');
  const today = todayIso();

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('campaigns.title')}</Title>
        {canCreate && (
          <Group gap="xs" className="no-print" align="flex-start">
            <ImportCampaignButton />
            {campaigns.data?.length ? (
              <Button component={Link} to="/campaigns/new">
                {t('campaigns.new')}
              </Button>
            ) : null}
          </Group>
        )}
      </Group>
      {campaigns.isPending && <PageSkeleton lines={3} />}
      {campaigns.isError && <LoadError error={campaigns.error} onRetry={() => void campaigns.refetch()} />}
      {campaigns.data?.length === 0 && (
        <EmptyState title={t('campaigns.emptyTitle')} description={t('campaigns.emptyText')} py="xl">
          {canCreate && (
            <EmptyState.Actions>
              <Button component={Link} to="/campaigns/new">
                {t('campaigns.createFirst')}
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      )}
      {campaigns.data && campaigns.data.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {campaigns.data.map((campaign) => (
            <CampaignCard key={campaign.id} campaign={campaign} today={today} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
