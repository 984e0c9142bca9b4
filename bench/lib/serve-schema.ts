/**
 * `upr-advocate serve` for the memory benchmark on PostgreSQL: the same createServer and
 * node-server listener, but on the benchmark's throwaway schema (BENCH_PG_SCHEMA), which the
 * command line cannot name. Not a product entry point.
 *
 *   DATABASE_URL=… BENCH_PG_SCHEMA=… tsx bench/lib/serve-schema.ts --port N --data DIR
 */
import { serve as serveNode } from '@hono/node-server';
import { loadConfig } from '../../src/server/config.js';
import { createServer } from '../../src/server/create-server.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const schema = process.env.BENCH_PG_SCHEMA;
const databaseUrl = process.env.DATABASE_URL?.trim();
if (!schema || !databaseUrl) throw new Error('serve-schema needs DATABASE_URL and BENCH_PG_SCHEMA');

const config = loadConfig({ dataDir: arg('--data'), port: Number(arg('--port') ?? 8080) });
const server = await createServer({ config: { ...config, databaseUrl }, pgSchema: schema, webDir: null });
const listener = serveNode({ fetch: server.app.fetch, port: config.port, hostname: '127.0.0.1' }, () => {
  process.stdout.write(`bench server on PostgreSQL schema ${schema} at http://127.0.0.1:${config.port}\n`);
});
const stop = () => {
  listener.close();
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
