import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from 'kysely';
import { describe, expect, it } from 'vitest';
import { SHORT_MEMORY_TTL_MS, ShortMemory, writeWatcher, writtenTables } from './short-memory.js';

interface Db {
  member: { id: string; role: string };
  campaign: { id: string; name: string };
}

/** A Kysely that only compiles (and runs nothing), to see the plugin at work. */
const kysely = () =>
  new Kysely<Db>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new SqliteIntrospector(db),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
  });

describe('ShortMemory', () => {
  it('loads once within the time to live, never past a value’s own expiry, and never a null', async () => {
    let now = 0;
    const memory = new ShortMemory<string>(() => now);
    let loads = 0;
    const load = async () => (loads++, 'v');
    await memory.lookup('k', load);
    now = SHORT_MEMORY_TTL_MS - 1;
    expect(await memory.lookup('k', load)).toBe('v');
    expect(loads).toBe(1);
    now = SHORT_MEMORY_TTL_MS;
    await memory.lookup('k', load);
    expect(loads).toBe(2);
    await memory.lookup('expires', load, () => now + 10);
    now += 10;
    await memory.lookup('expires', load);
    expect(loads).toBe(4);
    expect(await memory.lookup('none', async () => null)).toBeNull();
    expect(memory.size).toBe(2);
  });

  it('forgets everything on a change and remembers nothing for a time to live, nor a load the change overtook', async () => {
    let now = 0;
    const memory = new ShortMemory<string>(() => now);
    await memory.lookup('k', async () => 'old');
    memory.changed();
    expect(memory.size).toBe(0);
    await memory.lookup('k', async () => 'new');
    expect(memory.size).toBe(0);
    now = SHORT_MEMORY_TTL_MS;
    await memory.lookup('k', async () => {
      memory.changed(); // a write commits while the read is under way
      now += SHORT_MEMORY_TTL_MS;
      return 'raced';
    });
    expect(memory.size).toBe(0);
  });
});

describe('ShortMemory, lookups at the same moment', () => {
  /** A load that answers when the test says so, counting how often it was asked. */
  function heldLoad(answer: string | null) {
    let calls = 0;
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const load = async () => {
      calls++;
      await released;
      return answer;
    };
    return { load, release, calls: () => calls };
  }

  it('reads once for lookups of one key that miss together, and keeps the answer', async () => {
    const memory = new ShortMemory<string>(() => 0);
    const held = heldLoad('v');
    const answers = Promise.all([memory.lookup('k', held.load), memory.lookup('k', held.load), memory.lookup('k', held.load)]);
    const other = memory.lookup('other', async () => 'w');
    held.release();
    expect(await answers).toEqual(['v', 'v', 'v']);
    expect(await other).toBe('w');
    expect(held.calls()).toBe(1);
    expect(memory.size).toBe(2);
  });

  it('does not join a read that a change overtook, nor share reads within a TTL of a change', async () => {
    let now = 0;
    const memory = new ShortMemory<string>(() => now);
    const before = heldLoad('before');
    const first = memory.lookup('k', before.load);
    memory.changed(); // a write to what the answers come from
    const after = heldLoad('after');
    const second = memory.lookup('k', after.load);
    const third = memory.lookup('k', after.load);
    before.release();
    after.release();
    expect([await first, await second, await third]).toEqual(['before', 'after', 'after']);
    // Within the TTL each lookup read for itself, and nothing was kept.
    expect(after.calls()).toBe(2);
    expect(memory.size).toBe(0);
    now = SHORT_MEMORY_TTL_MS;
    const later = heldLoad('later');
    const both = Promise.all([memory.lookup('k', later.load), memory.lookup('k', later.load)]);
    later.release();
    expect(await both).toEqual(['later', 'later']);
    expect(later.calls()).toBe(1);
  });

  it('passes a failed read to every lookup that waited for it, and reads again afterwards', async () => {
    const memory = new ShortMemory<string>(() => 0);
    let calls = 0;
    const failing = async () => {
      calls++;
      await Promise.resolve();
      throw new Error('database gone');
    };
    const results = await Promise.allSettled([memory.lookup('k', failing), memory.lookup('k', failing)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(calls).toBe(1);
    expect(await memory.lookup('k', async () => 'back')).toBe('back');
    expect(await memory.lookup('none', async () => null)).toBeNull();
    expect(memory.size).toBe(1);
  });
});

describe('writeWatcher', () => {
  it('names the tables an insert, update or delete writes, and none for a read', () => {
    const db = kysely();
    expect(writtenTables(db.insertInto('member').values({ id: 'm', role: 'editor' }).toOperationNode())).toEqual({
      kind: 'insert',
      tables: ['member'],
    });
    expect(writtenTables(db.updateTable('member as m').set({ role: 'viewer' }).toOperationNode())).toEqual({
      kind: 'update',
      tables: ['member'],
    });
    expect(writtenTables(db.deleteFrom('campaign').toOperationNode())).toEqual({ kind: 'delete', tables: ['campaign'] });
    expect(writtenTables(db.selectFrom('member').selectAll().toOperationNode())).toBeNull();
  });

  it('calls a watcher before and after each write of its kinds to its tables, and for nothing else', async () => {
    const calls: string[] = [];
    const db = kysely().withPlugin(
      writeWatcher([
        { tables: ['member'], kinds: ['update', 'delete'], onChange: () => calls.push('member') },
        { tables: ['campaign'], kinds: ['insert'], onChange: () => calls.push('campaign') },
      ]),
    );
    await db.updateTable('member').set({ role: 'viewer' }).execute();
    expect(calls).toEqual(['member', 'member']);
    await db.insertInto('member').values({ id: 'm', role: 'editor' }).execute();
    await db.selectFrom('campaign').selectAll().execute();
    await db.deleteFrom('campaign').execute();
    expect(calls).toEqual(['member', 'member']);
    await db.insertInto('campaign').values({ id: 'c', name: 'n' }).execute();
    expect(calls).toEqual(['member', 'member', 'campaign', 'campaign']);
  });
});
