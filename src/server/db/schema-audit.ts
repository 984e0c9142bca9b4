/**
 * Kysely types of the audit log's hash chain (migration 2026-11-28T0200). Every audit entry
 * carries the hash of the entry before it in its chain and its own hash; `audit_chain_head`
 * holds, per chain, the last entry so that deleting the newest entries is detected too.
 */

/** The chain columns of `audit_log` (the rest of the table is in schema.ts). */
export interface AuditChainColumns {
  /** Hash of the previous entry of the same chain; the genesis value for the first one. */
  prev_hash: string;
  /** SHA-256 (hex) of this entry's canonical serialisation (audit-chain.ts). */
  hash: string;
}

export interface AuditChainHeadTable {
  /** The organisation's id, or '' for the instance-wide chain (entries without organisation). */
  chain_key: string;
  last_id: number;
  last_hash: string;
  updated_at: string;
}

export interface AuditTables {
  audit_chain_head: AuditChainHeadTable;
}
