import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachTargetDto } from '../../shared/contracts/outreach.js';
import { LoadError } from '../layout/load-error.js';
import { PageSkeleton } from '../layout/page-skeleton.js';
import { BriefingCard } from './briefing-card.js';
import { BriefingFormModal } from './briefing-form-modal.js';
import { briefingsQuery } from './outreach-queries.js';

interface Props {
  campaignId: string;
  targets: OutreachTargetDto[];
  today: string;
  canEdit: boolean;
}

/** Group briefings of the campaign, latest date first, and the button to plan one. */
export function BriefingsSection({ campaignId, targets, today, canEdit }: Props) {
  const { t } = useTranslation();
  const briefings = useQuery(briefingsQuery(campaignId));
  const [planning, setPlanning] = useState(false);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="briefings-title">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h3" id="briefings-title">
            {t('outreach.briefings.title')}
          </Title>
          {canEdit && targets.length > 0 && (
            <Button variant="light" onClick={() => setPlanning(true)} className="no-print">
              {t('outreach.briefings.plan')}
            </Button>
          )}
        </Group>
        <Text size="sm">{t('outreach.briefings.intro')}</Text>
        {briefings.isPending && <PageSkeleton lines={1} />}
        {briefings.isError && <LoadError error={briefings.error} onRetry={() => void briefings.refetch()} />}
        {briefings.data?.length === 0 && <Alert color="gray">{t('outreach.briefings.empty')}</Alert>}
        {briefings.data && briefings.data.length > 0 && (
          <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {briefings.data.map((b) => (
              <BriefingCard key={b.id} briefing={b} campaignId={campaignId} today={today} canEdit={canEdit} />
            ))}
          </Stack>
        )}
      </Stack>
      {planning && <BriefingFormModal campaignId={campaignId} targets={targets} today={today} onClose={() => setPlanning(false)} />}
    </Paper>
  );
}
