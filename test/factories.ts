/**
 * Test data builders. The instance allows one first-run setup only, so further organisations
 * are written straight through the repositories (as setup would), then signed in over HTTP.
 */
import { hashPassword } from '../src/server/auth/passwords.js';
import { insertMember, insertOrganization } from '../src/server/db/repos/members-repo.js';
import { insertUserWithPassword, setLanguage } from '../src/server/db/repos/users-repo.js';
import type { TestServer } from './db-helpers.js';
import { TestClient } from './http-client.js';

export interface PersonSpec {
  name: string;
  email: string;
  password: string;
}

export interface CreatedOrganisation {
  orgId: string;
  userId: string;
  memberId: string;
  client: TestClient;
}

/** A second (third…) organisation with its own admin, signed in on a fresh client. */
export async function createOrganisation(
  server: TestServer,
  organisationName: string,
  admin: PersonSpec,
  role: 'admin' | 'editor' | 'viewer' = 'admin',
): Promise<CreatedOrganisation> {
  const { db, engine, clock } = server.deps;
  const passwordHash = await hashPassword(admin.password);
  const now = clock.now();
  const ids = { orgId: crypto.randomUUID(), userId: crypto.randomUUID(), memberId: crypto.randomUUID() };
  await db.transaction().execute(async (trx) => {
    await insertUserWithPassword(trx, engine, { id: ids.userId, name: admin.name, email: admin.email, passwordHash, now });
    await insertOrganization(trx, { id: ids.orgId, name: organisationName, now });
    await insertMember(trx, { id: ids.memberId, orgId: ids.orgId, userId: ids.userId, role, now });
    await setLanguage(trx, ids.userId, 'en', now);
  });
  const client = new TestClient(server);
  const signedIn = await client.signIn(admin.email, admin.password);
  if (signedIn.status !== 200) throw new Error(`sign-in of ${admin.email} failed: ${signedIn.status} ${signedIn.text}`);
  return { ...ids, client };
}

/** Invites `email` with `role` as `admin`, accepts on a fresh client and returns it signed in. */
export async function inviteAndAccept(
  server: TestServer,
  admin: TestClient,
  person: PersonSpec,
  role: 'admin' | 'editor' | 'viewer',
): Promise<{ client: TestClient; token: string; invitationId: string }> {
  const invited = await admin.post('/api/invitations', { email: person.email, role });
  if (invited.status !== 201) throw new Error(`invitation failed: ${invited.status} ${invited.text}`);
  const token = tokenOf(invited.body.link);
  const client = new TestClient(server);
  const accepted = await client.post(`/api/invitations/by-token/${token}/accept`, { name: person.name, password: person.password });
  if (accepted.status !== 200) throw new Error(`accept failed: ${accepted.status} ${accepted.text}`);
  return { client, token, invitationId: invited.body.id };
}

/** The token at the end of an invitation link `…/invite/<token>`. */
export function tokenOf(link: string): string {
  const match = /\/invite\/([A-Za-z0-9_-]+)$/.exec(link);
  if (!match?.[1]) throw new Error(`not an invitation link: ${link}`);
  return match[1];
}

/** Unfolds iCalendar content lines (RFC 5545 §3.1) so titles can be searched whole. */
export function unfoldIcs(text: string): string {
  return text.replace(/\r?\n[ \t]/g, '');
}

/** The path of an absolute URL (feed URLs carry the configured public origin). */
export function pathOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

export const EDITOR: PersonSpec = { name: 'Erlan Editor', email: 'editor@example.org', password: 'editor password 123' };
export const VIEWER: PersonSpec = { name: 'Vera Viewer', email: 'viewer@example.org', password: 'viewer password 123' };
export const OTHER_ADMIN: PersonSpec = { name: 'Boris Other', email: 'boris@other.example.org', password: 'other org password' };
