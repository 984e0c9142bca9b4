/**
 * The physical floor of a query: the exact SQL the product sends, run straight in the database
 * engine with nothing of ours around it. SQLite: one better-sqlite3 statement per query, prepared
 * once beforehand (Kysely prepares again on every call); PostgreSQL: a raw `pg` client, a single
 * connection on the benchmark's schema, the SQL sent as the product sends it (with jit off, as the
 * product's pool does). The rows are read whole, as the product reads them.
 */
import type SqliteDatabase from 'better-sqlite3';
import type { CompiledQuery } from 'kysely';
import pg from 'pg';
import type { BenchInstance } from './instance.js';

export interface EngineFloor {
  /** Runs query `i` of those given to openEngineFloor; resolves with its row count. */
  run(i: number): Promise<number>;
  close(): Promise<void>;
}

async function sqliteFloor(sqlite: SqliteDatabase.Database, queries: readonly CompiledQuery[]): Promise<EngineFloor> {
  const statements = queries.map((q) => sqlite.prepare(q.sql));
  return {
    run: async (i) => statements[i]!.all(...(queries[i]!.parameters as unknown[])).length,
    close: async () => {},
  };
}

async function postgresFloor(url: string, schema: string, queries: readonly CompiledQuery[]): Promise<EngineFloor> {
  const client = new pg.Client({ connectionString: url, options: '-c jit=off' });
  await client.connect();
  await client.query(`SET search_path TO "${schema}"`);
  return {
    run: async (i) => (await client.query(queries[i]!.sql, queries[i]!.parameters as unknown[])).rowCount ?? 0,
    close: () => client.end(),
  };
}

/** Opens the engine floor for `queries` on the instance's own database. */
export function openEngineFloor(instance: BenchInstance, queries: readonly CompiledQuery[]): Promise<EngineFloor> {
  const { handle } = instance.server;
  if (handle.sqlite) return sqliteFloor(handle.sqlite, queries);
  if (!instance.databaseUrl || !instance.pgSchema) throw new Error('a PostgreSQL instance needs its URL and schema');
  return postgresFloor(instance.databaseUrl, instance.pgSchema, queries);
}
