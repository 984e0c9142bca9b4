import { describe, expect, it } from 'vitest';
import type pg from 'pg';
import { MAX_PARAMETERS, nameRepeatedStatements, StatementNames } from './pg-named-statements.js';

describe('StatementNames', () => {
  it('names a text the second time it is seen, and keeps that name', () => {
    const names = new StatementNames();
    expect(names.nameFor('select 1')).toBeUndefined();
    const name = names.nameFor('select 1');
    expect(name).toMatch(/^upr_\d+$/);
    expect(names.nameFor('select 1')).toBe(name);
    expect(names.nameFor('select 2')).toBeUndefined();
    expect(names.nameFor('select 2')).not.toBe(name);
  });

  it('gives no more names than its limit, and keeps those given', () => {
    const names = new StatementNames(2);
    for (const text of ['a', 'a', 'b', 'b']) names.nameFor(text);
    expect(names.count).toBe(2);
    names.nameFor('c');
    expect(names.nameFor('c')).toBeUndefined();
    expect(names.count).toBe(2);
    expect(names.nameFor('a')).toBeDefined();
  });
});

describe('nameRepeatedStatements', () => {
  /** A client that records what query() received. */
  function fakeClient() {
    const calls: unknown[][] = [];
    const client = { query: (...args: unknown[]) => (calls.push(args), Promise.resolve({ rows: [] })) };
    nameRepeatedStatements(client as unknown as pg.ClientBase, new StatementNames());
    return { client: client as unknown as { query: (...args: unknown[]) => unknown }, calls };
  }

  it('sends a repeated text with values as a named statement', () => {
    const { client, calls } = fakeClient();
    client.query('select $1', [1]);
    client.query('select $1', [2]);
    expect(calls[0]).toEqual(['select $1', [1], undefined]);
    expect(calls[1]).toEqual([{ name: expect.stringMatching(/^upr_/), text: 'select $1', values: [2] }]);
  });

  it(`leaves unnamed a statement with more than ${MAX_PARAMETERS} values, a callback, or a query object`, () => {
    const { client, calls } = fakeClient();
    const long = Array.from({ length: MAX_PARAMETERS + 1 }, (_, i) => i);
    const text = `select * from t where id in (${long.map((_, i) => `$${i + 1}`).join(', ')})`;
    client.query(text, long);
    client.query(text, long);
    const callback = () => undefined;
    client.query('select 1', [], callback);
    client.query('select 1', [], callback);
    const cursor = { text: 'select 2' };
    client.query(cursor);
    client.query(cursor);
    expect(calls.map((c) => c[0])).toEqual([text, text, 'select 1', 'select 1', cursor, cursor]);
  });
});
