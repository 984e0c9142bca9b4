import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardItemDto, MemberDto } from '../../shared/contracts/index.js';
import { usePlanTexts } from '../i18n/use-plan-texts.js';
import { dateCountdown } from '../layout/date-countdown.js';

interface Props {
  items: DashboardItemDto[];
  members: MemberDto[];
  today: string;
  overdue?: boolean;
  /** Items shown before "Show all". */
  limit?: number;
}

/** Tasks across campaigns: what to do, for which campaign and stage, by when, by whom. */
export function DashboardTaskList({ items, members, today, overdue = false, limit = 8 }: Props) {
  const { t, i18n } = useTranslation();
  const texts = usePlanTexts();
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, limit);
  const nameOf = (id: string | null) => (id ? members.find((m) => m.userId === id || m.id === id)?.name : undefined);
  return (
    <Stack gap={6}>
      <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {shown.map((item) => {
          const stage = texts.stages[item.stageKey];
          const assignee = nameOf(item.assigneeId);
          return (
            <Paper key={`${item.campaignId}-${item.stageKey}-${item.taskKey}`} component="li" withBorder p="sm">
              <Stack gap={2}>
                <Anchor component={Link} to={`/campaigns/${item.campaignId}/stages/${item.stageKey}`} fw={600}>
                  {stage?.tasks[item.taskKey] ?? item.taskKey}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {item.campaignName} · {stage?.title ?? item.stageKey}
                </Text>
                <Group gap="xs">
                  {overdue && (
                    <Badge color="orange" variant="light" tt="none">
                      {t('dashboard.overdue')}
                    </Badge>
                  )}
                  <Text size="sm">{t('stage.due', { date: dateCountdown(item.due, today, i18n.language) })}</Text>
                  {assignee && (
                    <Text size="sm" c="dimmed">
                      · {t('dashboard.assignedTo', { name: assignee })}
                    </Text>
                  )}
                </Group>
              </Stack>
            </Paper>
          );
        })}
      </Stack>
      {shown.length < items.length && (
        <Button variant="subtle" w="fit-content" onClick={() => setAll(true)}>
          {t('dashboard.showAll', { n: items.length })}
        </Button>
      )}
    </Stack>
  );
}
