import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { FollowUpDto, GenevaWarningDto } from '../../shared/contracts/outreach.js';
import { formatDate, formatList, formatRange } from '../i18n/format.js';
import { useUpdateFollowUp } from './outreach-queries.js';

interface Props {
  warning: GenevaWarningDto;
  campaignId: string;
  today: string;
  /** The task that was scheduled on the busy day; when given, the alert offers to move it. */
  followUp?: FollowUpDto | null;
  onDone?: () => void;
}

/** Dates the task could move to: the nearest free days and the start of each suggested period, from tomorrow on. */
function moveOptions(warning: GenevaWarningDto, today: string): string[] {
  const dates = [warning.nearestBefore, warning.nearestAfter, ...warning.suggested.map((p) => (p.start < today ? today : p.start))];
  return [...new Set(dates.filter((d) => d > today && d !== warning.date))].sort().slice(0, 4);
}

/**
 * STRATEGY (`geneva-missions`): missions are too busy during UPR and Human Rights Council
 * sessions. Names the session(s), the nearest free days and the planner's periods, and moves
 * the follow-up or meeting in one click.
 */
export function GenevaWarningAlert({ warning, campaignId, today, followUp, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const update = useUpdateFollowUp(campaignId);
  const date = (d: string) => formatDate(d, i18n.language);
  const sessions = warning.conflicts.map((c) =>
    t(`outreach.geneva.session.${c.kind}`, { n: c.number, dates: formatRange(c.start, c.end, i18n.language) }),
  );
  const move = (dueDate: string) =>
    followUp &&
    update.mutate(
      { followUpId: followUp.id, patch: { dueDate } },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t(`outreach.geneva.moved.${followUp.kind}`, { date: date(dueDate) }) });
          onDone?.();
        },
      },
    );
  return (
    <Alert color="orange" title={t('outreach.geneva.title', { date: date(warning.date) })} role="alert">
      <Stack gap="xs">
        <Text size="sm">{t('outreach.geneva.text', { sessions: formatList(sessions, i18n.language) })}</Text>
        <Text size="sm">{t('outreach.geneva.nearest', { before: date(warning.nearestBefore), after: date(warning.nearestAfter) })}</Text>
        {warning.suggested.length > 0 && (
          <Text size="sm">
            {t('outreach.geneva.suggested', { periods: formatList(warning.suggested.map((p) => formatRange(p.start, p.end, i18n.language)), i18n.language) })}
          </Text>
        )}
        {followUp && (
          <Group gap="xs" wrap="wrap">
            {moveOptions(warning, today).map((d) => (
              <Button key={d} size="compact-sm" variant="light" color="orange" loading={update.isPending && update.variables?.patch.dueDate === d} onClick={() => move(d)}>
                {t(`outreach.geneva.move.${followUp.kind}`, { date: date(d) })}
              </Button>
            ))}
            {onDone && (
              <Button size="compact-sm" variant="default" onClick={onDone}>
                {t('outreach.geneva.keep')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
