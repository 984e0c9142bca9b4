import { Alert, Button, EmptyState, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MONITORING_STATUSES, isMonitoringStatus, type MonitoringStatus } from '../../core/outcome/monitoring-status.js';
import type { CampaignDto } from '../../shared/contracts/index.js';
import { LoadError } from '../layout/load-error.js';
import { PageSkeleton } from '../layout/page-skeleton.js';
import { OutcomeFrame, outcomeSectionPath } from '../outcome/outcome-frame.js';
import { monitoringQuery } from '../outcome/outcome-queries.js';
import { useStatusLabel } from './monitoring-labels.js';
import { MonitoredItem } from './monitored-item.js';
import { MidtermReportPanel } from '../after-review/midterm-report-panel.js';
import { MonitoringSummary } from './monitoring-summary.js';

/** '' for all issues, 'none' for recommendations tied to no key issue. */
type IssueFilter = string;

function MonitoringWorkspace({ campaign, canEdit }: { campaign: CampaignDto; canEdit: boolean }) {
  const { t } = useTranslation();
  const label = useStatusLabel();
  const monitoring = useQuery(monitoringQuery(campaign.id));
  const [issue, setIssue] = useState<IssueFilter>('');
  const [status, setStatus] = useState<MonitoringStatus | ''>('');

  if (monitoring.isPending) return <PageSkeleton lines={3} />;
  if (monitoring.isError) return <LoadError error={monitoring.error} onRetry={() => void monitoring.refetch()} />;
  const data = monitoring.data;
  if (data.recommendations.length === 0) {
    return (
      <EmptyState title={t('outcome.monitoring.emptyTitle')} description={t('outcome.monitoring.emptyText')} py="lg">
        <EmptyState.Actions>
          <Button component={Link} to={outcomeSectionPath(campaign.id, 'responses')}>
            {t('outcome.monitoring.goResponses')}
          </Button>
          <Button component={Link} to={outcomeSectionPath(campaign.id, 'matching')} variant="default">
            {t('outcome.monitoring.goMatching')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  const titles = new Map(data.issues.flatMap((i) => (i.keyIssueId ? [[i.keyIssueId, i.title] as const] : [])));
  const shown = data.recommendations.filter(
    (r) =>
      (issue === '' || (issue === 'none' ? r.keyIssueIds.length === 0 : r.keyIssueIds.includes(issue))) &&
      (status === '' || r.status === status),
  );
  const issueData = [
    { value: '', label: t('outcome.monitoring.allIssues') },
    ...data.issues.map((i) => ({ value: i.keyIssueId ?? 'none', label: i.keyIssueId ? i.title : t('outcome.monitoring.noIssue') })),
  ];

  return (
    <Stack gap="lg">
      {!canEdit && <Alert color="gray">{t('outcome.readOnly')}</Alert>}
      <MonitoringSummary data={data} />
      <MidtermReportPanel campaignId={campaign.id} />
      <Stack gap="sm" component="section" aria-labelledby="monitored-title">
        <Title order={2} size="h3" id="monitored-title">
          {t('outcome.monitoring.listTitle')}
        </Title>
        <Group gap="sm" align="flex-end">
          <NativeSelect
            label={t('outcome.monitoring.filterIssue')}
            value={issue}
            data={issueData}
            onChange={(e) => setIssue(e.currentTarget.value)}
          />
          <NativeSelect
            label={t('outcome.monitoring.filterStatus')}
            value={status}
            data={[
              { value: '', label: t('outcome.monitoring.allStatuses') },
              ...MONITORING_STATUSES.map((s) => ({ value: s, label: label(s) })),
            ]}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setStatus(isMonitoringStatus(value) ? value : '');
            }}
          />
        </Group>
        <Text size="sm" role="status">
          {t('outcome.monitoring.shown', { n: shown.length, total: data.recommendations.length })}
        </Text>
        <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('outcome.monitoring.listTitle')}>
          {shown.map((item) => (
            <MonitoredItem
              key={item.id}
              campaignId={campaign.id}
              item={item}
              issueTitles={item.keyIssueIds.flatMap((id) => titles.get(id) ?? [])}
              today={campaign.today}
              canEdit={canEdit}
            />
          ))}
        </Stack>
      </Stack>
    </Stack>
  );
}

/** Implementation monitoring (stages `follow-up-accepted` … `update-recommending-states`; UX screen 10). */
export function MonitoringPage() {
  return (
    <OutcomeFrame section="monitoring">{(campaign, canEdit) => <MonitoringWorkspace campaign={campaign} canEdit={canEdit} />}</OutcomeFrame>
  );
}
