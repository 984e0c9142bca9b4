import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardFollowUpDto, DashboardMeetingDto } from '../../shared/contracts/index.js';
import { dateCountdown } from '../layout/date-countdown.js';

interface Row {
  key: string;
  campaignId: string;
  campaignName: string;
  title: string;
  kind: string;
  date: string;
  overdue: boolean;
}

/** Outreach items across campaigns: with whom (State and channel) or what, by when, for which campaign. */
function OutreachRows({ rows, today, due, limit = 8 }: { rows: Row[]; today: string; due: boolean; limit?: number }) {
  const { t, i18n } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, limit);
  return (
    <Stack gap={6}>
      <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {shown.map((row) => (
          <Paper key={row.key} component="li" withBorder p="sm">
            <Stack gap={2}>
              <Anchor component={Link} to={`/campaigns/${encodeURIComponent(row.campaignId)}/outreach`} fw={600}>
                {row.title}
              </Anchor>
              <Text size="sm" c="dimmed">
                {row.campaignName}
              </Text>
              <Group gap="xs">
                <Badge color="gray" variant="light" tt="none">
                  {t(`dashboard.kinds.${row.kind}`)}
                </Badge>
                {row.overdue && (
                  <Badge color="orange" variant="light" tt="none">
                    {t('dashboard.overdue')}
                  </Badge>
                )}
                <Text size="sm">
                  {due
                    ? t('stage.due', { date: dateCountdown(row.date, today, i18n.language) })
                    : dateCountdown(row.date, today, i18n.language)}
                </Text>
              </Group>
            </Stack>
          </Paper>
        ))}
      </Stack>
      {shown.length < rows.length && (
        <Button variant="subtle" w="fit-content" onClick={() => setAll(true)}>
          {t('dashboard.showAll', { n: rows.length })}
        </Button>
      )}
    </Stack>
  );
}

/** Calls to make this week and follow-ups left overdue. */
export function FollowUpList({ items, total, today }: { items: DashboardFollowUpDto[]; total: number; today: string }): ReactNode {
  const { t } = useTranslation();
  const rows = items.map((f) => ({
    key: f.id,
    campaignId: f.campaignId,
    campaignName: f.campaignName,
    title: `${f.stateName} — ${t(`dashboard.channels.${f.channelKind}`)}`,
    kind: f.kind,
    date: f.due,
    overdue: f.overdue,
  }));
  return (
    <Stack gap={6}>
      <OutreachRows rows={rows} today={today} due />
      {total > items.length && (
        <Text size="sm" c="dimmed">
          {t('dashboard.followUpsMore', { shown: items.length, total })}
        </Text>
      )}
    </Stack>
  );
}

/** Meetings with one embassy or mission, and group briefings, in date order. */
export function MeetingList({ items, today }: { items: DashboardMeetingDto[]; today: string }): ReactNode {
  const { t } = useTranslation();
  const rows = items.map((m) => ({
    key: `${m.kind}-${m.id}`,
    campaignId: m.campaignId,
    campaignName: m.campaignName,
    title: m.kind === 'meeting' ? `${m.stateName} — ${t(`dashboard.channels.${m.channelKind}`)}` : m.title,
    kind: m.kind,
    date: m.date,
    overdue: false,
  }));
  return <OutreachRows rows={rows} today={today} due={false} />;
}
