/** Renders a component as the app would: providers, a router at `route`, and a signed-in user. */
import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { MeResponse } from '../shared/contracts/index.js';
import { queryKeys } from './api/query-keys.js';
import { AppProviders } from './layout/app-providers.js';

export function renderApp(
  element: ReactNode,
  {
    route = '/',
    path = '*',
    me = null,
    client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }),
  }: { route?: string; path?: string; me?: MeResponse | null; client?: QueryClient } = {},
): RenderResult & { client: QueryClient } {
  client.setQueryData(queryKeys.me, me);
  const router = createMemoryRouter([{ path, element }], { initialEntries: [route] });
  const result = render(
    <AppProviders client={client} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, client };
}

/** A fetch stub answering by "METHOD /path?query" if listed, else by "METHOD /path", with a status and a JSON body. */
export function stubFetch(routes: Record<string, [number, unknown]>): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const key = `${init?.method ?? 'GET'} ${url.pathname}`;
    const [status, body] = routes[`${key}${url.search}`] ?? routes[key] ?? [404, { error: { code: 'not-found', message: key } }];
    return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
}
