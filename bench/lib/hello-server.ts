/**
 * The floor of a server start, for bench/start-up.ts: the same HTTP framework and listener as
 * the product (hono + @hono/node-server) under the same tsx launcher, with one route and
 * nothing else (no database, no reference data). Not a product entry point.
 *
 *   tsx bench/lib/hello-server.ts --port N
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const i = process.argv.indexOf('--port');
const port = Number(i > 0 ? process.argv[i + 1] : 8080);
const app = new Hono();
app.get('/api/health', (c) => c.json({ status: 'ok' }));
const listener = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
const stop = () => listener.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
