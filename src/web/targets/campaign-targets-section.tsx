import { Button, EmptyState, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../core/access/roles.js';
import type { CampaignTargetDto } from '../../shared/contracts/targets.js';
import { useMe } from '../auth/session-queries.js';
import { formatDate, formatNumber } from '../i18n/format.js';
import { ConfirmModal } from '../layout/confirm-modal.js';
import { LoadError } from '../layout/load-error.js';
import { PageSkeleton } from '../layout/page-skeleton.js';
import { ResponsiveTable, type Column } from '../layout/responsive-table.js';
import { useRecommendationLabels } from '../recommendations/labels.js';
import { campaignTargetsQuery, useRemoveTarget } from './target-queries.js';

/** Best score first; States added without a score last, then by name. */
function byScore(targets: CampaignTargetDto[]): CampaignTargetDto[] {
  return [...targets].sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.name.localeCompare(b.name));
}

/** The States the campaign chose to lobby, with their score when added; removing one asks first. */
export function CampaignTargetsSection({ campaignId }: { campaignId: string }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const labels = useRecommendationLabels();
  const targets = useQuery(campaignTargetsQuery(campaignId));
  const remove = useRemoveTarget(campaignId);
  const [removing, setRemoving] = useState<CampaignTargetDto | null>(null);
  const canEdit = can(me.role, 'campaign.update');
  const finder = `/campaigns/${encodeURIComponent(campaignId)}/targets`;
  const removingName = removing ? labels.state(removing.iso3) : '';

  const columns: Column<CampaignTargetDto>[] = [
    {
      key: 'state',
      header: t('targets.columns.state'),
      render: (r) => (
        <Text fw={600} size="sm">
          {labels.state(r.iso3)}
        </Text>
      ),
    },
    { key: 'group', header: t('targets.columns.group'), render: (r) => labels.group(r.regionalGroup) },
    {
      key: 'score',
      header: t('targets.columns.scoreWhenAdded'),
      render: (r) => (r.score === null ? t('targets.noScore') : formatNumber(r.score, i18n.language, 0)),
    },
    {
      key: 'added',
      header: t('targets.columns.added'),
      render: (r) =>
        r.addedBy.name
          ? t('targets.addedBy', { name: r.addedBy.name, date: formatDate(r.addedAt, i18n.language) })
          : formatDate(r.addedAt, i18n.language),
    },
  ];
  if (canEdit) {
    columns.push({
      key: 'actions',
      header: t('targets.columns.actions'),
      render: (r) => (
        <Button
          size="compact-sm"
          variant="subtle"
          color="red"
          onClick={() => setRemoving(r)}
          aria-label={t('targets.removeFor', { state: labels.state(r.iso3) })}
        >
          {t('targets.remove')}
        </Button>
      ),
    });
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="targets-title">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h3" id="targets-title">
            {t('targets.sectionTitle')}
          </Title>
          {targets.data && targets.data.length > 0 && (
            <Button component={Link} to={finder} variant="light" className="no-print">
              {t('targets.findMore')}
            </Button>
          )}
        </Group>
        {targets.isPending && <PageSkeleton lines={1} />}
        {targets.isError && <LoadError error={targets.error} onRetry={() => void targets.refetch()} />}
        {targets.data?.length === 0 && (
          <EmptyState title={t('targets.emptyTitle')} description={t('targets.emptyText')} py="md">
            <EmptyState.Actions>
              <Button component={Link} to={finder}>
                {t('targets.find')}
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        )}
        {targets.data && targets.data.length > 0 && (
          <ResponsiveTable label={t('targets.sectionTitle')} columns={columns} rows={byScore(targets.data)} rowKey={(r) => r.iso3} />
        )}
      </Stack>
      <ConfirmModal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('targets.removeTitle', { state: removingName })}
        text={t('targets.removeText', { state: removingName })}
        confirmLabel={t('targets.remove')}
        loading={remove.isPending}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.iso3, {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('targets.removed', { state: removingName }) });
              setRemoving(null);
            },
          })
        }
      />
    </Paper>
  );
}
