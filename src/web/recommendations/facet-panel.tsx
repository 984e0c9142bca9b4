import { Button, Checkbox, Group, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacetBucketDto } from '../../shared/contracts/recommendations.js';
import { formatNumber } from '../i18n/format.js';

/** Values shown before "Show all". */
export const FACET_TOP = 10;
/** From this many values on, "Show all" also offers a filter box. */
const FILTER_FROM = 15;

interface Props {
  /** Accessible name of the group of checkboxes. */
  title: string;
  buckets: readonly FacetBucketDto<string | number>[];
  selected: readonly string[];
  labelOf: (value: string) => string;
  onToggle: (value: string) => void;
  /** A line above the values, e.g. what the responses mean. */
  help?: string;
}

/**
 * One facet: a checkbox per value with its count (recommendations matching every other filter),
 * the top ten first and the rest behind "Show all"; ticked values always stay visible.
 */
export function FacetPanel({ title, buckets, selected, labelOf, onToggle, help }: Props) {
  const { t, i18n } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const [filter, setFilter] = useState('');
  const listId = useId();
  const needle = filter.trim().toLowerCase();
  const all = buckets.map((b) => ({ value: String(b.value), count: b.count, label: labelOf(String(b.value)) }));
  const shown = expanded
    ? all.filter((b) => !needle || b.label.toLowerCase().includes(needle) || selected.includes(b.value))
    : all.filter((b, i) => i < FACET_TOP || selected.includes(b.value));
  if (all.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('recommendations.facetEmpty')}
      </Text>
    );
  }
  const list = (
    <Stack gap={6} id={listId} role="group" aria-label={title}>
      {shown.map((b) => (
        <Checkbox
          key={b.value}
          size="sm"
          checked={selected.includes(b.value)}
          onChange={() => onToggle(b.value)}
          label={
            <Group gap={6} wrap="nowrap" justify="space-between" align="flex-start" component="span">
              <span>{b.label}</span>
              <Text span size="xs" c="dimmed" mt={2} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                {formatNumber(b.count, i18n.language)}
              </Text>
            </Group>
          }
          styles={{ labelWrapper: { flex: 1 }, body: { alignItems: 'flex-start' } }}
        />
      ))}
      {shown.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('recommendations.facetNoMatch')}
        </Text>
      )}
    </Stack>
  );
  return (
    <Stack gap="xs">
      {help && (
        <Text size="xs" c="dimmed">
          {help}
        </Text>
      )}
      {expanded && all.length >= FILTER_FROM && (
        <TextInput
          size="xs"
          aria-label={t('recommendations.facetFilter', { facet: title })}
          placeholder={t('recommendations.facetFilterPlaceholder')}
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
        />
      )}
      {expanded && all.length > FACET_TOP ? <ScrollArea.Autosize mah={320}>{list}</ScrollArea.Autosize> : list}
      {all.length > FACET_TOP && (
        <Button
          variant="subtle"
          size="compact-sm"
          w="fit-content"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => {
            setExpanded((v) => !v);
            setFilter('');
          }}
        >
          {expanded ? t('recommendations.showFewer') : t('recommendations.showAll', { n: all.length })}
        </Button>
      )}
    </Stack>
  );
}
