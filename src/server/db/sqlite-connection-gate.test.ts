/**
 * SQLite has one connection; the dialect hands it over in order (src/core/fifo-mutex.ts). A
 * transaction keeps it until it ends, queries wait their turn, and a failed transaction gives it back.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './database.js';

describe('the SQLite connection, shared in turn', () => {
  let dir: string;
  let handle: DatabaseHandle;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-gate-'));
    handle = openDatabase({ dataDir: dir, databaseUrl: null });
    await sql`create table t (id integer primary key, v text not null)`.execute(handle.db);
  });
  afterEach(async () => {
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const count = async () => Number((await sql<{ n: number }>`select count(*) as n from t`.execute(handle.db)).rows[0]!.n);

  it('lets a query wait while a transaction holds the connection, then answers after it', async () => {
    const events: string[] = [];
    let finish!: () => void;
    const held = new Promise<void>((resolve) => (finish = resolve));
    const transaction = handle.db.transaction().execute(async (trx) => {
      await sql`insert into t (v) values ('inside')`.execute(trx);
      events.push('inserted');
      await held;
      events.push('committing');
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const reading = count().then((n) => events.push(`read ${n}`));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(events).toEqual(['inserted']);
    finish();
    await Promise.all([transaction, reading]);
    expect(events).toEqual(['inserted', 'committing', 'read 1']);
  });

  it('gives the connection back after a failed transaction, and many queries at once all answer', async () => {
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await sql`insert into t (v) values ('rolled back')`.execute(trx);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        i % 10 === 0 ? sql`insert into t (v) values (${`row ${i}`})`.execute(handle.db).then(() => -1) : count(),
      ),
    );
    expect(answers.filter((n) => n === -1)).toHaveLength(20);
    expect(await count()).toBe(20);
  });
});
