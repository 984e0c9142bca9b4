import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format.js';

/** The score as a bar with its number written next to it (the number is what is read out). */
export function ScoreBar({ score }: { score: number }) {
  const { i18n } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress value={score} w={110} size="lg" aria-hidden color="blue" style={{ flexShrink: 0 }} />
      <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {formatNumber(score, i18n.language, 0)}
      </Text>
    </Group>
  );
}
