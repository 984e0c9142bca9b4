/**
 * The react-query client. Client errors (4xx) are not retried; a 401 anywhere signs the user
 * out of the app shell (the `me` query becomes null and the route guard sends them to /login).
 * Mutation errors show a translated notification unless the form shows them inline
 * (`meta: { inlineErrors: true }`).
 */
import { notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { errorMessage } from '../i18n/error-message.js';
import { i18n } from '../i18n/i18n.js';
import { isApiError } from './api-error.js';
import { queryKeys } from './query-keys.js';

function onUnauthenticated(client: QueryClient, error: unknown): void {
  if (isApiError(error) && error.code === 'unauthenticated') client.setQueryData(queryKeys.me, null);
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onUnauthenticated(client, error) }),
    mutationCache: new MutationCache({
      onError: (error, _vars, _ctx, mutation) => {
        onUnauthenticated(client, error);
        if (mutation.meta?.inlineErrors) return;
        notifications.show({ color: 'red', title: i18n.t('common.saveFailed'), message: errorMessage(error, i18n.t) });
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
      },
    },
  });
  return client;
}
