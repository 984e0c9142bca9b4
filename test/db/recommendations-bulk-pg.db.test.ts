/**
 * The importer's PostgreSQL bulk inserts (src/server/db/repos/recommendations-bulk-pg.ts) pass
 * each column as one array: what arrives must be what was sent, awkward characters included.
 */
import { sql } from 'kysely';
import { importRecommendations } from '../../src/server/app/import-recommendations.js';
import { afterEach, describe, expect, it } from 'vitest';
import {
  arrayLiteral,
  insertLinksPostgres,
  insertRecommendationRowsPostgres,
  type RecommendationInsert,
} from '../../src/server/db/repos/recommendations-bulk-pg.js';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';

const AWKWARD = ['plain', 'with "quotes"', 'back\\slash', 'comma, {braces}', 'NULL', '', 'кириллица', 'tab\there'];

const row = (id: string, patch: Partial<RecommendationInsert> = {}): RecommendationInsert => ({
  id,
  org_id: 'library',
  dedupe_key: `key-${id}`,
  cycle: 2,
  session: 15,
  sur_iso3: 'KAZ',
  text: `Text ${id}`,
  response: 'supported',
  action_category: 4,
  paragraph: `${id}.1`,
  document: 'A/HRC/1',
  source: 'upr-info',
  import_id: 'imp-1',
  created_at: '2026-11-28T10:00:00.000Z',
  rs_list: ['DEU', 'FRA'],
  issue_list: ['Justice'],
  ...patch,
});

// Only PostgreSQL takes these paths; ENGINES has it when DATABASE_URL is set (as in CI).
describe.each(ENGINES.filter((engine) => engine === 'postgres'))('recommendation bulk inserts on PostgreSQL (%s)', () => {
  let server: TestServer | undefined;
  afterEach(async () => server?.dispose());

  it('writes a list as an array literal that PostgreSQL reads back unchanged', async () => {
    server = await createTestServer('postgres');
    for (const list of [AWKWARD, ['one'], []]) {
      const { rows } = await sql<{ list: string[] }>`select ${arrayLiteral(list)}::text[] as list`.execute(server.deps.db);
      expect(rows[0]!.list).toEqual(list);
    }
    expect(arrayLiteral(null)).toBeNull();
  });

  it('inserts rows with every column as sent, nulls and awkward texts included', async () => {
    server = await createTestServer('postgres');
    const sent = [
      row('r1', { text: AWKWARD.join(' | '), paragraph: null, document: null, action_category: null, rs_list: null, issue_list: null }),
      row('r2', { text: 'Line one\nline two; "quoted" \\ end', rs_list: ['CHE', 'DEU', 'FRA'], issue_list: AWKWARD }),
    ];
    await insertRecommendationRowsPostgres(server.deps.db, sent);
    const { rows } =
      await sql<RecommendationInsert>`select id, org_id, dedupe_key, cycle, session, sur_iso3, text, response, action_category,
        paragraph, document, source, import_id, created_at, rs_list, issue_list from recommendation order by id`.execute(server.deps.db);
    expect(rows).toEqual(sent);
  });

  it('adds only the links not already there and says how many it added', async () => {
    server = await createTestServer('postgres');
    await insertRecommendationRowsPostgres(server.deps.db, [row('r1'), row('r2')]);
    const links = [
      { recommendation_id: 'r1', value: 'DEU' },
      { recommendation_id: 'r2', value: 'FRA' },
    ];
    expect(await insertLinksPostgres(server.deps.db, 'recommendation_state', 'library', links)).toBe(2);
    expect(
      await insertLinksPostgres(server.deps.db, 'recommendation_state', 'library', [...links, { recommendation_id: 'r2', value: 'CHE' }]),
    ).toBe(1);
    expect(
      await insertLinksPostgres(server.deps.db, 'recommendation_issue', 'library', [{ recommendation_id: 'r1', value: 'Justice' }]),
    ).toBe(1);
    expect(await insertLinksPostgres(server.deps.db, 'recommendation_issue', 'library', [])).toBe(0);
    const states = await server.deps.db
      .selectFrom('recommendation_state')
      .select(['org_id', 'recommendation_id', 'rs_iso3'])
      .orderBy('recommendation_id')
      .orderBy('rs_iso3')
      .execute();
    expect(states).toEqual([
      { org_id: 'library', recommendation_id: 'r1', rs_iso3: 'DEU' },
      { org_id: 'library', recommendation_id: 'r2', rs_iso3: 'CHE' },
      { org_id: 'library', recommendation_id: 'r2', rs_iso3: 'FRA' },
    ]);
    const issues = await server.deps.db.selectFrom('recommendation_issue').select(['recommendation_id', 'issue']).execute();
    expect(issues).toEqual([{ recommendation_id: 'r1', issue: 'Justice' }]);
  });

  it('lets an import reuse plans for its own transaction only', async () => {
    server = await createTestServer('postgres');
    const json = [
      {
        session: 9,
        sur_iso3: 'KEN',
        rs_iso3: 'SWE',
        recommendation: 'Adopt the freedom of information bill.',
        response: 'Supported',
        issues: ['Freedom of opinion and expression'],
      },
    ];
    await importRecommendations(server.deps, 'library', {
      fileName: 'kenya.json',
      bytes: new TextEncoder().encode(JSON.stringify(json)),
      skipBadRows: false,
    });
    // Hold every pooled connection at once, so that the one the import used is among them.
    let arrived = 0;
    let release = () => {};
    const allHeld = new Promise<void>((resolve) => (release = resolve));
    const db = server.deps.db;
    const modes = await Promise.all(
      Array.from({ length: 10 }, () =>
        db.transaction().execute(async (trx) => {
          const { rows } = await sql<{ plan_cache_mode: string }>`show plan_cache_mode`.execute(trx);
          if (++arrived === 10) release();
          await allHeld;
          return rows[0]!.plan_cache_mode;
        }),
      ),
    );
    expect(modes).toEqual(Array.from({ length: 10 }, () => 'force_custom_plan'));
  });
});
