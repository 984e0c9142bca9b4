/**
 * An organisation's full data as one JSON document (an admin's download), and its import into
 * another instance (`upr-advocate org import FILE`) under new ids. People come along with their
 * names, e-mails, roles and languages but without any credential: each gets a one-time link to
 * set a password (password-reset.ts), which the operator hands over.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { isRole } from '../../core/access/roles.js';
import { AppError } from '../../core/errors.js';
import { hashPassword } from '../auth/passwords.js';
import { appendAudit } from '../db/repos/audit-repo.js';
import { getOrganization, insertOrganization } from '../db/repos/members-repo.js';
import * as data from '../db/repos/organisation-data-repo.js';
import { insertUserWithPassword, setLanguage } from '../db/repos/users-repo.js';
import { authorize, type Actor, type AppDeps } from './deps.js';
import { issuePasswordReset } from './password-reset.js';
import { remapIds } from './organisation-ids.js';
import { reusePlansForBulkWrites } from '../db/bulk-write-plans.js';

export const ORGANISATION_EXPORT_FORMAT = 'upr-advocate/organisation@1';

const exportSchema = z.object({
  format: z.literal(ORGANISATION_EXPORT_FORMAT),
  /** The time of the organisation's newest change: the same data exports to the same document. */
  asOf: z.string(),
  organisation: z.object({ id: z.string().min(1), name: z.string().trim().min(1).max(200) }),
  users: z.array(z.object({ id: z.string().min(1), name: z.string(), email: z.string().min(3), language: z.string().nullable() })),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
  audit: z.array(
    z.object({ actor_id: z.string().nullable(), action: z.string(), object_type: z.string(), object_id: z.string().nullable(), changes: z.string(), at: z.string() }),
  ),
});

export type OrganisationExport = z.infer<typeof exportSchema>;

export async function exportOrganisation(deps: AppDeps, actor: Actor): Promise<OrganisationExport> {
  authorize(actor, 'organisation.export');
  // A read: no audit entry (GET stays free of side effects; the audit log records changes).
  // One snapshot: rows of different tables agree with each other.
  const snapshot = deps.engine === 'postgres' ? deps.db.transaction().setIsolationLevel('repeatable read') : deps.db.transaction();
  const document = await snapshot.execute(async (trx) => {
    const organisation = await getOrganization(trx, actor.orgId);
    if (!organisation) throw new AppError('not-found', 'Organisation not found');
    const tables: OrganisationExport['tables'] = {};
    for (const table of await data.organisationTables(trx, deps.engine)) tables[table.name] = await data.organisationRows(trx, table, actor.orgId);
    const audit = await data.organisationAudit(trx, actor.orgId);
    return {
      format: ORGANISATION_EXPORT_FORMAT,
      asOf: audit.at(-1)?.at ?? '',
      organisation,
      users: await data.organisationUsers(trx, actor.orgId),
      tables,
      audit,
    } satisfies OrganisationExport;
  });
  return document;
}

export interface ImportedMember {
  name: string;
  email: string;
  role: string;
  /** One-time link to set a password (valid for a day). */
  passwordLink: string;
}

export interface OrganisationImportSummary {
  orgId: string;
  name: string;
  rows: number;
  members: ImportedMember[];
  /** Old id → new id of everything imported (for checks; not printed). */
  idMap: Map<string, string>;
}

function parseExport(input: unknown): OrganisationExport {
  const parsed = exportSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const format = (input as { format?: unknown } | null)?.format;
  if (format !== ORGANISATION_EXPORT_FORMAT) throw new AppError('validation', `this is not an organisation export (format "${ORGANISATION_EXPORT_FORMAT}").`);
  throw parsed.error;
}

/** Imports an export as a new organisation; the operator (CLI) is the actor. */
export async function importOrganisation(deps: AppDeps, input: unknown, options: { name?: string } = {}): Promise<OrganisationImportSummary> {
  const file = parseExport(input);
  const emails = file.users.map((u) => u.email.toLowerCase());
  const taken = await deps.db.selectFrom('user').select('email').where('email', 'in', emails.length ? emails : ['']).execute();
  if (taken.length) {
    throw new AppError('conflict', `these people already have an account on this instance: ${taken.map((t) => t.email).join(', ')}. Remove them, or import into an instance without them.`);
  }
  const known = new Map((await data.organisationTables(deps.db, deps.engine)).map((t) => [t.name, t]));
  for (const [name, rows] of Object.entries(file.tables)) {
    const table = known.get(name);
    const missing = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((c) => !table?.columns.includes(c));
    if (!table || missing.length) throw new AppError('validation', `the export holds data this version does not know (${name}${missing.length ? `: ${missing.join(', ')}` : ''}); import it with the version that made it.`);
  }
  const badRole = (file.tables.member ?? []).find((m) => !isRole(m.role));
  if (badRole) throw new AppError('validation', `the export gives a member the unknown role "${String(badRole.role)}".`);
  const { mapped, newId, idMap } = remapIds(file);
  const orgId = newId(file.organisation.id);
  const name = options.name?.trim() || file.organisation.name;
  const now = deps.clock.now();
  const members = (mapped.tables.member ?? []) as { id: string; user_id: string; role: string }[];
  let rows = 0;
  await deps.db.transaction().execute(async (trx) => {
    await reusePlansForBulkWrites(trx, deps.engine);
    await insertOrganization(trx, { id: orgId, name, now });
    // A random password nobody knows: the account exists, and its owner sets one by the link.
    for (const user of mapped.users) {
      await insertUserWithPassword(trx, deps.engine, { id: user.id, name: user.name, email: user.email, passwordHash: await hashPassword(randomBytes(32).toString('base64url')), now });
      if (user.language) await setLanguage(trx, user.id, user.language, now);
    }
    for (const table of known.values()) {
      const tableRows = mapped.tables[table.name];
      if (!tableRows?.length) continue;
      const columns = table.columns.filter((c) => tableRows.some((r) => c in r));
      await data.insertOrganisationRows(trx, { name: table.name, columns }, tableRows);
      rows += tableRows.length;
    }
    // The history comes along, re-chained on this instance, then one entry for the import itself.
    for (const entry of mapped.audit) {
      await appendAudit(trx, { orgId, actorId: entry.actor_id, action: entry.action, objectType: entry.object_type, objectId: entry.object_id, changes: JSON.parse(entry.changes) as Record<string, unknown>, at: entry.at });
    }
    await appendAudit(trx, { orgId, actorId: null, action: 'organisation.import', objectType: 'organisation', objectId: orgId, changes: { name, from: file.organisation.id, asOf: file.asOf, rows, members: members.length }, at: now });
  });
  const admin = members.find((m) => m.role === 'admin');
  if (!admin) return { orgId, name, rows, members: [], idMap };
  const actor: Actor = { userId: admin.user_id, orgId, role: 'admin' };
  const people = new Map(mapped.users.map((u) => [u.id, u]));
  const imported: ImportedMember[] = [];
  for (const m of members) {
    const person = people.get(m.user_id);
    if (!person) continue;
    imported.push({ name: person.name, email: person.email, role: m.role, passwordLink: (await issuePasswordReset(deps, actor, m.id)).link });
  }
  return { orgId, name, rows, members: imported, idMap };
}
