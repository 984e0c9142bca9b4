import { useSearchParams } from 'react-router';
import { REGIONAL_GROUPS } from '../../core/upr/calendar.js';
import { DEFAULT_TARGET_LIMIT, MAX_TARGET_LIMIT } from '../../shared/contracts/targets.js';
import type { FinderFilters } from './target-queries.js';

function readFilters(params: URLSearchParams): FinderFilters {
  const groups = params.getAll('regionalGroup').filter((g) => (REGIONAL_GROUPS as readonly string[]).includes(g));
  const limit = Math.trunc(Number(params.get('limit') ?? DEFAULT_TARGET_LIMIT)) || DEFAULT_TARGET_LIMIT;
  return {
    regionalGroup: groups,
    euOnly: params.get('euOnly') === 'true',
    excludeTargeted: params.get('excludeTargeted') === 'true',
    limit: Math.min(MAX_TARGET_LIMIT, Math.max(1, limit)),
  };
}

function writeFilters(filters: FinderFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const group of filters.regionalGroup) params.append('regionalGroup', group);
  if (filters.euOnly) params.set('euOnly', 'true');
  if (filters.excludeTargeted) params.set('excludeTargeted', 'true');
  if (filters.limit !== DEFAULT_TARGET_LIMIT) params.set('limit', String(filters.limit));
  return params;
}

/**
 * The target finder's filters as the URL holds them: a filter change starts again from the
 * first rows, "show more" raises the limit.
 */
export function useFinderFilters() {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const setFilters = (patch: Partial<FinderFilters>) =>
    setParams(writeFilters({ ...filters, limit: DEFAULT_TARGET_LIMIT, ...patch }), { replace: true });
  const showMore = () =>
    setParams(writeFilters({ ...filters, limit: Math.min(MAX_TARGET_LIMIT, filters.limit + DEFAULT_TARGET_LIMIT) }), {
      replace: true,
    });
  return { filters, setFilters, showMore };
}
