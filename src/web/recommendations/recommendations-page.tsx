import {
  Accordion,
  Badge,
  Button,
  Collapse,
  EmptyState,
  Grid,
  Group,
  NativeSelect,
  Pagination,
  Paper,
  Pill,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useSearchParams } from 'react-router';
import { can } from '../../core/access/roles.js';
import {
  MAX_EXPORT_ROWS,
  MAX_SEARCH_TEXT_LENGTH,
  type RecommendationFacetsDto,
  type RecommendationSort,
} from '../../shared/contracts/recommendations.js';
import { useMe } from '../auth/session-queries.js';
import { formatNumber } from '../i18n/format.js';
import { LoadError } from '../layout/load-error.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { FacetPanel } from './facet-panel.js';
import { useRecommendationLabels, type RecommendationLabels } from './labels.js';
import { RecommendationCard } from './recommendation-card.js';
import { recommendationSearchQuery } from './recommendation-queries.js';
import {
  activeFilterCount,
  apiQuery,
  clearFilters,
  FACET_KEYS,
  PAGE_SIZE,
  readSearch,
  toggleFilter,
  withParam,
  withQuery,
  type FacetKey,
  type SearchState,
} from './search-state.js';

/** Facets open at first (others open when they hold a ticked value). */
const OPEN_FACETS: FacetKey[] = ['response', 'issue', 'sur', 'rs'];
const MAX_PAGE = 10_000;

function valueLabel(key: FacetKey, value: string, labels: RecommendationLabels): string {
  switch (key) {
    case 'sur':
    case 'rs':
      return labels.state(value);
    case 'surGroup':
    case 'rsGroup':
      return labels.group(value);
    case 'response':
      return labels.response(value);
    case 'issue':
      return labels.issue(value);
    case 'cycle':
      return labels.cycle(Number(value));
    case 'session':
      return labels.session(Number(value));
    case 'actionCategory':
      return labels.actionCategory(Number(value));
  }
}

/** Sessions newest first (people look for recent ones); the other facets as the server orders them. */
function bucketsOf(facets: RecommendationFacetsDto, key: FacetKey) {
  const buckets = facets[key] as { value: string | number; count: number }[];
  return key === 'session' ? [...buckets].sort((a, b) => Number(b.value) - Number(a.value)) : buckets;
}

interface FacetsProps {
  state: SearchState;
  facets: RecommendationFacetsDto | undefined;
  onToggle: (key: FacetKey, value: string) => void;
  /** Phones open only the panels in use, so the results stay near. */
  compact: boolean;
}

function Facets({ state, facets, onToggle, compact }: FacetsProps) {
  const { t } = useTranslation();
  const labels = useRecommendationLabels();
  const [open, setOpen] = useState<string[]>(() => [
    ...new Set([...(compact ? ['response'] : OPEN_FACETS), ...FACET_KEYS.filter((k) => state.filters[k].length > 0)]),
  ]);
  return (
    <Accordion multiple value={open} onChange={setOpen} variant="separated" chevronPosition="right">
      {FACET_KEYS.map((key) => {
        const ticked = state.filters[key].length;
        return (
          <Accordion.Item key={key} value={key}>
            <Accordion.Control>
              <Group gap={6} wrap="wrap">
                <Text fw={600} size="sm">
                  {t(`recommendations.facets.${key}`)}
                </Text>
                {ticked > 0 && (
                  <Badge size="sm" variant="light" tt="none" style={{ flexShrink: 0 }}>
                    {t('recommendations.ticked', { n: ticked })}
                  </Badge>
                )}
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              {facets ? (
                <FacetPanel
                  title={t(`recommendations.facets.${key}`)}
                  buckets={bucketsOf(facets, key)}
                  selected={state.filters[key]}
                  labelOf={(value) => valueLabel(key, value, labels)}
                  onToggle={(value) => onToggle(key, value)}
                  help={
                    key === 'response'
                      ? t('recommendations.responseFacetHelp')
                      : key === 'actionCategory'
                        ? t('recommendations.actionFacetHelp')
                        : undefined
                  }
                />
              ) : (
                <Stack gap={6}>
                  {[1, 2, 3].map((i) => (
                    <Skeleton key={i} height={16} />
                  ))}
                </Stack>
              )}
            </Accordion.Panel>
          </Accordion.Item>
        );
      })}
    </Accordion>
  );
}

function ResultsSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" role="status" aria-busy="true" aria-label={t('app.loading')}>
      {[1, 2, 3, 4].map((i) => (
        <Paper key={i} withBorder p="md">
          <Skeleton height={16} width="40%" mb="sm" />
          <Skeleton height={12} mb={6} />
          <Skeleton height={12} mb={6} />
          <Skeleton height={12} width="70%" />
        </Paper>
      ))}
    </Stack>
  );
}

/**
 * The recommendations database: words and facets narrow the list, the server counts and pages
 * it, and the URL holds the whole search so it can be shared. /recommendations/:id opens one
 * recommendation in a drawer over the list.
 */
export function RecommendationsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('recommendations.title'));
  const me = useMe();
  const labels = useRecommendationLabels();
  const [params, setParams] = useSearchParams();
  const state = readSearch(params);
  const query = apiQuery(state, { paged: true });
  const exportQuery = apiQuery(state, { paged: false });
  const search = useQuery(recommendationSearchQuery(query));
  const wide = useMediaQuery('(min-width: 62em)', undefined, { getInitialValueInEffect: false });
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [text, setText] = useState(state.q);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const filterCount = activeFilterCount(state);

  // Back and forward change the URL: the search box follows.
  useEffect(() => setText(state.q), [state.q]);

  const update = (next: URLSearchParams) => setParams(next);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update(withQuery(params, text));
  };
  const goToPage = (page: number) => {
    update(withParam(params, 'page', page > 1 ? String(page) : null));
    resultsHeading.current?.focus();
    resultsHeading.current?.scrollIntoView({ block: 'start' });
  };

  const data = search.data;
  const total = data?.total ?? 0;
  const pages = Math.min(MAX_PAGE, Math.ceil(total / PAGE_SIZE));
  const hasSearch = state.q !== '' || filterCount > 0;
  // Nothing imported yet: no search box or filters, only the way to fill the database.
  const emptyDatabase = data !== undefined && total === 0 && !hasSearch && !search.isPlaceholderData;
  const chips = FACET_KEYS.flatMap((key) => state.filters[key].map((value) => ({ key, value, label: valueLabel(key, value, labels) })));
  const sorts: { value: RecommendationSort; label: string; disabled?: boolean }[] = [
    { value: 'relevance', label: t('recommendations.sorts.relevance'), disabled: !state.q },
    { value: 'session-desc', label: t('recommendations.sorts.session-desc') },
    { value: 'session-asc', label: t('recommendations.sorts.session-asc') },
  ];

  const facets = (
    <Facets
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
          <form role="search" onSubmit={submit}>
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                type="search"
                label={t('recommendations.searchLabel')}
                description={t('recommendations.searchHint')}
                placeholder={t('recommendations.searchPlaceholder')}
                value={text}
                maxLength={MAX_SEARCH_TEXT_LENGTH}
                onChange={(event) => setText(event.currentTarget.value)}
                style={{ flex: 1 }}
              />
              <Button type="submit">{t('recommendations.searchButton')}</Button>
            </Group>
          </form>
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 12, lg: 3 }} className="no-print">
              <Stack gap="xs" component="section" aria-label={t('recommendations.filters')}>
                {wide ? (
                  facets
                ) : (
                  <>
                    <Button
                      variant="default"
                      onClick={() => setFiltersOpen((v) => !v)}
                      aria-expanded={filtersOpen}
                      aria-controls="recommendation-facets"
                      w="fit-content"
                    >
                      {filterCount > 0 ? t('recommendations.filtersWithCount', { n: filterCount }) : t('recommendations.filters')}
                    </Button>
                    <Collapse expanded={filtersOpen} id="recommendation-facets">
                      <Stack gap="xs">
                        {facets}
                        <Button
                          variant="light"
                          onClick={() => {
                            setFiltersOpen(false);
                            resultsHeading.current?.focus();
                            resultsHeading.current?.scrollIntoView({ block: 'start' });
                          }}
                        >
                          {data
                            ? t('recommendations.showResults', { n: formatNumber(total, i18n.language) })
                            : t('recommendations.searching')}
                        </Button>
                      </Stack>
                    </Collapse>
                  </>
                )}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 9 }}>
              <Stack gap="sm">
                <Group justify="space-between" align="flex-end" gap="sm">
                  <Text component="h2" fw={700} fz="lg" m={0} ref={resultsHeading} tabIndex={-1} aria-live="polite">
                    {data ? t('recommendations.total', { n: formatNumber(total, i18n.language) }) : t('recommendations.searching')}
                  </Text>
                  <Group gap="xs" align="flex-end" className="no-print">
                    <NativeSelect
                      size="xs"
                      label={t('recommendations.sort')}
                      value={state.sort}
                      onChange={(event) => update(withParam(params, 'sort', event.currentTarget.value))}
                      data={sorts}
                    />
                    <Button
                      component="a"
                      href={`/api/recommendations/export.csv?${exportQuery}`}
                      download
                      variant="default"
                      size="xs"
                      disabled={total === 0}
                    >
                      {t('recommendations.exportCsv')}
                    </Button>
                    <Button
                      component="a"
                      href={`/api/recommendations/export.xlsx?${exportQuery}`}
                      download
                      variant="default"
                      size="xs"
                      disabled={total === 0}
                    >
                      {t('recommendations.exportXlsx')}
                    </Button>
                  </Group>
                </Group>
                {total > MAX_EXPORT_ROWS && (
                  <Text size="xs" c="dimmed">
                    {t('recommendations.exportLimit', { n: formatNumber(MAX_EXPORT_ROWS, i18n.language) })}
                  </Text>
                )}
                {chips.length > 0 && (
                  <Group gap={6} wrap="wrap" aria-label={t('recommendations.activeFilters')} role="list">
                    {chips.map((chip) => (
                      <Pill
                        key={`${chip.key}:${chip.value}`}
                        role="listitem"
                        size="md"
                        withRemoveButton
                        onRemove={() => update(toggleFilter(params, chip.key, chip.value))}
                        // Pill hides its remove button from the keyboard (made for inputs); here it is the way to remove.
                        removeButtonProps={{
                          'aria-label': t('recommendations.removeFilter', { filter: chip.label }),
                          'aria-hidden': false,
                          tabIndex: 0,
                        }}
                      >
                        {t(`recommendations.facets.${chip.key}`)}: {chip.label}
                      </Pill>
                    ))}
                    <Button variant="subtle" size="compact-sm" onClick={() => update(clearFilters(params))}>
                      {t('recommendations.clearFilters')}
                    </Button>
                  </Group>
                )}
                {search.isPending && <ResultsSkeleton />}
                {search.isError && <LoadError error={search.error} onRetry={() => void search.refetch()} />}
                {data && total === 0 && hasSearch && (
                  <EmptyState title={t('recommendations.noMatchTitle')} description={t('recommendations.noMatchText')} py="xl">
                    <EmptyState.Actions>
                      {filterCount > 0 && (
                        <Button variant="default" onClick={() => update(clearFilters(params))}>
                          {t('recommendations.clearFilters')}
                        </Button>
                      )}
                      {state.q && (
                        <Button variant="default" onClick={() => update(withQuery(params, ''))}>
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
                      value={Math.min(state.page, pages)}
                      onChange={goToPage}
                      siblings={wide ? 1 : 0}
                      boundaries={1}
                      size="sm"
                      aria-label={t('recommendations.pages')}
                      getItemProps={(page) => ({ 'aria-label': t('recommendations.pageN', { n: page }) })}
                      getControlProps={(control) => ({
                        'aria-label': t(`recommendations.pageControls.${control}`),
                      })}
                    />
                  </Group>
                )}
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
