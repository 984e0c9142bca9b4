/**
 * A counter of changes to the recommendations, kept by the database itself: triggers on the
 * recommendation tables raise it on every insert, update and delete, whoever writes (the
 * importer, a restore, an operator's SQL). The search keeps an in-memory index of the
 * recommendations' facets per process (src/server/search/facet-index.ts) and rebuilds it when
 * the counter moved. `instance` tells databases apart (each test, each server's database).
 * Safe to run again.
 */
import { sql, type Kysely } from 'kysely';
import type { Engine } from '../database.js';

const TABLES = ['recommendation', 'recommendation_state', 'recommendation_issue'] as const;

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await sql`create table if not exists search_index_version (id integer primary key check (id = 1), instance text not null, n bigint not null)`.execute(
    db,
  );
  const instance = crypto.randomUUID();
  if (engine === 'postgres') {
    await sql`insert into search_index_version (id, instance, n) values (1, ${instance}, 0) on conflict (id) do nothing`.execute(db);
    await sql`create or replace function search_index_version_bump() returns trigger language plpgsql as $$
      begin update search_index_version set n = n + 1 where id = 1; return null; end $$`.execute(db);
    for (const table of TABLES) {
      // Once per statement: an import of 40,000 rows raises the counter a few times, not 40,000.
      await sql`create or replace trigger ${sql.id(`${table}_version`)} after insert or update or delete or truncate on ${sql.table(table)}
        for each statement execute function search_index_version_bump()`.execute(db);
    }
    return;
  }
  await sql`insert or ignore into search_index_version (id, instance, n) values (1, ${instance}, 0)`.execute(db);
  for (const table of TABLES) {
    for (const event of ['insert', 'update', 'delete'] as const) {
      await sql`create trigger if not exists ${sql.id(`${table}_version_${event}`)} after ${sql.raw(event)} on ${sql.table(table)}
        begin update search_index_version set n = n + 1 where id = 1; end`.execute(db);
    }
  }
}
