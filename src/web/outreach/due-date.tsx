import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dateCountdown } from '../layout/date-countdown.js';

/** A due date in both forms ("in 3 days · 4 Dec 2026"); overdue ones say so in words and colour. */
export function DueDate({ date, today, done = false }: { date: string; today: string; done?: boolean }) {
  const { t, i18n } = useTranslation();
  const overdue = !done && date < today;
  return (
    <Group gap={6} component="span" wrap="wrap">
      <Text component="time" dateTime={date} size="sm" c={overdue ? 'red.8' : undefined} fw={overdue ? 600 : undefined}>
        {dateCountdown(date, today, i18n.language)}
      </Text>
      {overdue && (
        <Badge color="red" variant="light" size="sm" tt="none" component="span">
          {t('outreach.overdue')}
        </Badge>
      )}
      {!overdue && !done && date === today && (
        <Badge color="orange" variant="light" size="sm" tt="none" component="span">
          {t('common.today')}
        </Badge>
      )}
    </Group>
  );
}
