/**
 * On PostgreSQL a statement that comes back is prepared once per connection
 * (src/server/db/pg-named-statements.ts): these tests look into PostgreSQL's own list of a
 * connection's prepared statements, and check that a named statement answers as an unnamed one.
 */
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/schema.js';
import { insertOrganization } from '../../src/server/db/repos/members-repo.js';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';

// Only PostgreSQL prepares statements; ENGINES has it when DATABASE_URL is set (as in CI).
describe.each(ENGINES.filter((engine) => engine === 'postgres'))('prepared statements on PostgreSQL (%s)', () => {
  let server: TestServer | undefined;
  afterEach(async () => server?.dispose());

  /** Runs `query` three times on one connection (a transaction holds it) and lists what that connection prepared. */
  async function onOneConnection(db: Kysely<Database>, query: (trx: Kysely<Database>) => Promise<unknown>) {
    return db.transaction().execute(async (trx) => {
      const answers = [await query(trx), await query(trx), await query(trx)];
      const { rows } = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(trx);
      return { answers, prepared: rows.map((r) => r.statement) };
    });
  }

  const byName = (trx: Kysely<Database>, name: string) =>
    trx.selectFrom('organization').select(['id', 'name']).where('name', '=', name).execute();

  it('prepares a repeated statement once and answers as before', async () => {
    server = await createTestServer('postgres');
    await insertOrganization(server.deps.db, { id: 'org-a', name: 'Org A', now: '2030-01-01T00:00:00.000Z' });
    const text = server.deps.db.selectFrom('organization').select(['id', 'name']).where('name', '=', 'x').compile().sql;
    const { answers, prepared } = await onOneConnection(server.deps.db, (trx) => byName(trx, 'Org A'));
    expect(answers).toEqual([[{ id: 'org-a', name: 'Org A' }], [{ id: 'org-a', name: 'Org A' }], [{ id: 'org-a', name: 'Org A' }]]);
    expect(prepared).toContain(text);
  });

  it('plans every execution for its values (a generic plan was 6× slower for the dashboard at scale)', async () => {
    server = await createTestServer('postgres');
    const { rows } = await sql<{ plan_cache_mode: string }>`show plan_cache_mode`.execute(server.deps.db);
    expect(rows).toEqual([{ plan_cache_mode: 'force_custom_plan' }]);
  });

  it('prepares nothing when PG_PREPARED_STATEMENTS=off', async () => {
    server = await createTestServer('postgres', { pgNamedStatements: false });
    const { prepared } = await onOneConnection(server.deps.db, (trx) => byName(trx, 'Org A'));
    expect(prepared).toEqual([]);
  });

  it('leaves a statement with a long list of values unprepared', async () => {
    server = await createTestServer('postgres');
    const ids = Array.from({ length: 40 }, (_, i) => `org-${i}`);
    const query = (trx: Kysely<Database>) => trx.selectFrom('organization').select('id').where('id', 'in', ids).execute();
    const { answers, prepared } = await onOneConnection(server.deps.db, query);
    expect(answers).toEqual([[], [], []]);
    expect(prepared.filter((s) => s.includes('"organization"'))).toEqual([]);
  });
});
