import { Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format.js';

export interface CycleResponses {
  cycle: number;
  supported: number;
  noted: number;
  other: number;
}

const PARTS = [
  { key: 'supported', color: 'var(--mantine-color-teal-6)', pattern: 'none' },
  // Hatching tells "noted" from "supported" without relying on colour.
  {
    key: 'noted',
    color: 'var(--mantine-color-orange-5)',
    pattern: 'repeating-linear-gradient(135deg, transparent 0 4px, rgba(0, 0, 0, 0.28) 4px 6px)',
  },
  { key: 'other', color: 'var(--mantine-color-gray-4)', pattern: 'none' },
] as const;

/**
 * A small stacked bar chart: one bar per cycle, split by the State under Review's response,
 * with the numbers written beside each bar (the bars are decoration for sighted readers; the
 * text carries the data). Plain elements: no chart library in the download.
 */
export function CycleBars({ rows, label }: { rows: readonly CycleResponses[]; label: string }) {
  const { t, i18n } = useTranslation();
  const max = Math.max(1, ...rows.map((r) => r.supported + r.noted + r.other));
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <Stack gap={6}>
      <Stack gap={4} component="ul" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {rows.map((row) => {
          const total = row.supported + row.noted + row.other;
          const parts = [
            row.supported > 0 ? t('targets.chart.supported', { n: n(row.supported) }) : null,
            row.noted > 0 ? t('targets.chart.noted', { n: n(row.noted) }) : null,
            row.other > 0 ? t('targets.chart.other', { n: n(row.other) }) : null,
          ].filter(Boolean);
          return (
            <li key={row.cycle}>
              <Group gap="xs" wrap="nowrap" align="center">
                <Text size="xs" w={64} fw={600} style={{ flexShrink: 0 }}>
                  {t('recommendations.cycleN', { n: row.cycle })}
                </Text>
                <Box aria-hidden style={{ flex: '0 0 35%', maxWidth: 220 }}>
                  <Box
                    style={{
                      display: 'flex',
                      height: 14,
                      width: `${(total / max) * 100}%`,
                      minWidth: total > 0 ? 4 : 0,
                      borderRadius: 2,
                      overflow: 'hidden',
                    }}
                  >
                    {PARTS.map((part) =>
                      row[part.key] > 0 ? (
                        <span
                          key={part.key}
                          style={{
                            flex: row[part.key],
                            background: part.pattern === 'none' ? part.color : `${part.pattern}, ${part.color}`,
                          }}
                        />
                      ) : null,
                    )}
                  </Box>
                </Box>
                <Text size="xs">{total === 0 ? t('targets.chart.none') : parts.join(' · ')}</Text>
              </Group>
            </li>
          );
        })}
      </Stack>
      <Group gap="md" aria-hidden>
        {PARTS.map((part) => (
          <Group key={part.key} gap={4} wrap="nowrap">
            <span
              style={{
                display: 'inline-block',
                width: 12,
                height: 12,
                borderRadius: 2,
                background: part.pattern === 'none' ? part.color : `${part.pattern}, ${part.color}`,
              }}
            />
            <Text size="xs">{t(`targets.chart.legend.${part.key}`)}</Text>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}
