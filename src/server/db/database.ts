/**
 * One Kysely instance over either engine: embedded SQLite (default, a file in the data
 * folder) or PostgreSQL (DATABASE_URL). All SQL of the product goes through it.
 */
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type DatabaseConnection, type Driver } from 'kysely';
import pg from 'pg';
import { FifoMutex } from '../../core/fifo-mutex.js';
import { LruMap } from '../../core/lru-map.js';
import { nameRepeatedStatements, StatementNames } from './pg-named-statements.js';
import type { Database } from './schema.js';

export type Engine = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: Engine;
  /** The raw SQLite connection (for backup and pragmas); null on PostgreSQL. */
  sqlite: SqliteDatabase.Database | null;
  /** The PostgreSQL schema holding our tables (null on SQLite). */
  schema: string | null;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  dataDir: string;
  databaseUrl: string | null;
  /** PostgreSQL schema to use (tests give each worker its own). */
  pgSchema?: string;
  /** SQLite file name inside dataDir. */
  sqliteFile?: string;
  /** PostgreSQL: repeated statements are prepared once per connection (pg-named-statements.ts); on unless false. */
  pgNamedStatements?: boolean;
}

// PostgreSQL returns BIGINT (counts) as strings by default; our counts fit in a JS number.
pg.types.setTypeParser(20, (value: string) => Number(value));
// DATE columns stay civil-date strings, never shifted by a time zone.
pg.types.setTypeParser(1082, (value: string) => value);

/** SQLite's own page cache per connection, in KiB (the default is 2 MiB). */
export const SQLITE_CACHE_KIB = 64 * 1024;
/** How much of the database file SQLite reads through a memory map instead of read() calls. */
export const SQLITE_MMAP_BYTES = 256 * 1024 * 1024;

/** Distinct statements kept compiled; our queries are a few hundred shapes (IN lists vary). */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew, and better-sqlite3 compiles the SQL each time: for the
 * search's facet queries that is a measurable share of the request. Statements are kept by
 * their SQL text (least recently used dropped first). SQLite recompiles a kept statement by
 * itself when the schema changes, and our code never streams (iterate), the one use that
 * cannot share a statement.
 */
function withStatementCache(sqlite: SqliteDatabase.Database): Pick<SqliteDatabase.Database, 'prepare' | 'close'> {
  const statements = new LruMap<string, SqliteDatabase.Statement>(STATEMENT_CACHE_SIZE);
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (!statement) statements.set(sql, (statement = sqlite.prepare(sql)));
      return statement;
    },
  } as Pick<SqliteDatabase.Database, 'prepare' | 'close'>;
}

/**
 * When a statement fails with SQLITE_FULL (disk full) or SQLITE_IOERR, SQLite may already have
 * rolled the transaction back by itself; Kysely's ROLLBACK would then fail with "no transaction
 * is active" and hide the real error (a 500 instead of "disk full"). Roll back only what is open.
 */
class SqliteDialectKeepingErrors extends SqliteDialect {
  constructor(private readonly sqlite: SqliteDatabase.Database) {
    super({ database: withStatementCache(sqlite) });
  }

  override createDriver(): Driver {
    const driver = super.createDriver();
    const rollback = driver.rollbackTransaction.bind(driver);
    driver.rollbackTransaction = async (connection: DatabaseConnection) => {
      if (this.sqlite.inTransaction) await rollback(connection);
    };
    // One holder of the connection at a time, handed over in order: only one caller ever waits
    // on Kysely's own mutex, which wakes every waiter at each release (fifo-mutex.ts).
    const gate = new FifoMutex();
    const acquire = driver.acquireConnection.bind(driver);
    const release = driver.releaseConnection.bind(driver);
    driver.acquireConnection = async () => {
      await gate.lock();
      try {
        return await acquire();
      } catch (error) {
        gate.unlock();
        throw error;
      }
    };
    driver.releaseConnection = async (connection: DatabaseConnection) => {
      try {
        await release(connection);
      } finally {
        gate.unlock();
      }
    };
    return driver;
  }
}

export function openDatabase(options: DatabaseOptions): DatabaseHandle {
  if (options.databaseUrl) {
    // JIT compilation pays off for long analytics, not for our short statements: a facet search
    // near the JIT cost threshold would spend ~100 ms compiling to save a few (measured).
    // Prepared statements are planned for their values every time (decision record 0010): a
    // generic plan of the dashboard's follow-ups, chosen after five executions, took 45 ms
    // instead of 7 at the scale benchmark's 100×.
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10, options: '-c jit=off -c plan_cache_mode=force_custom_plan' });
    const names = options.pgNamedStatements === false ? null : new StatementNames();
    const schema = options.pgSchema;
    pool.on('connect', (client) => {
      if (schema) void client.query(`SET search_path TO "${schema}"`);
      if (names) nameRepeatedStatements(client, names);
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', sqlite: null, schema: options.pgSchema ?? 'public', close: () => db.destroy() };
  }
  fs.mkdirSync(options.dataDir, { recursive: true });
  const file = path.join(options.dataDir, options.sqliteFile ?? 'upr-advocate.sqlite');
  const sqlite = new SqliteDatabase(file);
  // WAL + synchronous=FULL: an acknowledged write survives a crash or power loss.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Pages read stay at hand (decision record 0008): with SQLite's default 2 MiB cache, every
  // search over the 90 MB library pushed the organisation's own pages out, and each later query
  // read them again from the operating system (the load benchmark's mix: 118 → 70 ms a pass).
  sqlite.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
  sqlite.pragma(`mmap_size = ${SQLITE_MMAP_BYTES}`);
  const db = new Kysely<Database>({ dialect: new SqliteDialectKeepingErrors(sqlite) });
  return { db, engine: 'sqlite', sqlite, schema: null, close: () => db.destroy() };
}
