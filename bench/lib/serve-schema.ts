/**
 * `upr-advocate serve` for the benchmarks that need what the command line cannot say: a server
 * on the benchmark's throwaway PostgreSQL schema (BENCH_PG_SCHEMA), or on a SQLite data folder
 * (--data, when BENCH_PG_SCHEMA is unset) serving a web app built elsewhere (BENCH_WEB_DIR, so a
 * benchmark never rebuilds the shared dist/web). The same createServer and node-server listener.
 * Not a product entry point.
 *
 *   DATABASE_URL=… BENCH_PG_SCHEMA=… tsx bench/lib/serve-schema.ts --port N --data DIR
 *   BENCH_WEB_DIR=… tsx bench/lib/serve-schema.ts --port N --data DIR
 */
import { serve as serveNode } from '@hono/node-server';
import { loadConfig } from '../../src/server/config.js';
import { createServer } from '../../src/server/create-server.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const schema = process.env.BENCH_PG_SCHEMA || undefined;
const databaseUrl = process.env.DATABASE_URL?.trim() || null;
if (schema && !databaseUrl) throw new Error('serve-schema needs DATABASE_URL with BENCH_PG_SCHEMA');

const config = loadConfig({ dataDir: arg('--data'), port: Number(arg('--port') ?? 8080) });
const server = await createServer({
  config: { ...config, databaseUrl: schema ? databaseUrl : null },
  ...(schema ? { pgSchema: schema } : {}),
  webDir: process.env.BENCH_WEB_DIR || null,
});
const listener = serveNode({ fetch: server.app.fetch, port: config.port, hostname: '127.0.0.1' }, () => {
  process.stdout.write(`bench server on ${schema ? `PostgreSQL schema ${schema}` : `SQLite in ${config.dataDir}`} at http://127.0.0.1:${config.port}\n`);
});
const stop = () => {
  listener.close();
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
