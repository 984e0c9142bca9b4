import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../src/server/app/audit-verify.js';
import { openDatabase } from '../../src/server/db/database.js';
import { ROOT } from '../cli-runner.js';

/**
 * Crash safety (issue 6, item 7): the real server process is killed with SIGKILL 50 times while
 * a client is writing; after every kill the database passes `PRAGMA integrity_check` and holds
 * every write the server had acknowledged (2xx). WAL + synchronous=FULL (db/database.ts).
 *
 * SQLite only: with PostgreSQL the server process holds no data of its own — durability is the
 * PostgreSQL server's, whose process is not ours to kill in a test.
 *
 * Speed: `tsx` compiles the sources on every start (~3 s), so the command is bundled once with
 * esbuild (the same entry, src/cli/main.ts; packages with native code or data files stay
 * external) and started with plain node (~1.5 s). Two servers on two data folders are killed
 * 25 times each, at once.
 */
const KILLS_PER_SERVER = 25;
const SERVERS = 2;
const WRITERS = 3;
const SETUP_CODE = 'CRASH-TEST-SETUP';
// ../../../data from the bundle must be the project's data folder (load-reference-data.ts).
const bundleDir = path.join(ROOT, '.tmp', `crash-${process.pid}`, 'cli');
const bundle = path.join(bundleDir, 'main.mjs');

beforeAll(async () => {
  await build({
    entryPoints: [path.join(ROOT, 'src/cli/main.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    external: ['better-sqlite3', 'pg-native', '@node-rs/argon2', 'pdfmake', 'unpdf', 'exceljs', 'docx', 'i18n-iso-countries'],
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
});
afterAll(() => fs.rmSync(path.dirname(bundleDir), { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class CrashLane {
  readonly dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-crash-'));
  readonly acknowledged = new Set<string>();
  private cookie = '';
  private serial = 0;
  private child: ChildProcess | null = null;
  private output = '';

  constructor(private readonly port: number) {}

  private get origin() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.output = '';
    const env = { ...process.env, DATABASE_URL: '', UPR_SETUP_CODE: SETUP_CODE, DIGEST_DISABLED: 'true', PUBLIC_URL: this.origin };
    const child = spawn(process.execPath, [bundle, 'serve', '--port', String(this.port), '--data', this.dataDir], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (this.output += d.toString()));
    this.child = child;
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(25)) {
      if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${this.output}`);
      try {
        if ((await fetch(`${this.origin}/api/health`)).ok) return;
      } catch {
        // not listening yet
      }
    }
    throw new Error(`the server did not start:\n${this.output}`);
  }

  async setUp(): Promise<void> {
    const answer = await fetch(`${this.origin}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: this.origin },
      body: JSON.stringify({ setupCode: SETUP_CODE, organisationName: 'Crash test', name: 'Crash Admin', email: 'crash@example.org', password: 'crash test password', language: 'en' }),
    });
    expect(answer.status).toBe(200);
    this.cookie = answer.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  }

  /** Creates campaigns until the server dies; remembers each one it acknowledged. */
  private async writer(): Promise<void> {
    for (;;) {
      const name = `crash ${this.port} ${(this.serial += 1)}`;
      let status: number;
      try {
        const answer = await fetch(`${this.origin}/api/campaigns`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: this.origin, cookie: this.cookie },
          body: JSON.stringify({ stateIso3: 'KAZ', reviewDate: '2027-01-20', name }),
        });
        status = answer.status;
        await answer.arrayBuffer();
      } catch {
        return; // killed mid-request: the write may or may not have landed, and either is fine
      }
      if (status === 201) this.acknowledged.add(name);
      else throw new Error(`unexpected status ${status} for ${name}`);
    }
  }

  /** Writes, then SIGKILLs the server while writes are in flight. */
  async killDuringWrites(): Promise<void> {
    const before = this.acknowledged.size;
    const writers = Array.from({ length: WRITERS }, () => this.writer());
    while (this.acknowledged.size === before) await sleep(5);
    await sleep(Math.random() * 150);
    const exited = new Promise((resolve) => this.child!.once('exit', resolve));
    this.child!.kill('SIGKILL');
    await exited;
    await Promise.all(writers);
  }

  /** After a kill: the file is sound and every acknowledged campaign is in it. */
  check(): { integrity: string; missing: string[] } {
    const db = new SqliteDatabase(path.join(this.dataDir, 'upr-advocate.sqlite'));
    try {
      const integrity = String(db.pragma('integrity_check', { simple: true }));
      const present = new Set((db.prepare('select name from campaign').all() as { name: string }[]).map((r) => r.name));
      return { integrity, missing: [...this.acknowledged].filter((name) => !present.has(name)) };
    } finally {
      db.close();
    }
  }

  async run(kills: number): Promise<string[]> {
    const problems: string[] = [];
    await this.start();
    await this.setUp();
    for (let kill = 1; kill <= kills; kill += 1) {
      await this.killDuringWrites();
      const { integrity, missing } = this.check();
      if (integrity !== 'ok' || missing.length) problems.push(`kill ${kill}: integrity ${integrity}, missing ${missing.join(', ')}`);
      if (kill < kills) await this.start();
    }
    return problems;
  }
}

describe('crash safety: SIGKILL during writes (SQLite, the real server process)', () => {
  it(`loses no acknowledged write and keeps the database sound over ${KILLS_PER_SERVER * SERVERS} kills`, async () => {
    const lanes = await Promise.all(Array.from({ length: SERVERS }, async () => new CrashLane(await freePort())));
    try {
      const problems = (await Promise.all(lanes.map((lane) => lane.run(KILLS_PER_SERVER)))).flat();
      expect(problems).toEqual([]);
      for (const lane of lanes) {
        expect(lane.acknowledged.size).toBeGreaterThanOrEqual(KILLS_PER_SERVER);
        // Every acknowledged campaign kept its audit entry: the hash chains are whole.
        const handle = openDatabase({ dataDir: lane.dataDir, databaseUrl: null });
        try {
          expect((await verifyAuditLog(handle)).broken).toBeNull();
        } finally {
          await handle.close();
        }
      }
    } finally {
      for (const lane of lanes) fs.rmSync(lane.dataDir, { recursive: true, force: true });
    }
    // ~1.5 s per restart on an idle 2-core machine (≈45 s in all); far more when it is busy.
  }, 900_000);
});
