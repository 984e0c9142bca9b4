import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OutcomeTaskDto } from '../../shared/contracts/outcome-campaign.js';
import { campaignsQuery } from '../campaigns/campaign-queries.js';
import { DashboardSection } from '../dashboard/dashboard-section.js';
import { dateCountdown } from '../layout/date-countdown.js';
import { outcomeSectionPath } from './outcome-frame.js';
import { outcomeRemindersQuery } from './outcome-queries.js';
import { useOutcomeTaskTitle } from './outcome-task-list.js';

/**
 * The outcome's thank and lobbying tasks due in the next two weeks or overdue, on the Monday
 * view. Shown only once a campaign has such tasks (after its review), so earlier weeks stay calm.
 */
export function OutcomeRemindersSection() {
  const { t, i18n } = useTranslation();
  const title = useOutcomeTaskTitle();
  const reminders = useQuery(outcomeRemindersQuery);
  const campaigns = useQuery(campaignsQuery);
  if (!reminders.data) return null;
  const { today, overdue, dueToday, upcoming } = reminders.data;
  const tasks: (OutcomeTaskDto & { late: boolean })[] = [
    ...overdue.map((task) => ({ ...task, late: true })),
    ...[...dueToday, ...upcoming].map((task) => ({ ...task, late: false })),
  ];
  if (tasks.length === 0) return null;
  const nameOf = (id: string) => campaigns.data?.find((c) => c.id === id)?.name ?? '';
  return (
    <DashboardSection
      id="outcome-tasks-title"
      title={t('outcome.reminders.title')}
      count={tasks.length}
      color="cyan"
      hint={t('outcome.reminders.hint')}
      empty={null}
    >
      <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {tasks.map((task) => (
          <Paper key={task.id} component="li" withBorder p="sm">
            <Stack gap={2}>
              <Anchor
                component={Link}
                to={outcomeSectionPath(task.campaignId, task.kind === 'thank' ? 'scoreboard' : 'responses')}
                fw={600}
              >
                {title(task)}
              </Anchor>
              <Text size="sm" c="dimmed">
                {nameOf(task.campaignId)}
              </Text>
              <Group gap="xs">
                <Badge color="gray" variant="light" tt="none">
                  {t(`outcome.reminders.kinds.${task.kind}`)}
                </Badge>
                {task.late && (
                  <Badge color="orange" variant="light" tt="none">
                    {t('dashboard.overdue')}
                  </Badge>
                )}
                <Text size="sm">{t('stage.due', { date: dateCountdown(task.dueDate, today, i18n.language) })}</Text>
              </Group>
            </Stack>
          </Paper>
        ))}
      </Stack>
    </DashboardSection>
  );
}
