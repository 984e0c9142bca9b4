/**
 * The audit log: one entry per change, written in the same transaction as the change.
 * Changes list field names and non-secret new values only.
 */
import type { Kysely } from 'kysely';
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

export async function appendAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      org_id: entry.orgId,
      actor_id: entry.actorId,
      action: entry.action,
      object_type: entry.objectType,
      object_id: entry.objectId,
      changes: JSON.stringify(entry.changes),
      at: entry.at,
    })
    .execute();
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

export async function listAudit(db: Kysely<Database>, orgId: string, limit: number): Promise<AuditRow[]> {
  const rows = await db
    .selectFrom('audit_log')
    .leftJoin('user', 'user.id', 'audit_log.actor_id')
    .select(['audit_log.id', 'audit_log.at', 'user.name as actorName', 'audit_log.action', 'audit_log.object_type', 'audit_log.object_id', 'audit_log.changes'])
    .where('audit_log.org_id', '=', orgId)
    .orderBy('audit_log.id', 'desc')
    .limit(limit)
    .execute();
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
