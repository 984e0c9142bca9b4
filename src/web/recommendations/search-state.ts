/**
 * The recommendation search as the page's URL holds it (so a search can be bookmarked and
 * shared): the same parameter names as GET /api/recommendations, lists as repeated parameters.
 * Any change of the query or a filter goes back to page 1.
 */
import { RECOMMENDATION_SORTS, type RecommendationSort } from '../../shared/contracts/recommendations.js';

export const FACET_KEYS = ['response', 'issue', 'sur', 'rs', 'cycle', 'session', 'surGroup', 'rsGroup', 'actionCategory'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export const PAGE_SIZE = 20;

export interface SearchState {
  q: string;
  filters: Record<FacetKey, string[]>;
  /** The sort asked for in the URL, or null for the default. */
  requestedSort: RecommendationSort | null;
  /** The sort in effect: by relevance when there are words to match, else newest session first. */
  sort: RecommendationSort;
  page: number;
}

function isSort(value: string | null): value is RecommendationSort {
  return value !== null && (RECOMMENDATION_SORTS as readonly string[]).includes(value);
}

export function readSearch(params: URLSearchParams): SearchState {
  const q = (params.get('q') ?? '').trim();
  const filters = Object.fromEntries(
    FACET_KEYS.map((key) => [
      key,
      [
        ...new Set(
          params
            .getAll(key)
            .flatMap((v) => v.split(','))
            .map((v) => v.trim())
            .filter(Boolean),
        ),
      ],
    ]),
  ) as Record<FacetKey, string[]>;
  const requested = params.get('sort');
  const requestedSort = isSort(requested) ? requested : null;
  const page = Math.max(1, Math.min(10_000, Math.trunc(Number(params.get('page') ?? '1')) || 1));
  return { q, filters, requestedSort, sort: requestedSort ?? (q ? 'relevance' : 'session-desc'), page };
}

export function activeFilterCount(state: SearchState): number {
  return FACET_KEYS.reduce((n, key) => n + state.filters[key].length, 0);
}

/** The query string of the API call (and of the export links, without the page). */
export function apiQuery(state: SearchState, { paged }: { paged: boolean }): string {
  const out = new URLSearchParams();
  if (state.q) out.set('q', state.q);
  for (const key of FACET_KEYS) for (const value of state.filters[key]) out.append(key, value);
  out.set('sort', state.sort);
  if (paged) {
    out.set('page', String(state.page));
    out.set('pageSize', String(PAGE_SIZE));
  }
  return out.toString();
}

/** The URL parameters with `value` of `key` ticked or unticked, back on page 1. */
export function toggleFilter(params: URLSearchParams, key: FacetKey, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  const values = readSearch(params).filters[key];
  next.delete(key);
  const updated = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  for (const v of updated) next.append(key, v);
  next.delete('page');
  return next;
}

/** The URL parameters without any filter (the words and the sort are kept). */
export function clearFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of FACET_KEYS) next.delete(key);
  next.delete('page');
  return next;
}

export function withQuery(params: URLSearchParams, q: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (q.trim()) next.set('q', q.trim());
  else next.delete('q');
  // A sort chosen for another query (e.g. relevance) may not fit the new one: back to the default.
  next.delete('sort');
  next.delete('page');
  return next;
}

export function withParam(params: URLSearchParams, key: 'sort' | 'page', value: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === null) next.delete(key);
  else next.set(key, value);
  if (key !== 'page') next.delete('page');
  return next;
}
