/**
 * A logical copy of our PostgreSQL tables without pg_dump: each table's rows as
 * `row_to_json` text (PostgreSQL's own representation of every type — timestamps, booleans,
 * reals — so nothing is converted by JavaScript), read through a cursor in one snapshot, and
 * written back with `json_populate_recordset`, which parses them with the same types.
 */
import { sql, type Kysely } from 'kysely';

/** Kysely's own bookkeeping: a restore recreates it by running the migrations. */
const isBookkeeping = (table: string) => table.startsWith('kysely_');
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function listTables(db: Kysely<any>, schema: string): Promise<string[]> {
  const { rows } = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = ${schema} and table_type = 'BASE TABLE' order by table_name`.execute(db);
  return rows.map((r) => r.table_name);
}

/**
 * Counters that triggers keep from other tables' rows (the dashboard's outreach counter): loaded
 * last, and a restore puts the backup's rows in place of what the triggers made of the rows
 * restored before them, so that the counters come back as they were.
 */
export const TRIGGER_COUNTERS: ReadonlySet<string> = new Set(['org_outreach_version']);

/** Our tables, parents before children (foreign keys), so that a restore can insert in order; trigger counters last. */
export async function tablesInLoadOrder(db: Kysely<any>, schema: string): Promise<string[]> {
  const tables = (await listTables(db, schema)).filter((t) => !isBookkeeping(t));
  const { rows } = await sql<{ child: string; parent: string }>`
    select c.relname as child, p.relname as parent
    from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
    where k.contype = 'f' and k.connamespace = ${schema}::regnamespace`.execute(db);
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const r of rows) if (r.child !== r.parent) parents.get(r.child)?.add(r.parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((t) => !placed.has(t) && [...parents.get(t)!].every((p) => placed.has(p)));
    if (!ready.length) throw new Error('foreign keys between our tables form a cycle');
    for (const t of ready) {
      ordered.push(t);
      placed.add(t);
    }
  }
  return [...ordered.filter((t) => !TRIGGER_COUNTERS.has(t)), ...ordered.filter((t) => TRIGGER_COUNTERS.has(t))];
}

/** Columns a row can be inserted with (generated columns, like the search vector, excluded). */
export async function insertableColumns(db: Kysely<any>, schema: string, table: string): Promise<string[]> {
  const { rows } = await sql<{ column_name: string }>`
    select column_name from information_schema.columns
    where table_schema = ${schema} and table_name = ${table} and is_generated = 'NEVER' order by ordinal_position`.execute(db);
  return rows.map((r) => r.column_name);
}

export async function countRows(db: Kysely<any>, schema: string, table: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.raw(`${ident(schema)}.${ident(table)}`)}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** Each row of `table` as JSON text, in pages of `page` rows (a cursor: memory stays small). */
export async function* tableRows(trx: Kysely<any>, schema: string, table: string, page = 2000): AsyncGenerator<string[]> {
  const cursor = sql.raw(ident(`dump_${table}`));
  await sql`declare ${cursor} no scroll cursor for select row_to_json(t)::text as j from ${sql.raw(`${ident(schema)}.${ident(table)}`)} as t`.execute(trx);
  try {
    for (;;) {
      const { rows } = await sql<{ j: string }>`fetch ${sql.raw(String(page))} from ${cursor}`.execute(trx);
      if (!rows.length) return;
      yield rows.map((r) => r.j);
    }
  } finally {
    await sql`close ${cursor}`.execute(trx);
  }
}

/** Inserts rows given as row_to_json text. */
export async function insertRows(trx: Kysely<any>, schema: string, table: string, columns: string[], rows: string[]): Promise<void> {
  if (!rows.length) return;
  const list = sql.raw(columns.map(ident).join(', '));
  const target = sql.raw(`${ident(schema)}.${ident(table)}`);
  await sql`insert into ${target} (${list}) select ${list} from json_populate_recordset(null::${target}, ${`[${rows.join(',')}]`}::json)`.execute(trx);
}

/** Moves serial counters past the restored ids, so that new rows do not collide with them. */
export async function resetSequences(trx: Kysely<any>, schema: string): Promise<void> {
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = ${schema} and column_default like 'nextval(%'`.execute(trx);
  for (const r of rows) {
    const qualified = `${ident(schema)}.${ident(r.table_name)}`;
    await sql`select setval(pg_get_serial_sequence(${qualified}, ${r.column_name}), coalesce(max(${sql.raw(ident(r.column_name))}), 0) + 1, false) from ${sql.raw(qualified)}`.execute(trx);
  }
}

/** Drops every table of the schema (restore --force into a used database). */
export async function dropAllTables(db: Kysely<any>, schema: string): Promise<void> {
  const tables = await listTables(db, schema);
  if (tables.length) await sql.raw(`drop table ${tables.map((t) => `${ident(schema)}.${ident(t)}`).join(', ')} cascade`).execute(db);
}
