import { Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutcomeTaskDto } from '../../shared/contracts/outcome-campaign.js';
import { DueDate } from '../outreach/due-date.js';
import { useUpdateOutcomeTask } from './outcome-queries.js';

/** "Thank Ireland" / "Lobby the ministries on 140.75": what an outcome task asks for. */
export function useOutcomeTaskTitle() {
  const { t } = useTranslation();
  return (task: OutcomeTaskDto) =>
    task.kind === 'thank'
      ? t('outcome.tasks.thank', { state: task.stateName })
      : t('outcome.tasks.lobby', { state: task.stateName, paragraph: task.paragraph ?? '' });
}

/** One outcome task to tick off, with its due date in both forms. */
export function OutcomeTaskCheckbox({
  task,
  campaignId,
  today,
  canEdit,
  label,
}: {
  task: OutcomeTaskDto;
  campaignId: string;
  today: string;
  canEdit: boolean;
  label?: string;
}) {
  const title = useOutcomeTaskTitle();
  const update = useUpdateOutcomeTask(campaignId);
  const done = task.doneAt !== null;
  return (
    <Checkbox
      checked={update.isPending ? Boolean(update.variables?.patch.done) : done}
      disabled={!canEdit || update.isPending}
      onChange={(event) => update.mutate({ taskId: task.id, patch: { done: event.currentTarget.checked } })}
      styles={!canEdit ? { label: { color: 'var(--mantine-color-text)' } } : undefined}
      label={
        <Text inherit td={done ? 'line-through' : undefined}>
          {label ?? title(task)}
        </Text>
      }
      description={
        <>
          <DueDate date={task.dueDate} today={today} done={done} />
          {task.note && (
            <Text size="xs" c="dimmed" component="span" display="block">
              {task.note}
            </Text>
          )}
        </>
      }
    />
  );
}

/** The outcome's tasks of one kind, open ones first by due date. */
export function OutcomeTaskList({
  tasks,
  campaignId,
  today,
  canEdit,
}: {
  tasks: OutcomeTaskDto[];
  campaignId: string;
  today: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const sorted = [...tasks].sort((a, b) => Number(a.doneAt !== null) - Number(b.doneAt !== null) || a.dueDate.localeCompare(b.dueDate));
  if (sorted.length === 0) return <Text size="sm">{t('outcome.tasks.none')}</Text>;
  return (
    <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('outcome.tasks.listLabel')}>
      {sorted.map((task) => (
        <li key={task.id}>
          <OutcomeTaskCheckbox task={task} campaignId={campaignId} today={today} canEdit={canEdit} />
        </li>
      ))}
    </Stack>
  );
}
