import { Badge, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDto, StageDto, TaskDto } from '../../shared/contracts/index.js';
import { dateCountdown } from '../layout/date-countdown.js';
import { TaskFields } from './task-fields.js';
import { useUpdateTask } from './task-queries.js';

interface Props {
  campaignId: string;
  stageKey: StageDto['key'];
  task: TaskDto;
  text: string;
  today: string;
  members: MemberDto[];
  readOnly: boolean;
}

/**
 * One task: done checkbox (instant, optimistic), assignee, due date and note. Read-only roles
 * see the same facts as plain text.
 */
export function TaskItem({ campaignId, stageKey, task, text, today, members, readOnly }: Props) {
  const { t, i18n } = useTranslation();
  const update = useUpdateTask(campaignId, stageKey, task.key);
  const overdue = !task.done && task.due < today;
  const id = `task-${stageKey}-${task.key}`;
  // The box follows the click in the same event, not after the query cache's asynchronous
  // optimistic update: a controlled checkbox otherwise flickers back for a frame.
  const [checked, setChecked] = useState(task.done);
  useEffect(() => setChecked(task.done), [task.done]);
  const member = task.assigneeId ? members.find((m) => m.userId === task.assigneeId || m.id === task.assigneeId) : undefined;

  return (
    <Paper withBorder p="sm" component="li" aria-labelledby={`${id}-label`}>
      <Stack gap="xs">
        <Checkbox
          id={id}
          checked={checked}
          disabled={readOnly}
          onChange={(event) => {
            const done = event.currentTarget.checked;
            setChecked(done);
            update.mutate({ done }, { onError: () => setChecked(!done) });
          }}
          styles={readOnly ? { label: { color: 'var(--mantine-color-text)' } } : undefined}
          label={
            <Text id={`${id}-label`} fw={500} td={task.done ? 'line-through' : undefined} inherit>
              {text}
            </Text>
          }
          description={
            <Group gap={6} component="span">
              <span>{t('stage.due', { date: dateCountdown(task.due, today, i18n.language) })}</span>
              {overdue && (
                <Badge color="orange" variant="light" size="sm" tt="none" component="span">
                  {t('dashboard.overdue')}
                </Badge>
              )}
              {task.done && (
                <Badge color="teal" variant="light" size="sm" tt="none" component="span">
                  {t('stage.doneLabel')}
                </Badge>
              )}
            </Group>
          }
        />
        {readOnly ? (
          <Stack gap={2} pl={34}>
            <Text size="sm">
              {t('stage.assignee')}: {member?.name ?? t('stage.unassigned')}
            </Text>
            {task.note && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {t('stage.note')}: {task.note}
              </Text>
            )}
          </Stack>
        ) : (
          <>
            <TaskFields task={task} members={members} assignee={member?.userId ?? null} save={(body) => update.mutate(body)} />
            <Text size="xs" c={update.isError ? 'red' : 'dimmed'} aria-live="polite" mih={16}>
              {update.isPending ? t('common.saving') : update.isSuccess ? `✓ ${t('stage.taskSaved')}` : ''}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}
