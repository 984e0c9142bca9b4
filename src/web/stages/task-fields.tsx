import { Group, Select, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../core/dates.js';
import type { MemberDto, TaskDto, UpdateTaskRequest } from '../../shared/contracts/index.js';
import { formatDate } from '../i18n/format.js';

interface Props {
  task: TaskDto;
  members: MemberDto[];
  assignee: string | null;
  save: (body: UpdateTaskRequest) => void;
}

/** Assignee (saved on pick), due date and note (saved when leaving the field) of one task. */
export function TaskFields({ task, members, assignee, save }: Props) {
  const { t, i18n } = useTranslation();
  const [due, setDue] = useState(task.due);
  const [note, setNote] = useState(task.note);
  useEffect(() => setDue(task.due), [task.due]);
  useEffect(() => setNote(task.note), [task.note]);
  return (
    <>
      <Group gap="sm" align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
        <Select
          label={t('stage.assignee')}
          placeholder={t('stage.unassigned')}
          data={members.map((m) => ({ value: m.userId, label: m.name }))}
          value={assignee}
          clearable
          onChange={(value) => save({ assigneeId: value })}
          miw={180}
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput
          type="date"
          label={t('stage.dueDate')}
          description={
            task.due !== task.plannedDue ? t('stage.plannedDue', { date: formatDate(task.plannedDue, i18n.language) }) : undefined
          }
          value={due}
          min="2008-01-01"
          max="2040-12-31"
          onChange={(event) => setDue(event.currentTarget.value)}
          onBlur={() => {
            if (due !== task.due && isIsoDate(due)) save({ dueDate: due });
            else if (!isIsoDate(due)) setDue(task.due);
          }}
          miw={160}
        />
      </Group>
      <Textarea
        label={t('stage.note')}
        placeholder={t('stage.notePlaceholder')}
        autosize
        minRows={1}
        maxRows={8}
        maxLength={2000}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        onBlur={() => {
          if (note !== task.note) save({ note });
        }}
      />
    </>
  );
}
