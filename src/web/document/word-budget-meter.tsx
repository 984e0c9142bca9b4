import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format.js';

/** Words used against the budget the user set; over budget is said in words, not only in red. */
export function WordBudgetMeter({ words, budget }: { words: number; budget: number }) {
  const { t, i18n } = useTranslation();
  const share = budget > 0 ? words / budget : 0;
  const over = words > budget;
  const color = over ? 'red.8' : share > 0.9 ? 'orange.8' : 'teal.8';
  return (
    <div>
      <Group justify="space-between" gap="xs" mb={4}>
        <Text size="sm" fw={600}>
          {t('document.words', { words: formatNumber(words, i18n.language), budget: formatNumber(budget, i18n.language) })}
        </Text>
        <Text size="sm" c={over ? 'red.8' : 'dimmed'} role="status">
          {over ? t('document.overBudget', { n: formatNumber(words - budget, i18n.language) }) : t('document.left', { n: formatNumber(budget - words, i18n.language) })}
        </Text>
      </Group>
      <Progress value={Math.min(100, share * 100)} color={color} aria-label={t('document.budgetMeter')} />
    </div>
  );
}
