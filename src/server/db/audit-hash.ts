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

/** The audit_log columns that are hashed, as the row stores them. */
export interface HashedRow {
  at: string;
  org_id: string | null;
  actor_id: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  changes: string;
}

/** The hash of a stored (or about to be stored) row with its id, after `prevHash`. */
export function auditRowHash(row: HashedRow, id: number, prevHash: string): string {
  return auditEntryHash({
    prevHash,
    id,
    at: row.at,
    orgId: row.org_id,
    actorId: row.actor_id,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    changes: row.changes,
  });
}

/** The chain an entry belongs to: its organisation, or '' for instance-wide entries. */
export function chainKeyOf(orgId: string | null): string {
  return orgId ?? '';
}
