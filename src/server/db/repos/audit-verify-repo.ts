/**
 * Walks every audit hash chain (audit-hash.ts) and reports the first entry that breaks it:
 * an entry whose content no longer matches its hash (changed), whose link does not name the
 * entry before it (an entry before it deleted, or entries reordered), or a chain whose head
 * names an entry that is gone (the newest entries deleted).
 */
import { PostgresAdapter, type Kysely } from 'kysely';
import { auditRowHash, chainKeyOf, GENESIS_HASH } from '../audit-hash.js';
import type { Database } from '../schema.js';

export type AuditBreak =
  /** The entry's fields do not hash to its stored hash. */
  | 'changed'
  /** The entry's link does not match the previous entry of its chain. */
  | 'link'
  /** The chain head names a newer entry than the last one present. */
  | 'missing-newest'
  /** Entries exist for a chain without a head. */
  | 'no-head';

export interface AuditBrokenEntry {
  id: number;
  /** The entry's time; null when the entry itself is missing. */
  at: string | null;
  /** The organisation of the chain ('' instance-wide). */
  chain: string;
  reason: AuditBreak;
}

export interface AuditVerification {
  entries: number;
  chains: number;
  broken: AuditBrokenEntry | null;
  /** Each chain's newest entry and hash: written down elsewhere, they anchor the log. */
  heads: { chain: string; lastId: number; lastHash: string }[];
}

interface ChainState {
  lastHash: string;
  lastId: number;
  lastAt: string | null;
}

const PAGE = 2000;

async function heads(db: Kysely<Database>): Promise<Map<string, { lastId: number; lastHash: string }>> {
  const rows = await db.selectFrom('audit_chain_head').select(['chain_key', 'last_id', 'last_hash']).execute();
  return new Map(rows.map((r) => [r.chain_key, { lastId: Number(r.last_id), lastHash: r.last_hash }]));
}

async function walk(db: Kysely<Database>, chains: Map<string, ChainState>): Promise<{ entries: number; broken: AuditBrokenEntry | null }> {
  let entries = 0;
  let afterId = -1;
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('id', '>', afterId).orderBy('id').limit(PAGE).execute();
    for (const row of rows) {
      const id = Number(row.id);
      const chain = chainKeyOf(row.org_id);
      const state = chains.get(chain) ?? { lastHash: GENESIS_HASH, lastId: 0, lastAt: null };
      if (row.prev_hash !== state.lastHash) return { entries, broken: { id, at: row.at, chain, reason: 'link' } };
      const expected = auditRowHash(row, id, row.prev_hash);
      if (row.hash !== expected) return { entries, broken: { id, at: row.at, chain, reason: 'changed' } };
      chains.set(chain, { lastHash: row.hash, lastId: id, lastAt: row.at });
      entries += 1;
    }
    if (rows.length < PAGE) return { entries, broken: null };
    afterId = Number(rows[rows.length - 1]!.id);
  }
}

/** Verifies every chain in one consistent snapshot of the database. */
export async function verifyAuditChains(db: Kysely<Database>): Promise<AuditVerification> {
  // Repeatable read: entries appended while we walk are not half-seen (SQLite: a read
  // transaction is a snapshot already).
  const isolated =
    db.getExecutor().adapter instanceof PostgresAdapter ? db.transaction().setIsolationLevel('repeatable read') : db.transaction();
  return isolated.execute(async (trx) => {
    const known = await heads(trx);
    const chains = new Map<string, ChainState>();
    const { entries, broken } = await walk(trx, chains);
    const result = (found: AuditBrokenEntry | null): AuditVerification => ({
      entries,
      chains: new Set([...known.keys(), ...chains.keys()]).size,
      broken: found,
      heads: [...known].map(([chain, head]) => ({ chain, ...head })).sort((a, b) => a.chain.localeCompare(b.chain)),
    });
    if (broken) return result(broken);
    for (const [chain, state] of chains) {
      if (!known.has(chain)) return result({ id: state.lastId, at: state.lastAt, chain, reason: 'no-head' });
    }
    for (const [chain, head] of known) {
      const state = chains.get(chain) ?? { lastHash: GENESIS_HASH, lastId: 0, lastAt: null };
      if (head.lastId !== state.lastId || head.lastHash !== state.lastHash)
        return result({ id: head.lastId, at: null, chain, reason: 'missing-newest' });
    }
    return result(null);
  });
}
