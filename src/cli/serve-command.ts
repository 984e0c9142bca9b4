/**
 * `upr-advocate serve`: migrates, prints the address (and the one-time setup code on a fresh
 * instance), and serves the API and the built web app until stopped.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve as serveNode } from '@hono/node-server';
import type { Config } from '../server/config.js';
import { createServer } from '../server/create-server.js';
import { startDigestScheduler } from '../server/jobs/scheduler.js';

const WEB_DIR = fileURLToPath(new URL('../../dist/web/', import.meta.url));

export async function serve(config: Config): Promise<void> {
  const server = await createServer({ config, webDir: path.resolve(WEB_DIR) });
  const url = server.deps.publicUrl;
  const listener = serveNode({ fetch: server.app.fetch, port: config.port, hostname: config.host }, () => {
    const where = server.deps.engine === 'sqlite' ? `SQLite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
    process.stdout.write(`UPR Advocate is running at ${url}  (database: ${where})\n`);
    if (server.setup.current) {
      process.stdout.write(`\nFirst run: open ${url}/setup and enter this one-time setup code:\n\n    ${server.setup.current}\n\n`);
    }
  });
  const digest = startDigestScheduler(server.deps, config.digest, (line) => process.stderr.write(`${line}\n`));
  const stop = () => {
    listener.close();
    // A digest being sent finishes (and records itself) before the database closes.
    void digest
      .stop()
      .then(() => server.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
