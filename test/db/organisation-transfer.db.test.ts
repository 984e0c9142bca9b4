import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../src/server/app/audit-verify.js';
import { exportOrganisation, importOrganisation, type OrganisationExport } from '../../src/server/app/organisation-transfer.js';
import { completePasswordReset } from '../../src/server/app/password-reset.js';
import { cliIn } from '../cli-runner.js';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { ADMIN, setUpInstance, TestClient } from '../http-client.js';
import { SEED_TODAY, seedWorld, type World } from './security/seed.js';

/**
 * An organisation's full export (GET /api/admin/organisation-export) imports into another
 * instance under new ids (issue 6, item 8): every row arrives, nothing points at the old
 * instance's ids, no credential leaves, and the imported members sign in with their links.
 */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

function withIds(document: OrganisationExport, ids: Map<string, string>): Record<string, string[]> {
  const swap = (v: unknown) => (typeof v === 'string' ? (ids.get(v) ?? v.replace(UUID, (m) => ids.get(m) ?? m)) : v);
  return Object.fromEntries(
    Object.entries(document.tables).map(([table, rows]) => [table, rows.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, swap(v)])), Object.keys(r).sort())).sort()]),
  );
}
const sorted = (document: OrganisationExport) =>
  Object.fromEntries(Object.entries(document.tables).map(([table, rows]) => [table, rows.map((r) => JSON.stringify(r, Object.keys(r).sort())).sort()]));

describe.each(ENGINES)('organisation export and import (%s)', (engine) => {
  let source: TestServer;
  let world: World;
  let exported: OrganisationExport;
  let text: string;
  beforeAll(async () => {
    source = await createTestServer(engine, { today: SEED_TODAY });
    world = await seedWorld(source);
    const answer = await world.a.admin.get('/api/admin/organisation-export');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename="organisation-\d{4}-\d\d-\d\d\.json"$/);
    exported = answer.body as OrganisationExport;
    text = answer.text;
  });
  afterAll(async () => source.dispose());

  it('holds all of the organisation, nothing of another one and no credential', async () => {
    expect(exported.format).toBe('upr-advocate/organisation@1');
    expect(exported.organisation.id).toBe(world.a.seed.orgId);
    expect(text).toContain(world.a.seed.marker);
    expect(text).not.toContain(world.b.seed.marker);
    for (const table of ['campaign', 'key_issue', 'outreach_person', 'interaction', 'outcome_recommendation', 'monitoring_entry', 'recommendation', 'member']) {
      expect(exported.tables[table]?.length, table).toBeGreaterThan(0);
    }
    // Tables of links and tokens stay behind; people come without passwords.
    expect(Object.keys(exported.tables)).not.toEqual(expect.arrayContaining(['invitation']));
    expect(Object.keys(exported.tables)).not.toContain('calendar_feed');
    expect(text).not.toMatch(/"[^"]*(password|token|secret)[^"]*":/i);
    expect(text).not.toContain(ADMIN.password);
    expect(exported.users.map((u) => u.email)).toContain(ADMIN.email);
    expect(exported.audit.length).toBeGreaterThan(10);
  });

  it('imports under new ids: the same rows, the history re-chained, members sign in with their links', async () => {
    const target = await createTestServer(engine, { today: SEED_TODAY });
    try {
      await setUpInstance(target, 'The host organisation', { name: 'Host', email: 'host@example.org', password: 'host password 12' });
      const summary = await importOrganisation(target.deps, JSON.parse(text), { name: 'Moved organisation' });
      expect(summary.members.map((m) => m.email).sort()).toEqual(exported.users.map((u) => u.email).sort());
      expect(summary.orgId).not.toBe(exported.organisation.id);

      const admin = { userId: summary.idMap.get(world.a.seed.adminUserId)!, orgId: summary.orgId, role: 'admin' as const };
      const again = await exportOrganisation(target.deps, admin);
      expect(again.organisation).toEqual({ id: summary.orgId, name: 'Moved organisation' });
      expect(sorted(again)).toEqual(withIds(exported, summary.idMap));
      // No row of the imported organisation names an id of the old instance.
      const oldIds = [...summary.idMap.keys()];
      const again_text = JSON.stringify(again.tables);
      expect(oldIds.filter((id) => again_text.includes(id))).toEqual([]);
      // History first, then the import; the chain verifies.
      expect(again.audit.slice(0, exported.audit.length).map((e) => e.action)).toEqual(exported.audit.map((e) => e.action));
      expect(again.audit.map((e) => e.action)).toContain('organisation.import');
      expect((await verifyAuditLog(target.deps)).broken).toBeNull();

      const link = summary.members.find((m) => m.email === ADMIN.email)!.passwordLink;
      await completePasswordReset(target.deps, link.split('/').at(-1)!, { password: 'a new password 2026' });
      const client = new TestClient(target);
      expect((await client.signIn(ADMIN.email, 'a new password 2026')).status).toBe(200);
      const campaigns = (await client.get('/api/campaigns')).body as { name: string }[];
      expect(campaigns.map((c) => c.name)).toContain(`${world.a.seed.marker} campaign`);
      expect((await client.get('/api/me')).body.organisation).toEqual({ id: summary.orgId, name: 'Moved organisation' });
      // Imported recommendations are searchable (SQLite's full-text index is filled on insert).
      expect((await client.get(`/api/recommendations?q=${world.a.seed.marker}`)).body.items.length).toBeGreaterThan(0);

      await expect(importOrganisation(target.deps, JSON.parse(text))).rejects.toThrow(/already have an account on this instance/);
      await expect(importOrganisation(target.deps, { format: 'something else' })).rejects.toThrow('this is not an organisation export');
    } finally {
      await target.dispose();
    }
  });
});

describe('upr-advocate org import (the executable, SQLite)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-org-import-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('imports an export and prints one password link per member', async () => {
    const source = await createTestServer('sqlite', { today: SEED_TODAY });
    const file = path.join(dir, 'organisation.json');
    try {
      const admin = await setUpInstance(source, 'Exporting organisation');
      await admin.post('/api/campaigns', { stateIso3: 'KEN', reviewDate: '2027-01-20', name: 'Travels well' });
      fs.writeFileSync(file, (await admin.get('/api/admin/organisation-export')).text);
    } finally {
      await source.dispose();
    }
    const target = path.join(dir, 'target');
    const run = cliIn(target);
    const imported = run('org', 'import', file, '--name', 'Arrived');
    expect(imported.stderr).toBe(`org import: reading ${file}\n`);
    expect(imported.stdout).toMatch(/^Imported "Arrived" \(\d+ rows\) as organisation [0-9a-f-]{36}\.\n/);
    expect(imported.stdout).toMatch(new RegExp(`  Aigerim Admin <${ADMIN.email}> \\(admin\\): http://localhost:8080/reset-password/[A-Za-z0-9_-]+\\n$`));
    expect(imported.code).toBe(0);
    const missing = run('org', 'import', path.join(dir, 'nope.json'));
    expect([missing.code, missing.stderr]).toEqual([1, `upr-advocate: cannot read ${path.join(dir, 'nope.json')}: no such file. Give the .json file an admin downloaded (Settings → "Download all data").\n`]);
  }, 240_000);
});
