/**
 * Account security: better-auth's two-factor tables (exactly as its migration generator compiles
 * them for the `twoFactor` plugin of better-auth 1.7, plus one row per user), the organisation's
 * "require two-factor" policy, a TOTP secret waiting for its first code, sign-in failures for
 * throttling, admin-issued password reset links, and when each session was last used.
 */
import { sql, type Kysely } from 'kysely';
import type { Engine } from '../database.js';

const TWO_FACTOR = {
  sqlite: [
    `alter table "user" add column "twoFactorEnabled" integer default 0`,
    `create table "twoFactor" ("id" text not null primary key, "secret" text not null, "backupCodes" text not null, "userId" text not null references "user" ("id") on delete cascade, "verified" integer, "failedVerificationCount" integer, "lockedUntil" date)`,
  ],
  postgres: [
    `alter table "user" add column "twoFactorEnabled" boolean default false`,
    `create table "twoFactor" ("id" text not null primary key, "secret" text not null, "backupCodes" text not null, "userId" text not null references "user" ("id") on delete cascade, "verified" boolean, "failedVerificationCount" integer, "lockedUntil" timestamptz)`,
  ],
};

const TWO_FACTOR_INDEXES = [
  `create index "twoFactor_secret_idx" on "twoFactor" ("secret")`,
  // The generator makes this index plain; one authenticator per user is our rule.
  `create unique index "twoFactor_userId_idx" on "twoFactor" ("userId")`,
];

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  for (const statement of [...TWO_FACTOR[engine], ...TWO_FACTOR_INDEXES]) await sql.raw(statement).execute(db);

  await db.schema
    .alterTable('organization')
    .addColumn('require_two_factor', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  // A secret shown as a QR code but not confirmed with a code yet: it protects nothing until then.
  await db.schema
    .createTable('two_factor_pending')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('user.id').onDelete('cascade'))
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // Failed sign-ins of the last minutes. account_key is a hash of the typed e-mail (known or
  // not), device_key the nonce of the device cookie the attempt came with.
  await db.schema
    .createTable('login_failure')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('account_key', 'text', (c) => c.notNull())
    .addColumn('device_key', 'text')
    .execute();
  await db.schema.createIndex('login_failure_ip_idx').on('login_failure').columns(['ip', 'at']).execute();
  await db.schema.createIndex('login_failure_account_idx').on('login_failure').columns(['account_key', 'at']).execute();
  await db.schema.createIndex('login_failure_device_idx').on('login_failure').columns(['device_key', 'at']).execute();

  await db.schema
    .createTable('password_reset')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organization.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('password_reset_user_idx').on('password_reset').columns(['user_id']).execute();

  await db.schema
    .createTable('session_activity')
    .addColumn('session_id', 'text', (c) => c.primaryKey().references('session.id').onDelete('cascade'))
    .addColumn('last_active_at', 'text', (c) => c.notNull())
    .execute();
}
