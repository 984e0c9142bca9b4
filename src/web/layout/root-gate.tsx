import { Container } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import { setupStatusQuery } from '../auth/session-queries.js';
import { LoadError } from './load-error.js';
import { PageSkeleton } from './page-skeleton.js';

/** Before anything else: a fresh installation goes to /setup. */
export function RootGate() {
  const status = useQuery(setupStatusQuery);
  const { pathname } = useLocation();
  if (status.isPending || status.isError) {
    return (
      <Container size={480} py="xl">
        {status.isError ? <LoadError error={status.error} onRetry={() => void status.refetch()} /> : <PageSkeleton lines={2} />}
      </Container>
    );
  }
  // Leaving /setup once it is done is the setup page's job: it knows where to go next.
  if (status.data.needsSetup && pathname !== '/setup') return <Navigate to="/setup" replace />;
  return <Outlet />;
}
