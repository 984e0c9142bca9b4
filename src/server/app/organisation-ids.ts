/**
 * New ids for an imported organisation: every id of the export (organisation, people, and the
 * `id` of every row) gets a fresh one, and every value that names one — a foreign key, or an id
 * inside a text (a JSON list of ids, a "lobby:<id>" key, an audit entry's changes) — is
 * rewritten, so nothing of the imported organisation points at the old instance's objects.
 */
import type { OrganisationExport } from './organisation-transfer.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
// Exact ids shorter than this (a State code, a number) are not treated as references.
const MIN_ID_LENGTH = 16;

export function remapIds(file: OrganisationExport): { mapped: OrganisationExport; newId: (old: string) => string; idMap: Map<string, string> } {
  const ids = new Map<string, string>();
  const add = (id: unknown, always = false) => {
    if (typeof id === 'string' && (always || id.length >= MIN_ID_LENGTH) && !ids.has(id)) ids.set(id, crypto.randomUUID());
  };
  add(file.organisation.id, true);
  for (const user of file.users) add(user.id, true);
  for (const rows of Object.values(file.tables)) for (const row of rows) add(row.id);

  const rewrite = (value: unknown): unknown => {
    if (typeof value !== 'string') return value;
    const exact = ids.get(value);
    if (exact) return exact;
    return value.replace(UUID, (match) => ids.get(match) ?? match);
  };
  const rewriteRow = <T extends Record<string, unknown>>(row: T): T => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, rewrite(v)])) as T;

  const mapped: OrganisationExport = {
    ...file,
    organisation: { ...file.organisation, id: ids.get(file.organisation.id)! },
    users: file.users.map((u) => ({ ...u, id: ids.get(u.id)! })),
    tables: Object.fromEntries(Object.entries(file.tables).map(([name, rows]) => [name, rows.map(rewriteRow)])),
    audit: file.audit.map(rewriteRow),
  };
  return { mapped, newId: (old) => ids.get(old) ?? old, idMap: ids };
}
