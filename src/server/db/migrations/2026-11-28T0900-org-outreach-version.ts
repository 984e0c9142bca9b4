/**
 * A counter per organisation of changes to its follow-ups and briefings, kept by the database
 * itself: row triggers raise it on every insert, update and delete (cascades included), whoever
 * writes (the server, a command line, an operator's SQL). The dashboard keeps its outreach lists
 * per organisation and reads them again when the counter moved (src/server/app/dashboard-outreach.ts).
 * A row trigger, not a statement one, because the counter is per organisation; the row it raises
 * is locked until the writing transaction ends, as the organisation's audit chain head already is.
 * Bookkeeping, not the organisation's data: not exported with it (organisation-data-repo.ts).
 * Safe to run again.
 */
import { sql, type Kysely } from 'kysely';
import type { Engine } from '../database.js';

const TABLES = ['follow_up', 'briefing'] as const;
const EVENTS = ['insert', 'update', 'delete'] as const;

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await sql`create table if not exists org_outreach_version (org_id text primary key, n bigint not null)`.execute(db);
  if (engine === 'postgres') {
    await sql`create or replace function org_outreach_version_bump() returns trigger language plpgsql as $$
      declare org text;
      begin
        if tg_op = 'DELETE' then org := old.org_id; else org := new.org_id; end if;
        insert into org_outreach_version (org_id, n) values (org, 1)
          on conflict (org_id) do update set n = org_outreach_version.n + 1;
        return null;
      end $$`.execute(db);
    for (const table of TABLES) {
      await sql`create or replace trigger ${sql.id(`${table}_outreach_version`)} after insert or update or delete on ${sql.table(table)}
        for each row execute function org_outreach_version_bump()`.execute(db);
    }
    return;
  }
  for (const table of TABLES) {
    for (const event of EVENTS) {
      const row = sql.raw(event === 'delete' ? 'old' : 'new');
      await sql`create trigger if not exists ${sql.id(`${table}_outreach_version_${event}`)} after ${sql.raw(event)} on ${sql.table(table)}
        begin
          insert into org_outreach_version (org_id, n) values (${row}.org_id, 1)
            on conflict (org_id) do update set n = n + 1;
        end`.execute(db);
    }
  }
}
