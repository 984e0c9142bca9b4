import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './layout/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { z } from 'zod';
import { createQueryClient } from './api/query-client.js';
import { AppProviders } from './layout/app-providers.js';
import { routes } from './layout/routes.js';

// zod probes `new Function` to compile fast parsers; our CSP (script-src 'self', no eval) refuses
// it and the browser reports a policy violation on every page. Parse without the probe.
z.config({ jitless: true });

const router = createBrowserRouter(routes);
const root = document.getElementById('root');
if (!root) throw new Error('#root is missing in index.html');

createRoot(root).render(
  <StrictMode>
    <AppProviders client={createQueryClient()}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
