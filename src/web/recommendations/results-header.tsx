import { Button, Group, NativeSelect, Text } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_EXPORT_ROWS, type RecommendationSort } from '../../shared/contracts/recommendations.js';
import { formatNumber } from '../i18n/format.js';

interface ResultsHeaderProps {
  /** The heading, focused when the page or the filters move the reader to the results. */
  headingRef: Ref<HTMLHeadingElement>;
  /** The result count, or undefined while searching. */
  total: number | undefined;
  sort: RecommendationSort;
  /** Relevance sorting needs words to match. */
  hasWords: boolean;
  onSortChange: (sort: string) => void;
  /** The query string of the export links. */
  exportQuery: string;
}

/** The result count, the sort and the export links above the results. */
export function ResultsHeader({ headingRef, total, sort, hasWords, onSortChange, exportQuery }: ResultsHeaderProps) {
  const { t, i18n } = useTranslation();
  const count = total ?? 0;
  const sorts: { value: RecommendationSort; label: string; disabled?: boolean }[] = [
    { value: 'relevance', label: t('recommendations.sorts.relevance'), disabled: !hasWords },
    { value: 'session-desc', label: t('recommendations.sorts.session-desc') },
    { value: 'session-asc', label: t('recommendations.sorts.session-asc') },
  ];
  return (
    <>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Text component="h2" fw={700} fz="lg" m={0} ref={headingRef} tabIndex={-1} aria-live="polite">
          {total !== undefined ? t('recommendations.total', { n: formatNumber(total, i18n.language) }) : t('recommendations.searching')}
        </Text>
        <Group gap="xs" align="flex-end" className="no-print">
          <NativeSelect
            size="xs"
            label={t('recommendations.sort')}
            value={sort}
            onChange={(event) => onSortChange(event.currentTarget.value)}
            data={sorts}
          />
          <Button
            component="a"
            href={`/api/recommendations/export.csv?${exportQuery}`}
            download
            variant="default"
            size="xs"
            disabled={count === 0}
          >
            {t('recommendations.exportCsv')}
          </Button>
          <Button
            component="a"
            href={`/api/recommendations/export.xlsx?${exportQuery}`}
            download
            variant="default"
            size="xs"
            disabled={count === 0}
          >
            {t('recommendations.exportXlsx')}
          </Button>
        </Group>
      </Group>
      {count > MAX_EXPORT_ROWS && (
        <Text size="xs" c="dimmed">
          {t('recommendations.exportLimit', { n: formatNumber(MAX_EXPORT_ROWS, i18n.language) })}
        </Text>
      )}
    </>
  );
}
