import { Anchor, Button, EmptyState, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../core/access/roles.js';
import { useMe } from '../auth/session-queries.js';
import { campaignsQuery, dashboardQuery, membersQuery } from '../campaigns/campaign-queries.js';
import { formatRange } from '../i18n/format.js';
import { dateCountdown } from '../layout/date-countdown.js';
import { LoadError } from '../layout/load-error.js';
import { PageSkeleton } from '../layout/page-skeleton.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { OutcomeRemindersSection } from '../outcome/outcome-reminders-section.js';
import { FollowUpList, MeetingList } from './dashboard-outreach-list.js';
import { DashboardSection } from './dashboard-section.js';
import { DashboardTaskList } from './dashboard-task-list.js';

/** The Monday view: due this week, overdue, outreach follow-ups and meetings, Geneva sessions starting soon, across all campaigns. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('dashboard.title'));
  const me = useMe();
  const dashboard = useQuery(dashboardQuery);
  const campaigns = useQuery(campaignsQuery);
  const members = useQuery(membersQuery);

  if (dashboard.isPending || campaigns.isPending) return <PageSkeleton />;
  if (dashboard.isError) return <LoadError error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  const data = dashboard.data;

  if (campaigns.data?.length === 0) {
    return (
      <Stack>
        <Title order={1}>{t('dashboard.title')}</Title>
        <EmptyState title={t('dashboard.noCampaignsTitle')} description={t('dashboard.noCampaignsText')} py="xl">
          {can(me.role, 'campaign.create') && (
            <EmptyState.Actions>
              <Button component={Link} to="/campaigns/new">
                {t('campaigns.createFirst')}
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      </Stack>
    );
  }

  const openCampaigns = (
    <Anchor component={Link} to="/campaigns" size="sm">
      {t('dashboard.openCampaigns')}
    </Anchor>
  );
  // With one campaign the next outreach step is on its board; with several, the list chooses.
  const only = campaigns.data?.length === 1 ? campaigns.data[0] : undefined;
  const openOutreach = only ? (
    <Anchor component={Link} to={`/campaigns/${encodeURIComponent(only.id)}/outreach`} size="sm">
      {t('dashboard.openOutreach')}
    </Anchor>
  ) : (
    openCampaigns
  );
  return (
    <Stack gap="lg">
      <Stack gap={2}>
        <Title order={1}>{t('dashboard.title')}</Title>
        <Text c="dimmed">{t('dashboard.week', { dates: formatRange(data.today, data.weekEnd, i18n.language) })}</Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing="lg">
        <DashboardSection
          id="due-title"
          title={t('dashboard.dueThisWeek')}
          count={data.dueThisWeek.length}
          color="blue"
          empty={
            <Stack gap={4} align="flex-start">
              <Text size="sm">{t('dashboard.noneDue')}</Text>
              {openCampaigns}
            </Stack>
          }
        >
          <DashboardTaskList items={data.dueThisWeek} members={members.data ?? []} today={data.today} />
        </DashboardSection>
        <DashboardSection
          id="overdue-title"
          title={t('dashboard.overdue')}
          count={data.overdue.length}
          color="orange"
          empty={<Text size="sm">{t('dashboard.noneOverdue')}</Text>}
        >
          <DashboardTaskList items={data.overdue} members={members.data ?? []} today={data.today} overdue />
        </DashboardSection>
        <DashboardSection
          id="follow-ups-title"
          title={t('dashboard.followUpsDue')}
          count={data.followUpsDueTotal}
          color="teal"
          empty={
            <Stack gap={4} align="flex-start">
              <Text size="sm">{t('dashboard.noFollowUps')}</Text>
              {openOutreach}
            </Stack>
          }
        >
          <FollowUpList items={data.followUpsDue} total={data.followUpsDueTotal} today={data.today} />
        </DashboardSection>
        <DashboardSection
          id="meetings-title"
          title={t('dashboard.meetingsAhead')}
          count={data.meetingsAhead.length}
          color="grape"
          empty={
            <Stack gap={4} align="flex-start">
              <Text size="sm">{t('dashboard.noMeetings')}</Text>
              {openOutreach}
            </Stack>
          }
        >
          <MeetingList items={data.meetingsAhead} today={data.today} />
        </DashboardSection>
      </SimpleGrid>
      <OutcomeRemindersSection />
      <DashboardSection
        id="blackouts-title"
        title={t('dashboard.blackouts')}
        count={data.blackoutsSoon.length}
        color="violet"
        hint={t('dashboard.blackoutHint')}
        empty={<Text size="sm">{t('dashboard.noBlackouts')}</Text>}
      >
        <List spacing={4}>
          {data.blackoutsSoon.map((b) => (
            <List.Item key={`${b.campaignId}-${b.kind}-${b.number}`}>
              <Text span fw={600}>
                {t('timeline.conflict', { kind: t(`conflict.${b.kind}`), n: b.number, dates: formatRange(b.start, b.end, i18n.language) })}
              </Text>{' '}
              <Text span size="sm" c="dimmed">
                ({dateCountdown(b.start, data.today, i18n.language)}) ·{' '}
                <Anchor component={Link} to={`/campaigns/${b.campaignId}/stages/geneva-missions`} inherit>
                  {b.campaignName}
                </Anchor>
              </Text>
            </List.Item>
          ))}
        </List>
      </DashboardSection>
    </Stack>
  );
}
