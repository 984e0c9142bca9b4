/**
 * The session gate remembers each user's request context (membership, role, language, two-step
 * policy) for a few seconds (decision record 0011): these tests hold it to "a change counts at
 * once" by every path that changes one, right after the user was served from the memory.
 */
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { SHORT_MEMORY_TTL_MS } from '../../src/server/auth/short-memory.js';
import { EDITOR, inviteAndAccept } from '../factories.js';
import { ADMIN, setUpInstance, type TestClient } from '../http-client.js';
import { enableTwoFactor } from '../two-factor-helpers.js';

describe.each(ENGINES)('request contexts remembered by the session gate (%s)', (engine) => {
  let server: TestServer;
  let admin: TestClient;
  let editor: TestClient;
  let editorMemberId: string;
  let campaignId: string;
  let now = 1_000_000;

  beforeEach(async () => {
    server = await createTestServer(engine, { memoryNow: () => now });
    admin = await setUpInstance(server);
    ({ client: editor } = await inviteAndAccept(server, admin, EDITOR, 'editor'));
    const members = (await admin.get('/api/members')).body as { id: string; email: string }[];
    editorMemberId = members.find((m) => m.email === EDITOR.email)!.id;
    campaignId = (await editor.post('/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2027-01-20', name: 'Kazakhstan' })).body.id;
  });
  afterEach(async () => server.dispose());

  /** Waits out the quiet time after the set-up's writes, then serves the editor once: its context is remembered. */
  async function rememberEditor(): Promise<void> {
    now += SHORT_MEMORY_TTL_MS;
    expect((await editor.get('/api/campaigns')).status).toBe(200);
    expect(server.contexts.size).toBe(1);
  }

  it('answers from memory: a change made behind the server’s back (raw SQL) is not seen until it expires', async () => {
    await rememberEditor();
    await sql`update member set role = 'viewer' where id = ${editorMemberId}`.execute(server.deps.db);
    // Still the remembered editor: proof that the memory answered (and why every path must use Kysely).
    expect((await editor.patch(`/api/campaigns/${campaignId}`, { name: 'Renamed' })).status).toBe(200);
  });

  it('applies a change of role at once', async () => {
    await rememberEditor();
    expect((await admin.patch(`/api/members/${editorMemberId}`, { role: 'viewer' })).status).toBe(200);
    expect(server.contexts.size).toBe(0);
    expect((await editor.patch(`/api/campaigns/${campaignId}`, { name: 'Renamed' })).status).toBe(403);
  });

  it('refuses a removed member at once', async () => {
    await rememberEditor();
    expect((await admin.delete(`/api/members/${editorMemberId}`)).status).toBe(204);
    expect((await editor.get('/api/campaigns')).status).toBe(401);
  });

  it('applies a newly required two-step sign-in at once', async () => {
    await enableTwoFactor(admin, ADMIN.password);
    await rememberEditor();
    expect((await admin.put('/api/admin/security-policy', { requireTwoFactor: true })).status).toBe(200);
    const blocked = await editor.get('/api/campaigns');
    expect([blocked.status, blocked.body.error.code]).toEqual([403, 'two-factor-required']);
  });

  it('answers in a newly chosen language at once', async () => {
    await rememberEditor();
    const stateName = async () => ((await editor.get('/api/campaigns')).body as { state: { name: string } }[])[0]!.state.name;
    expect(await stateName()).toBe('Kazakhstan');
    expect((await editor.put('/api/me/language', { language: 'ru' })).status).toBe(200);
    expect(await stateName()).toBe('Казахстан');
  });
});
