import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, ENGINES, TEST_SETUP_CODE, type TestServer } from '../db-helpers.js';
import { ADMIN, TestClient } from '../http-client.js';
import { ROUTES } from './security/route-classification.js';
import { appRoutes, callsOf, contextOf, methodsOf, send } from './security/route-table.js';
import { SEED_TODAY, seedWorld, type World } from './security/seed.js';

/**
 * "Every change writes exactly one audit entry, naming the changed fields, never secret
 * values" (issue 6, item 5), checked for every state-changing route of the route table: the
 * organisation's data is fingerprinted before and after each call made by an admin, and a call
 * that changed it must have added exactly one audit entry; a refused call none; a call that
 * changed nothing (a preview, a repeated import) none or one recording the attempt.
 */

// Bookkeeping that changes on every sign-in or request, and the audit log itself.
const NOT_DATA = /^(audit_log|audit_chain_head|session|session_activity|rateLimit|verification|two_factor_pending|kysely_.*|sqlite_.*)$/;
const SECRET_KEY = /password|secret|token|hash|cookie|recovery|otp/i;

async function fingerprint(server: TestServer): Promise<Map<string, string>> {
  const tables =
    server.engine === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(server.deps.db)
      : await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = ${server.pgSchema} and table_type = 'BASE TABLE'`.execute(
          server.deps.db,
        );
  const result = new Map<string, string>();
  for (const { name } of tables.rows) {
    if (NOT_DATA.test(name)) continue;
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(server.deps.db);
    result.set(name, rows.rows.map((r) => JSON.stringify(r)).sort().join('\n'));
  }
  return result;
}

const changedTables = (before: Map<string, string>, after: Map<string, string>) => [...after.keys()].filter((t) => before.get(t) !== after.get(t));

/**
 * What an answer hands out that must never reach the audit log: values of secret-looking
 * fields (tokens, codes, secrets) and the last segment of links (invitation, feed, reset).
 */
function secretsIn(text: string): string[] {
  const found: string[] = [];
  try {
    JSON.parse(text, (key, value: unknown) => {
      if (typeof value === 'string' && value.length >= 8) {
        const tail = value.split('/').at(-1)!.replace(/\.ics$/, '');
        const isId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(tail);
        if (SECRET_KEY.test(key) || /code/i.test(key)) found.push(value);
        else if (/link|url/i.test(key) && tail.length >= 16 && !isId) found.push(tail);
      }
      return value;
    });
  } catch {
    // not JSON: a file
  }
  return found;
}

function expectNoSecrets(changes: string, secrets: string[]) {
  const keys: string[] = [];
  JSON.parse(changes, (key, value: unknown) => {
    if (key) keys.push(key);
    return value;
  });
  expect(keys.filter((k) => SECRET_KEY.test(k)), `secret-looking fields in ${changes}`).toEqual([]);
  for (const secret of [...secrets, ADMIN.password]) expect(changes).not.toContain(secret);
}

describe.each(ENGINES)('one audit entry per change (%s)', (engine) => {
  let server: TestServer;
  let world: World;
  beforeAll(async () => {
    server = await createTestServer(engine, { today: SEED_TODAY });
    world = await seedWorld(server);
  });
  afterAll(async () => server.dispose());

  const lastId = async () => Number((await server.deps.db.selectFrom('audit_log').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst())?.id ?? 0);
  const writes = Object.entries(ROUTES).filter(([key, spec]) => !spec.public && !key.startsWith('GET ') && key !== 'ALL /api/*');

  it('covers every state-changing route of the app', () => {
    const keys = appRoutes(server.app).map((r) => r.key).filter((k) => !k.startsWith('GET ') && k !== 'ALL /api/*' && !ROUTES[k]?.public);
    expect(writes.map(([k]) => k).sort()).toEqual(keys.sort());
  });

  it.each(writes)('%s', async (key, spec) => {
    const route = appRoutes(server.app).find((r) => r.key === key)!;
    for (const method of methodsOf(route)) {
      for (const call of await callsOf(spec, contextOf(world, world.a))) {
        const [before, since] = [await fingerprint(server), await lastId()];
        const answer = await send(server, world.a.admin, method, route, call);
        const changed = changedTables(before, await fingerprint(server));
        const entries = await server.deps.db.selectFrom('audit_log').selectAll().where('id', '>', since).execute();
        if (answer.status >= 400) {
          // A refused call (e.g. a route whose sample call needs a secret this seed lacks) changes nothing.
          expect({ changed, entries: entries.length }).toEqual({ changed: [], entries: 0 });
          continue;
        }
        // A change: exactly one entry. No change: none, or one recording the attempt (an
        // import that found nothing new, an order saved unchanged) — never more.
        if (changed.length > 0) expect(entries.length, `tables changed: ${changed.join(', ')}`).toBe(1);
        else expect(entries.length).toBeLessThanOrEqual(1);
        for (const entry of entries) {
          expect(entry).toMatchObject({ org_id: world.a.seed.orgId, actor_id: world.a.seed.adminUserId });
          expect(entry.action).toMatch(/^[a-z-]+(\.[a-z-]+)+$/);
          expectNoSecrets(entry.changes, secretsIn(answer.text));
        }
      }
    }
  });

  it('records the first-run setup once, without the password or the setup code', async () => {
    const fresh = await createTestServer(engine);
    try {
      const client = new TestClient(fresh);
      expect((await client.post('/api/setup', { setupCode: TEST_SETUP_CODE, organisationName: 'Fresh', ...ADMIN, language: 'en' })).status).toBe(200);
      const entries = await fresh.deps.db.selectFrom('audit_log').selectAll().execute();
      expect(entries.map((e) => e.action)).toEqual(['organisation.create']);
      expectNoSecrets(entries[0]!.changes, [TEST_SETUP_CODE]);
    } finally {
      await fresh.dispose();
    }
  });
});
