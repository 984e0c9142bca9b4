import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { importRecommendationsCommand, progressPrinter } from '../../src/cli/import-command.js';
import { UsageError } from '../../src/cli/output.js';
import { insertOrganization } from '../../src/server/db/repos/members-repo.js';
import { createTestServer } from '../db-helpers.js';

// The command body in-process, on SQLite (the executable's wiring lives in src/cli/main.ts).
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-cli-import-'));
const csv = path.join(dataDir, 'recs.csv');
const savedUrl = process.env.DATABASE_URL;
let orgId = '';

beforeAll(async () => {
  process.env.DATABASE_URL = '';
  fs.writeFileSync(csv, [
    'To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session',
    'Kazakhstan,,,"Criminalize domestic violence.",France,,,Accepted,5,"Women\'s rights",7',
    'Kazakhstan,,,"Criminalize domestic violence.",Chile,,,Accepted,5,"Women\'s rights",7',
    'Kazakhstan,,,"Abolish exit visas.",Atlantis,,,Noted,5,Freedom of movement,7',
  ].join('\n'));
  const server = await createTestServer('sqlite', { dataDir });
  orgId = crypto.randomUUID();
  await insertOrganization(server.deps.db, { id: orgId, name: 'Almaty Helsinki Committee', now: server.clock.now() });
  await server.dispose();
});
afterAll(() => {
  process.env.DATABASE_URL = savedUrl;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  return { stdout: () => out.join(''), stderr: () => err.join('') };
}
afterEach(() => vi.restoreAllMocks());

describe('upr-advocate import recommendations', () => {
  it('refuses a file with a bad row, naming the line', async () => {
    capture();
    await expect(importRecommendationsCommand(csv, { data: dataDir, format: 'json' })).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringMatching(/^recs\.csv: line 4: unknown recommending State 'Atlantis'/),
    });
  });

  it('imports into the library with --skip-bad-rows, printing JSON and progress on stderr', async () => {
    const io = capture();
    await importRecommendationsCommand(csv, { data: dataDir, format: 'json', skipBadRows: true });
    const result = JSON.parse(io.stdout());
    expect(result).toMatchObject({ namespace: 'library', rowsRead: 3, recommendationsAdded: 1, statesAdded: 2, skipped: [{ line: 4 }] });
    expect(io.stderr()).toMatch(/^done: 3 rows \(\d[\d,]*\/s\)$/m);
  });

  it('imports into an organisation named with --org and prints a text summary', async () => {
    const io = capture();
    await importRecommendationsCommand(csv, { data: dataDir, format: 'text', org: 'Almaty Helsinki Committee', skipBadRows: true });
    expect(io.stdout()).toContain(`into:                   organisation "Almaty Helsinki Committee" (${orgId})`);
    // Already in the library, which the organisation sees: nothing added.
    expect(io.stdout()).toMatch(/1 in the file, 0 added, 1 already there/);
    expect(io.stdout()).toContain("line 4: unknown recommending State 'Atlantis'");
  });

  it('answers user errors with a message saying what to do', async () => {
    capture();
    await expect(importRecommendationsCommand(path.join(dataDir, 'missing.csv'), { data: dataDir, format: 'text' })).rejects.toThrow(UsageError);
    await expect(importRecommendationsCommand(csv, { data: dataDir, format: 'text', org: 'Nobody' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(importRecommendationsCommand(csv, { data: dataDir, format: 'xml' as 'text' })).rejects.toThrow(/--format must be text or json/);
  });

  it('writes a progress line at most every 500 ms, and every phase change', () => {
    const lines: string[] = [];
    let now = 0;
    const print = progressPrinter((line) => lines.push(line), () => now);
    for (const [t, rows] of [[0, 2000], [200, 4000], [600, 6000], [700, 8000]] as const) {
      now = t;
      print({ phase: 'reading', rows, rowsPerSecond: 10_000 });
    }
    print({ phase: 'writing', rows: 500, rowsPerSecond: 5000 });
    print({ phase: 'done', rows: 900, rowsPerSecond: 5000 });
    expect(lines).toEqual(['read 2,000 rows (10,000/s)\n', 'read 6,000 rows (10,000/s)\n', 'written 500 recommendations (5,000/s)\n', 'done: 900 rows (5,000/s)\n']);
  });
});
