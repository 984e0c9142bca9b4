import { Button, EmptyState, Group, Pagination, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RecommendationSearchResultDto } from '../../shared/contracts/recommendations.js';
import { LoadError } from '../layout/load-error.js';
import { RecommendationCard } from './recommendation-card.js';
import { ResultsSkeleton } from './results-skeleton.js';

interface RecommendationResultsProps {
  search: UseQueryResult<RecommendationSearchResultDto>;
  /** Whether words or filters narrow the search (a search that matches nothing says so). */
  hasSearch: boolean;
  hasFilters: boolean;
  hasWords: boolean;
  onClearFilters: () => void;
  onClearWords: () => void;
  pages: number;
  page: number;
  onPage: (page: number) => void;
  wide: boolean;
}

/** The search's state: loading, failed, no match, or a page of recommendations with the pager. */
export function RecommendationResults(props: RecommendationResultsProps) {
  const { search, hasSearch, hasFilters, hasWords, onClearFilters, onClearWords, pages, page, onPage, wide } = props;
  const { t } = useTranslation();
  const data = search.data;
  const total = data?.total ?? 0;
  return (
    <>
      {search.isPending && <ResultsSkeleton />}
      {search.isError && <LoadError error={search.error} onRetry={() => void search.refetch()} />}
      {data && total === 0 && hasSearch && (
        <EmptyState title={t('recommendations.noMatchTitle')} description={t('recommendations.noMatchText')} py="xl">
          <EmptyState.Actions>
            {hasFilters && (
              <Button variant="default" onClick={onClearFilters}>
                {t('recommendations.clearFilters')}
              </Button>
            )}
            {hasWords && (
              <Button variant="default" onClick={onClearWords}>
                {t('recommendations.clearWords')}
              </Button>
            )}
          </EmptyState.Actions>
        </EmptyState>
      )}
      {data && data.items.length > 0 && (
        <Stack
          gap="sm"
          component="ol"
          aria-busy={search.isFetching}
          aria-label={t('recommendations.results')}
          style={{
            listStyle: 'none',
            padding: 0,
            margin: 0,
            opacity: search.isPlaceholderData ? 0.6 : 1,
            transition: 'opacity 150ms',
          }}
        >
          {data.items.map((item) => (
            <li key={item.id}>
              <RecommendationCard item={item} />
            </li>
          ))}
        </Stack>
      )}
      {data && pages > 1 && (
        <Group justify="center" className="no-print">
          <Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={onPage}
            siblings={wide ? 1 : 0}
            boundaries={1}
            size="sm"
            aria-label={t('recommendations.pages')}
            getItemProps={(n) => ({ 'aria-label': t('recommendations.pageN', { n }) })}
            getControlProps={(control) => ({
              'aria-label': t(`recommendations.pageControls.${control}`),
            })}
          />
        </Group>
      )}
    </>
  );
}
