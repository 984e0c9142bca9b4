/**
 * The audit log's hash chain (audit-hash.ts): every entry gets the hash of the entry before it
 * in its organisation's chain and its own hash, and `audit_chain_head` remembers each chain's
 * newest entry. Entries written before this migration are hashed here, oldest first, so that
 * `upr-advocate audit verify` covers the whole history.
 */
import type { Kysely } from 'kysely';
import { auditRowHash, chainKeyOf, GENESIS_HASH } from '../audit-hash.js';
import type { Engine } from '../database.js';

interface OldAuditRow {
  id: number | string;
  org_id: string | null;
  actor_id: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  changes: string;
  at: string;
}

const PAGE = 2000;

export async function up(untyped: Kysely<unknown>, _engine: Engine): Promise<void> {
  const db = untyped as Kysely<any>;
  await db.schema
    .alterTable('audit_log')
    .addColumn('prev_hash', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('audit_log')
    .addColumn('hash', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createTable('audit_chain_head')
    .addColumn('chain_key', 'text', (c) => c.primaryKey())
    .addColumn('last_id', 'bigint', (c) => c.notNull())
    .addColumn('last_hash', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  const heads = new Map<string, { lastId: number; lastHash: string; at: string }>();
  let afterId = -1;
  for (;;) {
    const rows = (await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(PAGE)
      .execute()) as OldAuditRow[];
    for (const row of rows) {
      const id = Number(row.id);
      const chain = chainKeyOf(row.org_id);
      const prevHash = heads.get(chain)?.lastHash ?? GENESIS_HASH;
      const hash = auditRowHash(row, id, prevHash);
      await db.updateTable('audit_log').set({ prev_hash: prevHash, hash }).where('id', '=', id).execute();
      heads.set(chain, { lastId: id, lastHash: hash, at: row.at });
    }
    if (rows.length < PAGE) break;
    afterId = Number(rows[rows.length - 1]!.id);
  }
  for (const [chain, head] of heads) {
    await db
      .insertInto('audit_chain_head')
      .values({ chain_key: chain, last_id: head.lastId, last_hash: head.lastHash, updated_at: head.at })
      .execute();
  }
}
