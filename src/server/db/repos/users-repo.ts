/**
 * Users and their credentials in better-auth's tables. We write them ourselves (inside our
 * transactions) only when an account is created by setup or invitation; better-auth reads them.
 */
import type { Kysely } from 'kysely';
import type { Engine } from '../database.js';
import type { Database } from '../schema.js';

export interface NewUser {
  id: string;
  name: string;
  email: string;
  passwordHash: string;
  now: string;
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('user').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findUserIdByEmail(db: Kysely<Database>, email: string): Promise<string | null> {
  const row = await db.selectFrom('user').select('id').where('email', '=', email).executeTakeFirst();
  return row?.id ?? null;
}

export async function insertUserWithPassword(db: Kysely<Database>, engine: Engine, user: NewUser): Promise<void> {
  // better-auth keeps instants as Date in PostgreSQL and as ISO text in SQLite.
  const at = engine === 'postgres' ? new Date(user.now) : user.now;
  await db
    .insertInto('user')
    .values({ id: user.id, name: user.name, email: user.email, emailVerified: engine === 'postgres' ? true : 1, image: null, createdAt: at, updatedAt: at })
    .execute();
  await db
    .insertInto('account')
    .values({ id: crypto.randomUUID(), accountId: user.id, providerId: 'credential', userId: user.id, password: user.passwordHash, createdAt: at, updatedAt: at })
    .execute();
}

export async function getUser(db: Kysely<Database>, userId: string) {
  return db.selectFrom('user').select(['id', 'name', 'email']).where('id', '=', userId).executeTakeFirst();
}

export async function getLanguage(db: Kysely<Database>, userId: string): Promise<string | null> {
  const row = await db.selectFrom('user_setting').select('language').where('user_id', '=', userId).executeTakeFirst();
  return row?.language ?? null;
}

export async function setLanguage(db: Kysely<Database>, userId: string, language: string, now: string): Promise<void> {
  await db
    .insertInto('user_setting')
    .values({ user_id: userId, language, updated_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ language, updated_at: now }))
    .execute();
}

/** Ends every session of a user (e.g. when removed from the organisation). */
export async function deleteSessionsOfUser(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('session').where('userId', '=', userId).execute();
}

/** Deletes an account with its credentials, sessions and settings (cascades). */
export async function deleteUser(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('user_setting').where('user_id', '=', userId).execute();
  await db.deleteFrom('calendar_feed').where('user_id', '=', userId).execute();
  await db.deleteFrom('account').where('userId', '=', userId).execute();
  await db.deleteFrom('session').where('userId', '=', userId).execute();
  await db.deleteFrom('user').where('id', '=', userId).execute();
}
