import { Button, EmptyState, Grid, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { can } from '../../core/access/roles.js';
import { useMe } from '../auth/session-queries.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { ActiveFilterChips } from './active-filter-chips.js';
import { FacetAccordion } from './facet-accordion.js';
import { FilterSidebar } from './filter-sidebar.js';
import { RecommendationResults } from './recommendation-results.js';
import { RecommendationSearchForm } from './recommendation-search-form.js';
import { ResultsHeader } from './results-header.js';
import { clearFilters, FACET_KEYS, PAGE_SIZE, toggleFilter, withParam, withQuery } from './search-state.js';
import { useRecommendationSearch } from './use-recommendation-search.js';

const MAX_PAGE = 10_000;

/**
 * The recommendations database: words and facets narrow the list, the server counts and pages
 * it, and the URL holds the whole search so it can be shared. /recommendations/:id opens one
 * recommendation in a drawer over the list.
 */
export function RecommendationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('recommendations.title'));
  const me = useMe();
  const { params, state, exportQuery, search, text, setText, filterCount, update, submit } = useRecommendationSearch();
  const wide = useMediaQuery('(min-width: 62em)', undefined, { getInitialValueInEffect: false });
  const [filtersOpen, setFiltersOpen] = useState(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const toResults = () => {
    resultsHeading.current?.focus();
    resultsHeading.current?.scrollIntoView({ block: 'start' });
  };
  const goToPage = (page: number) => {
    update(withParam(params, 'page', page > 1 ? String(page) : null));
    toResults();
  };

  const data = search.data;
  const total = data?.total ?? 0;
  const pages = Math.min(MAX_PAGE, Math.ceil(total / PAGE_SIZE));
  const hasSearch = state.q !== '' || filterCount > 0;
  // Nothing imported yet: no search box or filters, only the way to fill the database.
  const emptyDatabase = data !== undefined && total === 0 && !hasSearch && !search.isPlaceholderData;

  const facets = (
    <FacetAccordion
      // A new search from elsewhere (a link with other filters) re-opens the right panels.
      key={FACET_KEYS.filter((k) => state.filters[k].length > 0).join(',')}
      state={state}
      facets={data?.facets}
      onToggle={(key, value) => update(toggleFilter(params, key, value))}
      compact={!wide}
    />
  );

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1}>{t('recommendations.title')}</Title>
        <Text c="dimmed">{t('recommendations.intro')}</Text>
      </Stack>
      {emptyDatabase ? (
        <EmptyState title={t('recommendations.emptyTitle')} description={t('recommendations.emptyText')} py="xl">
          {can(me.role, 'recommendations.import') && (
            <EmptyState.Actions>
              <Button component={Link} to="/settings?tab=recommendations">
                {t('recommendations.emptyImport')}
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      ) : (
        <>
          <RecommendationSearchForm text={text} onTextChange={setText} onSubmit={submit} />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 12, lg: 3 }} className="no-print">
              <FilterSidebar
                wide={wide}
                open={filtersOpen}
                onOpenChange={setFiltersOpen}
                filterCount={filterCount}
                total={data ? total : undefined}
                onShowResults={() => {
                  setFiltersOpen(false);
                  toResults();
                }}
              >
                {facets}
              </FilterSidebar>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 9 }}>
              <Stack gap="sm">
                <ResultsHeader
                  headingRef={resultsHeading}
                  total={data ? total : undefined}
                  sort={state.sort}
                  hasWords={state.q !== ''}
                  onSortChange={(sort) => update(withParam(params, 'sort', sort))}
                  exportQuery={exportQuery}
                />
                <ActiveFilterChips
                  state={state}
                  onRemove={(key, value) => update(toggleFilter(params, key, value))}
                  onClear={() => update(clearFilters(params))}
                />
                <RecommendationResults
                  search={search}
                  hasSearch={hasSearch}
                  hasFilters={filterCount > 0}
                  hasWords={state.q !== ''}
                  onClearFilters={() => update(clearFilters(params))}
                  onClearWords={() => update(withQuery(params, ''))}
                  pages={pages}
                  page={state.page}
                  onPage={goToPage}
                  wide={wide}
                />
              </Stack>
            </Grid.Col>
          </Grid>
        </>
      )}
      {/* The detail drawer's code loads on first use; the list stays on screen meanwhile. */}
      <Suspense fallback={null}>
        <Outlet />
      </Suspense>
    </Stack>
  );
}
