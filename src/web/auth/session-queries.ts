/**
 * Who is signed in, and whether the installation still needs its first-run setup. Both are
 * read by the route guards before any page renders.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import type { MeResponse } from '../../shared/contracts/index.js';
import { isApiError } from '../api/api-error.js';
import { http } from '../api/http.js';
import { queryKeys } from '../api/query-keys.js';

async function fetchMe(): Promise<MeResponse | null> {
  try {
    return await http<MeResponse>('/api/me');
  } catch (error) {
    if (isApiError(error) && error.code === 'unauthenticated') return null;
    throw error;
  }
}

export const meQuery = queryOptions({ queryKey: queryKeys.me, queryFn: fetchMe, staleTime: 5 * 60_000 });

export const setupStatusQuery = queryOptions({
  queryKey: queryKeys.setupStatus,
  queryFn: () => http<{ needsSetup: boolean }>('/api/setup/status'),
  staleTime: Infinity,
});

/**
 * The signed-in user inside the app shell (the guard guarantees it is loaded). While signing
 * out, the last known user is kept for the one render before the shell redirects to /login.
 */
export function useMe(): MeResponse {
  const { data } = useQuery(meQuery);
  const last = useRef(data);
  if (data) last.current = data;
  if (!last.current) throw new Error('useMe() used outside the signed-in app shell');
  return last.current;
}
