/**
 * A fresh, empty instance of the server for one engine: a temp data folder (SQLite) or a
 * throwaway PostgreSQL schema (never the public one), dropped again by dispose(). The same
 * createServer the product runs, with a fixed setup code so a benchmark can sign in.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { importRecommendations } from '../../src/server/app/import-recommendations.js';
import { loadConfig } from '../../src/server/config.js';
import { createServer, type ServerInstance } from '../../src/server/create-server.js';
import type { EngineName, Figures } from './figures.js';
import { printFigures } from './figures.js';
import { loadLibraryFile, missingReason, type LibraryFile } from './shared-data.js';

export const BENCH_SETUP_CODE = 'BENCH-CODE-0001';

export interface BenchInstance {
  engine: EngineName;
  server: ServerInstance;
  dataDir: string;
  /** The throwaway PostgreSQL schema (undefined on SQLite). */
  pgSchema: string | undefined;
  databaseUrl: string | null;
  dispose(): Promise<void>;
}

async function withClient<T>(url: string, body: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end();
  }
}

/** The engines to measure: SQLite always, PostgreSQL when DATABASE_URL is set. */
export function engines(): { engine: EngineName; databaseUrl: string | null }[] {
  const url = process.env.DATABASE_URL?.trim() || null;
  return [{ engine: 'sqlite', databaseUrl: null }, ...(url ? [{ engine: 'postgres' as const, databaseUrl: url }] : [])];
}

/** Instances not yet disposed: an interrupted run (Ctrl-C) still drops its schemas and folders. */
const live = new Set<() => Promise<void>>();
let interruptHandled = false;

function disposeOnInterrupt(): void {
  if (interruptHandled) return;
  interruptHandled = true;
  process.once('SIGINT', () => {
    console.log('\ninterrupted: dropping the benchmark databases');
    void Promise.allSettled([...live].map((d) => d())).then(() => process.exit(130));
  });
}

export async function freshInstance(engine: EngineName, databaseUrl: string | null): Promise<BenchInstance> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `upr-bench-${engine}-`));
  const url = engine === 'postgres' ? databaseUrl : null;
  if (engine === 'postgres' && !url) throw new Error('PostgreSQL needs DATABASE_URL');
  const pgSchema = url ? `bench_${process.pid}_${Math.random().toString(36).slice(2, 8)}` : undefined;
  if (url) await withClient(url, (c) => c.query(`CREATE SCHEMA "${pgSchema}"`));
  const dispose = async (server?: ServerInstance) => {
    await server?.close();
    if (url) await withClient(url, (c) => c.query(`DROP SCHEMA IF EXISTS "${pgSchema}" CASCADE`));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const config = { ...loadConfig({ dataDir, port: 8080 }, {}), databaseUrl: url, authSecret: 'bench-secret-'.padEnd(48, 'x') };
    const server = await createServer({ config, pgSchema, setupCode: BENCH_SETUP_CODE });
    const disposeOnce = async () => {
      if (!live.delete(disposeOnce)) return;
      await dispose(server);
    };
    live.add(disposeOnce);
    disposeOnInterrupt();
    return { engine, server, dataDir, pgSchema, databaseUrl: url, dispose: disposeOnce };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/** Imports the library file into the instance (what `upr-advocate import recommendations` does). */
export async function importLibrary(instance: BenchInstance, file: LibraryFile) {
  return importRecommendations(instance.server.deps, 'library', { fileName: file.fileName, bytes: file.bytes, skipBadRows: false });
}

/**
 * Runs one benchmark on its own: per engine a fresh instance with the library imported once,
 * then `measure`, printing its figures.
 */
export async function runStandalone(title: string, measure: (instance: BenchInstance) => Promise<Figures>): Promise<void> {
  const file = loadLibraryFile();
  if (!file) return console.log(`${title}: skipped, ${missingReason()}`);
  for (const { engine, databaseUrl } of engines()) {
    const instance = await freshInstance(engine, databaseUrl);
    try {
      await importLibrary(instance, file);
      console.log(`${title} [${engine}]`);
      printFigures(await measure(instance));
    } finally {
      await instance.dispose();
    }
  }
  if (engines().length === 1) console.log(`${title} [postgres]: skipped (set DATABASE_URL)`);
}
