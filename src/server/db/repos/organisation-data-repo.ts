/**
 * All of one organisation's rows, table by table, for its export and import: every table with
 * an `org_id` column, found in the schema itself, so a table added by a later feature is
 * carried along without a change here. Tables holding credentials (a token, secret or password
 * column: invitations, calendar feeds, reset links) are never exported; counters the database
 * assigns (serial and generated columns) are left out and assigned again on import.
 */
import { sql, type Kysely } from 'kysely';
import type { Engine } from '../database.js';
import type { Database } from '../schema.js';

export interface OrganisationTable {
  name: string;
  /** The columns written on import (no database-assigned counters or generated values). */
  columns: string[];
}

const CREDENTIAL_COLUMN = /token|secret|password/i;
/**
 * Exported separately: the audit log is re-chained on import (audit-repo.ts). Not exported:
 * the dashboard's counter of outreach changes, which the import's own inserts raise.
 */
const SEPARATE = new Set(['audit_log', 'org_outreach_version']);

interface ColumnInfo {
  name: string;
  assigned: boolean;
}

async function tableNames(db: Kysely<Database>, engine: Engine): Promise<string[]> {
  const { rows } =
    engine === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table' and sql not like 'CREATE VIRTUAL%' and name not like 'sqlite_%' order by name`.execute(db)
      : await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`.execute(db);
  return rows.map((r) => r.name).filter((n) => !n.startsWith('kysely_'));
}

async function columnsOf(db: Kysely<Database>, engine: Engine, table: string): Promise<ColumnInfo[]> {
  if (engine === 'sqlite') {
    const { rows } = await sql<{ name: string; type: string; pk: number }>`select name, type, pk from pragma_table_info(${table})`.execute(db);
    // An INTEGER PRIMARY KEY is SQLite's row id: assigned by the database.
    return rows.map((r) => ({ name: r.name, assigned: r.pk === 1 && r.type.toUpperCase() === 'INTEGER' }));
  }
  const { rows } = await sql<{ name: string; generated: string; def: string | null }>`
    select column_name as name, is_generated as generated, column_default as def from information_schema.columns
    where table_schema = current_schema() and table_name = ${table} order by ordinal_position`.execute(db);
  return rows.map((r) => ({ name: r.name, assigned: r.generated !== 'NEVER' || (r.def ?? '').startsWith('nextval(') }));
}

async function parentsOf(db: Kysely<Database>, engine: Engine, table: string): Promise<string[]> {
  const { rows } =
    engine === 'sqlite'
      ? await sql<{ parent: string }>`select "table" as parent from pragma_foreign_key_list(${table})`.execute(db)
      : await sql<{ parent: string }>`
          select p.relname as parent from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
          where k.contype = 'f' and c.relname = ${table} and k.connamespace = current_schema()::regnamespace`.execute(db);
  return rows.map((r) => r.parent).filter((p) => p !== table);
}

/** The organisation's tables, parents before children (foreign keys). */
export async function organisationTables(db: Kysely<Database>, engine: Engine): Promise<OrganisationTable[]> {
  const found = new Map<string, { columns: string[]; parents: string[] }>();
  for (const name of await tableNames(db, engine)) {
    if (SEPARATE.has(name)) continue;
    const columns = await columnsOf(db, engine, name);
    if (!columns.some((c) => c.name === 'org_id') || columns.some((c) => CREDENTIAL_COLUMN.test(c.name))) continue;
    found.set(name, { columns: columns.filter((c) => !c.assigned).map((c) => c.name), parents: await parentsOf(db, engine, name) });
  }
  const ordered: OrganisationTable[] = [];
  const placed = new Set<string>();
  while (ordered.length < found.size) {
    const ready = [...found].filter(([name, t]) => !placed.has(name) && t.parents.every((p) => placed.has(p) || !found.has(p)));
    if (!ready.length) throw new Error('foreign keys between organisation tables form a cycle');
    for (const [name, t] of ready) {
      ordered.push({ name, columns: t.columns });
      placed.add(name);
    }
  }
  return ordered;
}

export async function organisationRows(db: Kysely<Database>, table: OrganisationTable, orgId: string): Promise<Record<string, unknown>[]> {
  const columns = sql.join(table.columns.map((c) => sql.ref(c)));
  const { rows } = await sql<Record<string, unknown>>`select ${columns} from ${sql.table(table.name)} where org_id = ${orgId}`.execute(db);
  return rows;
}

export async function insertOrganisationRows(db: Kysely<Database>, table: OrganisationTable, rows: Record<string, unknown>[]): Promise<void> {
  // Small batches: SQLite allows at most 32,766 bound values per statement.
  const size = Math.max(1, Math.floor(2000 / Math.max(table.columns.length, 1)));
  for (let i = 0; i < rows.length; i += size) {
    const values = rows.slice(i, i + size).map((row) => Object.fromEntries(table.columns.map((c) => [c, row[c] ?? null])));
    // Built with Kysely, not raw SQL: the server's write watcher must see an insert into `member` (short-memory.ts).
    await (db as Kysely<any>).insertInto(table.name).values(values).execute();
  }
}

export interface ExportedUser {
  id: string;
  name: string;
  email: string;
  language: string | null;
}

/** The organisation's members as people: names, e-mails and languages, never credentials. */
export async function organisationUsers(db: Kysely<Database>, orgId: string): Promise<ExportedUser[]> {
  return db
    .selectFrom('member')
    .innerJoin('user', 'user.id', 'member.user_id')
    .leftJoin('user_setting', 'user_setting.user_id', 'user.id')
    .select(['user.id as id', 'user.name as name', 'user.email as email', 'user_setting.language as language'])
    .where('member.org_id', '=', orgId)
    .orderBy('user.email')
    .execute();
}

export async function organisationAudit(db: Kysely<Database>, orgId: string) {
  return db
    .selectFrom('audit_log')
    .select(['actor_id', 'action', 'object_type', 'object_id', 'changes', 'at'])
    .where('org_id', '=', orgId)
    .orderBy('id')
    .execute();
}
