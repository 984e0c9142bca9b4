/**
 * The audit log: one entry per change, written in the same transaction as the change.
 * Changes list field names and non-secret new values only.
 *
 * Entries form one hash chain per organisation (plus one for instance-wide entries), see
 * audit-hash.ts. Appending reads the chain's head, so two transactions appending to the same
 * chain at once must not both read the same head: on PostgreSQL the head row is locked with
 * SELECT … FOR UPDATE until the transaction ends (a second writer waits, then reads the new
 * head; the entry's id is drawn after the lock, so ids grow along the chain). On SQLite, write
 * transactions are serialised by the database (one writer, and a write on a stale snapshot
 * fails with SQLITE_BUSY instead of forking the chain), so no lock statement is needed. One
 * chain per organisation keeps organisations from waiting on each other's writes.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { auditRowHash, chainKeyOf, GENESIS_HASH } from '../audit-hash.js';
import type { Database } from '../schema.js';

export interface AuditEntry {
  orgId: string | null;
  actorId: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  changes: Record<string, unknown>;
  at: string;
}

const isPostgres = (db: Kysely<Database>) => db.getExecutor().adapter instanceof PostgresAdapter;

/** The chain's head, locked for this transaction on PostgreSQL; created on first use. */
async function lockChainHead(trx: Kysely<Database>, chainKey: string, at: string): Promise<{ lastHash: string }> {
  const read = async () => {
    let query = trx.selectFrom('audit_chain_head').select(['last_hash']).where('chain_key', '=', chainKey);
    if (isPostgres(trx)) query = query.forUpdate();
    return query.executeTakeFirst();
  };
  let head = await read();
  if (!head) {
    // ON CONFLICT DO NOTHING: a concurrent first writer of the same chain makes this one wait
    // for it (unique key), then the locked read below sees its head.
    await trx
      .insertInto('audit_chain_head')
      .values({ chain_key: chainKey, last_id: 0, last_hash: GENESIS_HASH, updated_at: at })
      .onConflict((oc) => oc.column('chain_key').doNothing())
      .execute();
    head = await read();
  }
  if (!head) throw new Error(`audit chain head ${chainKey || '(instance)'} could not be created`);
  return { lastHash: head.last_hash };
}

export async function appendAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  // The head lock only lasts as long as a transaction: a caller outside one gets its own.
  if (!db.isTransaction) {
    await db.transaction().execute((trx) => appendAudit(trx, entry));
    return;
  }
  const chainKey = chainKeyOf(entry.orgId);
  const row = {
    org_id: entry.orgId,
    actor_id: entry.actorId,
    action: entry.action,
    object_type: entry.objectType,
    object_id: entry.objectId,
    changes: JSON.stringify(entry.changes),
    at: entry.at,
  };
  if (isPostgres(db)) return appendOnPostgres(db, chainKey, row);
  const { lastHash } = await lockChainHead(db, chainKey, entry.at);
  // The id is part of the hash and only known once inserted.
  const inserted = await db
    .insertInto('audit_log')
    .values({ ...row, prev_hash: lastHash, hash: '' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(inserted.id);
  const hash = auditRowHash(row, id, lastHash);
  await db.updateTable('audit_log').set({ hash }).where('id', '=', id).execute();
  await db.updateTable('audit_chain_head').set({ last_id: id, last_hash: hash, updated_at: entry.at }).where('chain_key', '=', chainKey).execute();
}

type AuditValues = Parameters<typeof auditRowHash>[0] & { at: string };

/**
 * The same in two statements instead of four (each a round trip, and the server's writes are
 * mostly these): the head locked with the entry's id drawn from the sequence after the lock (the
 * CTE is materialised, so the id is drawn once the locked row is in hand: ids still grow along
 * the chain), then the entry, hashed, and the new head in one statement.
 */
async function appendOnPostgres(trx: Kysely<Database>, chainKey: string, row: AuditValues): Promise<void> {
  const locked = async () =>
    (
      await sql<{ last_hash: string; id: string }>`
        with head as materialized (select last_hash from audit_chain_head where chain_key = ${chainKey} for update)
        select last_hash, nextval(pg_get_serial_sequence('audit_log', 'id')) as id from head`.execute(trx)
    ).rows[0];
  let head = await locked();
  if (!head) {
    await lockChainHead(trx, chainKey, row.at); // creates it (and locks it)
    head = await locked();
  }
  if (!head) throw new Error(`audit chain head ${chainKey || '(instance)'} could not be created`);
  const id = Number(head.id);
  const hash = auditRowHash(row, id, head.last_hash);
  await sql`with entry as (
      insert into audit_log (id, org_id, actor_id, action, object_type, object_id, changes, at, prev_hash, hash)
      values (${id}, ${row.org_id}, ${row.actor_id}, ${row.action}, ${row.object_type}, ${row.object_id}, ${row.changes}, ${row.at}, ${head.last_hash}, ${hash}))
    update audit_chain_head set last_id = ${id}, last_hash = ${hash}, updated_at = ${row.at} where chain_key = ${chainKey}`.execute(trx);
}

export interface AuditRow {
  id: number;
  at: string;
  actorName: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  changes: Record<string, unknown>;
}

/** The organisation's newest entries; `beforeId` pages back to older ones. */
export async function listAudit(db: Kysely<Database>, orgId: string, limit: number, beforeId?: number): Promise<AuditRow[]> {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('user', 'user.id', 'audit_log.actor_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'user.name as actorName',
      'audit_log.action',
      'audit_log.object_type',
      'audit_log.object_id',
      'audit_log.changes',
    ])
    .where('audit_log.org_id', '=', orgId);
  if (beforeId !== undefined) query = query.where('audit_log.id', '<', beforeId);
  const rows = await query.orderBy('audit_log.id', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: Number(r.id),
    at: r.at,
    actorName: r.actorName ?? null,
    action: r.action,
    objectType: r.object_type,
    objectId: r.object_id,
    changes: JSON.parse(r.changes) as Record<string, unknown>,
  }));
}
