/**
 * Every row of every table of an instance, to compare two instances (backup → restore,
 * before → after). Kysely's migration bookkeeping is left out (a restore re-runs the
 * migrations, with new timestamps); the migration names are compared instead. So is the
 * search's search_index_version: a restored database gets an id of its own, and its counter of
 * changes moves as the restore writes.
 */
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';

export type TableRows = Record<string, string[]>;

/** SQLite: rows as JSON, sorted, per table (FTS shadow tables included). */
export function sqliteRows(file: string): TableRows {
  const db = new SqliteDatabase(file, { readonly: true });
  try {
    const tables = db
      .prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' and name <> 'search_index_version' order by name`)
      .all() as { name: string }[];
    const result: TableRows = {};
    for (const { name } of tables) {
      result[name] = (db.prepare(`select * from "${name}"`).raw().all() as unknown[][]).map((row) =>
        JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v)),
      ).sort();
    }
    return result;
  } finally {
    db.close();
  }
}

/** PostgreSQL: rows as PostgreSQL's own JSON text, sorted, per table of `schema`. */
export async function postgresRows(url: string, schema: string): Promise<TableRows> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = $1 and table_type = 'BASE TABLE' and table_name not like 'kysely_%' and table_name <> 'search_index_version' order by 1`,
      [schema],
    );
    const result: TableRows = {};
    for (const { table_name: name } of tables.rows) {
      const rows = await client.query<{ j: string }>(`select row_to_json(t)::text as j from "${schema}"."${name}" t`);
      result[name] = rows.rows.map((r) => r.j).sort();
    }
    return result;
  } finally {
    await client.end();
  }
}

export function rowCount(rows: TableRows): number {
  return Object.values(rows).reduce((n, r) => n + r.length, 0);
}
