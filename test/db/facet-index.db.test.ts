/**
 * The search's in-memory facet index (src/server/search/facet-index.ts) follows every change to
 * the recommendations, whoever makes it: the counter kept by triggers (migration
 * 2026-11-28T0700) moves with inserts, updates and deletes of recommendations and their links,
 * and the next search rebuilds. Two servers on one database stay in step; the migration applies
 * to a database made before it, and to one that has it already.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stateGroups } from '../../src/server/app/search-recommendations.js';
import { searchRecommendations, type SearchQuery } from '../../src/server/search/recommendation-search.js';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { insertRecommendations, LIBRARY_RECS, recommendationId } from '../recommendation-factory.js';

const MIGRATION = '2026-11-28T0700-search-index-version';

async function search(server: TestServer, q: Partial<SearchQuery> = {}) {
  const query: SearchQuery = { namespaces: ['library'], sort: 'session-desc', page: 1, pageSize: 100, ...q };
  return searchRecommendations(server.deps.db, server.deps.engine, query, stateGroups(server.deps));
}
const count = (facet: { value: string | number; count: number }[], value: string | number) =>
  facet.find((b) => b.value === value)?.count ?? 0;

describe.each(ENGINES)('the search follows every change to the recommendations (%s)', (engine) => {
  let server: TestServer;

  beforeEach(async () => {
    server = await createTestServer(engine);
  });
  afterEach(async () => server.dispose());

  it('sees recommendations added, changed and removed since the last search', async () => {
    await insertRecommendations(server.deps.db, 'library', 'lib', LIBRARY_RECS.slice(0, 5));
    const first = await search(server, { sur: ['DZA'] });
    expect(first.total).toBe(2); // L01, L05

    await insertRecommendations(server.deps.db, 'library', 'more', LIBRARY_RECS.slice(5, 10));
    expect((await search(server)).total).toBe(10);

    // A response changed in place (as a re-import does): the count moves from noted to supported.
    const before = (await search(server)).facets.response;
    await server.deps.db
      .updateTable('recommendation')
      .set({ response: 'supported' })
      .where('id', '=', recommendationId('lib', 'L02'))
      .execute();
    const after = (await search(server)).facets.response;
    expect(count(after, 'supported')).toBe(count(before, 'supported') + 1);
    expect(count(after, 'noted')).toBe(count(before, 'noted') - 1);

    // A link added to an existing recommendation: a new recommending State.
    await server.deps.db
      .insertInto('recommendation_state')
      .values({ org_id: 'library', recommendation_id: recommendationId('lib', 'L02'), rs_iso3: 'TUV' })
      .execute();
    expect(count((await search(server)).facets.rs, 'TUV')).toBe(1);
    expect((await search(server, { rs: ['TUV'] })).items.map((i) => i.id)).toEqual([recommendationId('lib', 'L02')]);

    // Removed: gone from the results and from every count (links go with it).
    await server.deps.db.deleteFrom('recommendation').where('id', '=', recommendationId('lib', 'L02')).execute();
    const removed = await search(server);
    expect(removed.total).toBe(9);
    expect(count(removed.facets.rs, 'TUV')).toBe(0);
    expect(removed.items.map((i) => i.id)).not.toContain(recommendationId('lib', 'L02'));
  });

  it('keeps two servers on one database in step', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-facets-'));
    const first = await createTestServer(engine, { dataDir: dir, keepDatabase: true });
    const second = await createTestServer(engine, { dataDir: dir, pgSchema: first.pgSchema });
    try {
      await insertRecommendations(first.deps.db, 'library', 'lib', LIBRARY_RECS.slice(0, 3));
      expect((await search(second)).total).toBe(3);
      await insertRecommendations(first.deps.db, 'library', 'more', LIBRARY_RECS.slice(3, 4));
      expect((await search(second)).total).toBe(4);
      expect((await search(first)).total).toBe(4);
    } finally {
      await first.dispose();
      await second.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it(`applies ${MIGRATION} to a database made before it, and again harmlessly`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-facets-migration-'));
    const before = await createTestServer(engine, { dataDir: dir, keepDatabase: true });
    await insertRecommendations(before.deps.db, 'library', 'lib', LIBRARY_RECS.slice(0, 4));
    // Back to the database as it was before the migration, which (and every later one) is forgotten.
    for (const table of ['recommendation', 'recommendation_state', 'recommendation_issue']) {
      if (engine === 'postgres') await sql`drop trigger ${sql.id(`${table}_version`)} on ${sql.table(table)}`.execute(before.deps.db);
      else
        for (const event of ['insert', 'update', 'delete'])
          await sql`drop trigger ${sql.id(`${table}_version_${event}`)}`.execute(before.deps.db);
    }
    await sql`drop table search_index_version`.execute(before.deps.db);
    await before.deps.db
      .deleteFrom('kysely_migration' as any)
      .where('name', '>=', MIGRATION)
      .execute();
    await before.dispose();

    const after = await createTestServer(engine, { dataDir: dir, pgSchema: before.pgSchema, keepDatabase: true });
    expect((await search(after)).total).toBe(4);
    await insertRecommendations(after.deps.db, 'library', 'more', LIBRARY_RECS.slice(4, 6));
    expect((await search(after)).total).toBe(6);
    await after.deps.db
      .deleteFrom('kysely_migration' as any)
      .where('name', '>=', MIGRATION)
      .execute();
    await after.dispose();

    const again = await createTestServer(engine, { dataDir: dir, pgSchema: before.pgSchema });
    try {
      expect((await search(again)).total).toBe(6);
      await insertRecommendations(again.deps.db, 'library', 'last', LIBRARY_RECS.slice(6, 7));
      expect((await search(again)).total).toBe(7);
    } finally {
      await again.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
