import { Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConflictDto } from '../../../shared/contracts/index.js';
import { formatRange } from '../../i18n/format.js';
import classes from './timeline.module.css';

/** What the colours, patterns and marks mean, and the Geneva sessions behind the shaded periods. */
export function TimelineLegend({ conflicts }: { conflicts: ConflictDto[] }) {
  const { t, i18n } = useTranslation();
  const items = [
    { key: 'legendCurrent', swatch: `${classes.bar} ${classes.current}` },
    { key: 'legendUpcoming', swatch: classes.bar },
    { key: 'legendPast', swatch: `${classes.bar} ${classes.past}` },
    { key: 'legendLate', swatch: `${classes.bar} ${classes.late}` },
  ] as const;
  return (
    <Stack gap={6} mt="xs">
      <Text size="sm" fw={600} id="timeline-legend">
        {t('timeline.legend')}
      </Text>
      <Group gap="md" component="ul" aria-labelledby="timeline-legend" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((item) => (
          <Group key={item.key} component="li" gap={6} wrap="nowrap">
            <span className={`${item.swatch} ${classes.swatch}`} aria-hidden />
            <Text size="sm">{t(`timeline.${item.key}`)}</Text>
          </Group>
        ))}
        <Group component="li" gap={6} wrap="nowrap">
          <span className={classes.diamond} style={{ marginInline: 8 }} aria-hidden />
          <Text size="sm">{t('timeline.legendMilestone')}</Text>
        </Group>
        <Group component="li" gap={6} wrap="nowrap">
          <span className={classes.legendToday} aria-hidden />
          <Text size="sm">{t('timeline.legendToday')}</Text>
        </Group>
        <Group component="li" gap={6} wrap="nowrap">
          <span className={classes.legendConflict} aria-hidden />
          <Text size="sm">{t('timeline.legendConflict')}</Text>
        </Group>
      </Group>
      {conflicts.length > 0 && (
        <List size="sm" spacing={2}>
          {conflicts.map((c) => (
            <List.Item key={`${c.kind}-${c.number}`}>
              {t('timeline.conflict', { kind: t(`conflict.${c.kind}`), n: c.number, dates: formatRange(c.start, c.end, i18n.language) })}
              {c.estimated ? ` (${t('common.estimated')})` : ''}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
