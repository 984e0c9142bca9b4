/**
 * The audit log's hash chain: each entry's hash is SHA-256 over a canonical serialisation of
 * the previous entry's hash and the entry's own fields, so that changing, deleting or
 * reordering an entry breaks every hash after it. This function is the format: it must never
 * change (a new format needs a new migration that re-hashes every entry).
 */
import { createHash } from 'node:crypto';

/** `prev_hash` of the first entry of a chain. */
export const GENESIS_HASH = '0'.repeat(64);

export interface HashedFields {
  prevHash: string;
  id: number;
  at: string;
  orgId: string | null;
  actorId: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  /** The stored JSON text of the changes, exactly as written (not re-serialised). */
  changes: string;
}

/**
 * A JSON array has one serialisation of strings, numbers and nulls, whatever the engine, so the
 * same entry hashes the same on SQLite and PostgreSQL and after a backup and restore.
 */
export function auditEntryHash(entry: HashedFields): string {
  const canonical = JSON.stringify([
    'upr-audit/1',
    entry.prevHash,
    entry.id,
    entry.at,
    entry.orgId,
    entry.actorId,
    entry.action,
    entry.objectType,
    entry.objectId,
    entry.changes,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** The chain an entry belongs to: its organisation, or '' for instance-wide entries. */
export function chainKeyOf(orgId: string | null): string {
  return orgId ?? '';
}
