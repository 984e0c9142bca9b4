import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { EDITOR, inviteAndAccept, tokenOf, VIEWER } from '../factories.js';
import { ADMIN, setUpInstance, TestClient } from '../http-client.js';

const ORG = 'Kazakh Human Rights Bureau';

describe.each(ENGINES)('members, roles and invitations (%s)', (engine) => {
  let server: TestServer;
  let admin: TestClient;
  beforeEach(async () => {
    server = await createTestServer(engine);
    admin = await setUpInstance(server, ORG);
  });
  afterEach(async () => server.dispose());

  const memberByEmail = async (email: string) => (await admin.get('/api/members')).body.find((m: any) => m.email === email);

  it('invites by one-time link: preview, accept, signed in with the role; the link works once', async () => {
    const invited = await admin.post('/api/invitations', { email: 'Editor@Example.org', role: 'editor' });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ email: 'editor@example.org', role: 'editor', status: 'pending', mailed: false });
    expect(invited.body.link).toMatch(/\/invite\/[A-Za-z0-9_-]{40,}$/);
    const token = tokenOf(invited.body.link);

    const anonymous = new TestClient(server);
    const preview = await anonymous.get(`/api/invitations/by-token/${token}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toEqual({ organisationName: ORG, email: 'editor@example.org', role: 'editor' });
    expect((await anonymous.get('/api/me')).status).toBe(401);

    const weak = await anonymous.post(`/api/invitations/by-token/${token}/accept`, { name: EDITOR.name, password: 'short' });
    expect(weak.status).toBe(400);
    const accepted = await anonymous.post(`/api/invitations/by-token/${token}/accept`, { name: EDITOR.name, password: EDITOR.password });
    expect(accepted.status).toBe(200);
    expect(anonymous.hasSession()).toBe(true);
    const me = await anonymous.get('/api/me');
    expect(me.body).toMatchObject({ user: { email: 'editor@example.org', name: EDITOR.name }, organisation: { name: ORG }, role: 'editor' });

    const again = await new TestClient(server).post(`/api/invitations/by-token/${token}/accept`, { name: 'Someone', password: 'another password 1' });
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('invitation-invalid');
    expect((await new TestClient(server).get(`/api/invitations/by-token/${token}`)).status).toBe(404);
    const listed = (await admin.get('/api/invitations')).body;
    expect(listed.find((i: any) => i.id === invited.body.id).status).toBe('accepted');
    expect((await admin.get('/api/members')).body.map((m: any) => m.email).sort()).toEqual([ADMIN.email, 'editor@example.org']);
  });

  it('lets an editor run campaigns but not invite or read the audit log', async () => {
    const { client: editor } = await inviteAndAccept(server, admin, EDITOR, 'editor');
    const created = await editor.post('/api/campaigns', { stateIso3: 'KAZ' });
    expect(created.status).toBe(201);
    expect((await editor.patch(`/api/campaigns/${created.body.id}/tasks/embassies/follow-up-call`, { done: true })).status).toBe(200);
    const invite = await editor.post('/api/invitations', { email: 'friend@example.org', role: 'admin' });
    expect(invite.status).toBe(403);
    expect(invite.body.error.code).toBe('forbidden');
    expect((await editor.get('/api/audit')).status).toBe(403);
    expect((await editor.post('/api/admin/calendar/import?kind=hrc-sessions', {})).status).toBe(403);
    expect((await admin.get('/api/invitations')).body.some((i: any) => i.email === 'friend@example.org')).toBe(false);
    expect((await editor.get('/api/members')).status).toBe(200);
  });

  it('lets a viewer read but not change campaigns or tasks', async () => {
    const campaign = (await admin.post('/api/campaigns', { stateIso3: 'KAZ', name: 'Read me' })).body;
    const { client: viewer } = await inviteAndAccept(server, admin, VIEWER, 'viewer');
    expect((await viewer.get('/api/me')).body.role).toBe('viewer');
    const list = await viewer.get('/api/campaigns');
    expect(list.status).toBe(200);
    expect(list.body.map((c: any) => c.name)).toEqual(['Read me']);
    expect((await viewer.get(`/api/campaigns/${campaign.id}`)).status).toBe(200);
    expect((await viewer.post('/api/campaigns', { stateIso3: 'UZB' })).status).toBe(403);
    const tick = await viewer.patch(`/api/campaigns/${campaign.id}/tasks/embassies/follow-up-call`, { done: true });
    expect(tick.status).toBe(403);
    expect((await viewer.patch(`/api/campaigns/${campaign.id}`, { name: 'Mine now' })).status).toBe(403);
    expect((await viewer.delete(`/api/campaigns/${campaign.id}`)).status).toBe(403);
    const after = (await admin.get(`/api/campaigns/${campaign.id}`)).body;
    expect(after.name).toBe('Read me');
    expect(after.tasksDone).toBe(0);
    expect((await admin.get('/api/campaigns')).body).toHaveLength(1);
  });

  it('changes roles; the last admin cannot demote or remove themselves', async () => {
    const { client: editor } = await inviteAndAccept(server, admin, EDITOR, 'editor');
    const editorMember = await memberByEmail(EDITOR.email);
    const adminMember = await memberByEmail(ADMIN.email);

    const selfDemote = await admin.patch(`/api/members/${adminMember.id}`, { role: 'editor' });
    expect(selfDemote.status).toBe(409);
    expect(selfDemote.body.error.code).toBe('conflict');
    expect((await admin.delete(`/api/members/${adminMember.id}`)).status).toBe(409);
    expect((await admin.get('/api/me')).body.role).toBe('admin');

    const toViewer = await admin.patch(`/api/members/${editorMember.id}`, { role: 'viewer' });
    expect(toViewer.status).toBe(200);
    expect(toViewer.body).toMatchObject({ id: editorMember.id, email: EDITOR.email, role: 'viewer' });
    expect((await editor.get('/api/me')).body.role).toBe('viewer');
    expect((await editor.post('/api/campaigns', { stateIso3: 'KAZ' })).status).toBe(403);
    expect((await admin.patch(`/api/members/${editorMember.id}`, { role: 'owner' })).status).toBe(400);

    // With a second admin, the first may step down.
    expect((await admin.patch(`/api/members/${editorMember.id}`, { role: 'admin' })).status).toBe(200);
    expect((await admin.patch(`/api/members/${adminMember.id}`, { role: 'editor' })).status).toBe(200);
    expect((await admin.get('/api/me')).body.role).toBe('editor');
    expect((await admin.get('/api/audit')).status).toBe(403);
    const audit = (await editor.get('/api/audit')).body;
    expect(audit.filter((e: any) => e.action === 'member.update').map((e: any) => e.changes.role)).toEqual(['editor', 'admin', 'viewer']);
  });

  it('signs a removed member out at once', async () => {
    const { client: editor } = await inviteAndAccept(server, admin, EDITOR, 'editor');
    expect((await editor.get('/api/me')).status).toBe(200);
    const member = await memberByEmail(EDITOR.email);
    expect((await admin.delete(`/api/members/${member.id}`)).status).toBe(204);
    const me = await editor.get('/api/me');
    expect(me.status).toBe(401);
    expect((await editor.get('/api/campaigns')).status).toBe(401);
    // Signing in again gives no access either: the account has no organisation any more.
    await editor.signIn(EDITOR.email, EDITOR.password);
    expect((await editor.get('/api/campaigns')).status).toBe(401);
    expect((await admin.get('/api/members')).body.map((m: any) => m.email)).toEqual([ADMIN.email]);
    // The account is gone with its last membership, so the same person can be invited again.
    const removal = (await admin.get('/api/audit')).body.find((e: any) => e.action === 'member.remove');
    expect(removal.changes).toMatchObject({ email: EDITOR.email, role: 'editor' });
    const { client: back } = await inviteAndAccept(server, admin, EDITOR, 'viewer');
    expect((await back.get('/api/me')).body.role).toBe('viewer');
  });

  it('refuses a revoked invitation', async () => {
    const invited = (await admin.post('/api/invitations', { email: 'late@example.org', role: 'editor' })).body;
    expect((await admin.delete(`/api/invitations/${invited.id}`)).status).toBe(204);
    expect((await admin.delete(`/api/invitations/${invited.id}`)).status).toBe(409);
    const token = tokenOf(invited.link);
    const client = new TestClient(server);
    expect((await client.get(`/api/invitations/by-token/${token}`)).body.error.code).toBe('invitation-invalid');
    const accept = await client.post(`/api/invitations/by-token/${token}/accept`, { name: 'Late', password: 'late password 123' });
    expect(accept.status).toBe(404);
    expect(accept.body.error.code).toBe('invitation-invalid');
    expect(client.hasSession()).toBe(false);
    expect((await admin.get('/api/invitations')).body[0].status).toBe('revoked');
    expect((await admin.get('/api/members')).body).toHaveLength(1);
  });

  it('refuses an expired invitation (valid for 7 days)', async () => {
    const invited = (await admin.post('/api/invitations', { email: 'slow@example.org', role: 'viewer' })).body;
    const token = tokenOf(invited.link);
    server.clock.set('2026-12-03');
    expect((await new TestClient(server).get(`/api/invitations/by-token/${token}`)).status).toBe(200);
    server.clock.set('2026-12-05'); // 8 days later
    const client = new TestClient(server);
    expect((await client.get(`/api/invitations/by-token/${token}`)).status).toBe(404);
    const accept = await client.post(`/api/invitations/by-token/${token}/accept`, { name: 'Slow', password: 'slow password 123' });
    expect(accept.status).toBe(404);
    expect(accept.body.error.code).toBe('invitation-invalid');
    expect((await admin.get('/api/invitations')).body[0].status).toBe('expired');
    expect((await admin.get('/api/members')).body).toHaveLength(1);
  });

  it('refuses to invite an e-mail that already has an account, and an unknown token', async () => {
    const self = await admin.post('/api/invitations', { email: ADMIN.email.toUpperCase(), role: 'editor' });
    expect(self.status).toBe(409);
    expect(self.body.error.code).toBe('conflict');
    await inviteAndAccept(server, admin, EDITOR, 'editor');
    expect((await admin.post('/api/invitations', { email: EDITOR.email, role: 'viewer' })).status).toBe(409);
    expect((await admin.get('/api/invitations')).body.map((i: any) => i.email)).toEqual([EDITOR.email]);
    expect((await new TestClient(server).get('/api/invitations/by-token/not-a-real-token')).status).toBe(404);
    expect((await admin.post('/api/invitations', { email: 'not-an-email', role: 'editor' })).status).toBe(400);
  });
});
