/**
 * Per-test database instances: a fresh SQLite file in a temp folder, and — when DATABASE_URL is
 * set (CI) — a fresh PostgreSQL schema, so every test file runs against both engines.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Clock } from '../src/server/app/deps.js';
import { loadConfig, type SmtpConfig } from '../src/server/config.js';
import { createServer, type ServerInstance } from '../src/server/create-server.js';

export type TestEngine = 'sqlite' | 'postgres';

/** The engines to test: SQLite always, PostgreSQL when DATABASE_URL points at a server. */
export const ENGINES: TestEngine[] = process.env.DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export const TEST_SETUP_CODE = 'TEST-CODE-0001';

export function fixedClock(today: string): Clock & { set(day: string): void } {
  let current = today;
  let tick = 0;
  return {
    today: () => current,
    // Strictly increasing instants keep "latest first" orderings deterministic.
    now: () => new Date(Date.parse(`${current}T09:00:00.000Z`) + tick++).toISOString(),
    set: (day) => {
      current = day;
    },
  };
}

export interface TestServer extends ServerInstance {
  engine: TestEngine;
  /** The PostgreSQL schema of this server (reopen it with `createTestServer(engine, { pgSchema })`). */
  pgSchema: string | undefined;
  clock: ReturnType<typeof fixedClock>;
  dispose(): Promise<void>;
}

async function createPgSchema(url: string): Promise<string> {
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE SCHEMA "${schema}"`);
  await client.end();
  return schema;
}

async function dropPgSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA "${schema}" CASCADE`);
  await client.end();
}

export interface TestServerOptions {
  today?: string;
  /** Reuse a data folder (SQLite file) instead of a fresh temp folder; it is not deleted. */
  dataDir?: string;
  /** Reuse an existing PostgreSQL schema (dropped on dispose unless keepDatabase). */
  pgSchema?: string;
  /** Keep the database after dispose, to reopen it (a restart). */
  keepDatabase?: boolean;
  /** Send mail through this SMTP server (a test sink on loopback); no mailer otherwise. */
  smtp?: SmtpConfig;
  /** The millisecond clock of the server's short memories (sessions, request contexts). */
  memoryNow?: () => number;
  /** PostgreSQL: prepare repeated statements (the default, as in production) or not. */
  pgNamedStatements?: boolean;
}

export async function createTestServer(engine: TestEngine, options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'upr-test-'));
  const databaseUrl = engine === 'postgres' ? (process.env.DATABASE_URL ?? null) : null;
  const pgSchema = databaseUrl ? (options.pgSchema ?? (await createPgSchema(databaseUrl))) : undefined;
  const config = {
    ...loadConfig({ dataDir, port: 8080 }, {}),
    databaseUrl,
    authSecret: 'test-secret-'.padEnd(48, 'x'),
    smtp: options.smtp ?? null,
    pgNamedStatements: options.pgNamedStatements ?? true,
  };
  const clock = fixedClock(options.today ?? '2026-11-27');
  const server = await createServer({ config, clock, pgSchema, setupCode: TEST_SETUP_CODE, memoryNow: options.memoryNow });
  return {
    ...server,
    engine,
    pgSchema,
    clock,
    async dispose() {
      await server.close();
      if (databaseUrl && pgSchema && !options.keepDatabase) await dropPgSchema(databaseUrl, pgSchema);
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
