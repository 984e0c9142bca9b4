import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { EDITOR, inviteAndAccept, pathOf, unfoldIcs } from '../factories.js';
import { ORIGIN, setUpInstance, TestClient } from '../http-client.js';

describe.each(ENGINES)('secret calendar feeds (%s)', (engine) => {
  let server: TestServer;
  let admin: TestClient;
  let campaign: any;
  beforeEach(async () => {
    server = await createTestServer(engine);
    admin = await setUpInstance(server);
    campaign = (await admin.post('/api/campaigns', { stateIso3: 'KAZ', name: 'Feed campaign' })).body;
  });
  afterEach(async () => server.dispose());

  const anonymousGet = (url: string) => new TestClient(server).get(pathOf(url));

  it('serves the organisation\'s campaigns at a secret URL without a session', async () => {
    expect((await admin.get('/api/calendar-feed')).body).toEqual({ active: false, createdAt: null });
    const created = await admin.post('/api/calendar-feed');
    expect(created.status).toBe(201);
    expect(created.body.url).toMatch(new RegExp(`^${ORIGIN}/feeds/[A-Za-z0-9_-]{40,}\\.ics$`));
    expect((await admin.get('/api/calendar-feed')).body).toMatchObject({ active: true });

    const feed = await anonymousGet(created.body.url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(feed.headers.get('cache-control')).toBe('no-store');
    const text = unfoldIcs(feed.text);
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('[Feed campaign] Embassies in the capital');
    expect(text).toContain(`UID:${campaign.id}-stage-review@upr-advocate`);
    expect(text).toContain(`DTSTART;VALUE=DATE:${campaign.reviewDate.replaceAll('-', '')}`);

    // The feed follows the organisation's changes: a new campaign appears, a done task leaves.
    await admin.post('/api/campaigns', { stateIso3: 'UZB', name: 'Second campaign' });
    await admin.patch(`/api/campaigns/${campaign.id}/tasks/embassies/follow-up-call`, { done: true });
    const later = unfoldIcs((await anonymousGet(created.body.url)).text);
    expect(later).toContain('[Second campaign]');
    expect(later).not.toContain(`${campaign.id}-task-embassies-follow-up-call@`);
    expect(later).toContain(`${campaign.id}-task-embassies-send-document@`);
  });

  it("uses the feed owner's language", async () => {
    await admin.put('/api/me/language', { language: 'ru' });
    const { url } = (await admin.post('/api/calendar-feed')).body;
    const text = unfoldIcs((await anonymousGet(url)).text);
    expect(text).toContain('[Feed campaign] Посольства в столице');
  });

  it('rotates: a new URL works and the old one is gone; revoking ends it', async () => {
    const first = (await admin.post('/api/calendar-feed')).body.url;
    const second = (await admin.post('/api/calendar-feed')).body.url;
    expect(second).not.toBe(first);
    const old = await anonymousGet(first);
    expect(old.status).toBe(404);
    expect(old.text).not.toContain('Feed campaign');
    expect((await anonymousGet(second)).status).toBe(200);

    expect((await admin.delete('/api/calendar-feed')).status).toBe(204);
    expect((await anonymousGet(second)).status).toBe(404);
    expect((await admin.get('/api/calendar-feed')).body.active).toBe(false);
    const actions = (await admin.get('/api/audit')).body.map((e: any) => e.action);
    expect(actions.filter((a: string) => a === 'feed.create')).toHaveLength(2);
    expect(actions).toContain('feed.revoke');
  });

  it('answers 404 to unknown tokens and to a path without .ics', async () => {
    const { url } = (await admin.post('/api/calendar-feed')).body;
    const token = /\/feeds\/(.+)\.ics$/.exec(url)![1]!;
    expect((await new TestClient(server).get(`/feeds/${token}`)).status).toBe(404);
    expect((await new TestClient(server).get(`/feeds/${token.slice(0, -1)}x.ics`)).status).toBe(404);
    expect((await new TestClient(server).get('/feeds/.ics')).status).toBe(404);
  });

  it("ends a removed member's feed", async () => {
    const { client: editor } = await inviteAndAccept(server, admin, EDITOR, 'editor');
    const editorFeed = (await editor.post('/api/calendar-feed')).body.url;
    const adminFeed = (await admin.post('/api/calendar-feed')).body.url;
    expect((await anonymousGet(editorFeed)).status).toBe(200);
    const member = (await admin.get('/api/members')).body.find((m: any) => m.email === EDITOR.email);
    expect((await admin.delete(`/api/members/${member.id}`)).status).toBe(204);
    const gone = await anonymousGet(editorFeed);
    expect(gone.status).toBe(404);
    expect(gone.text).not.toContain('Feed campaign');
    expect((await anonymousGet(adminFeed)).status).toBe(200);
  });

  it('needs a session to create or revoke a feed', async () => {
    const anonymous = new TestClient(server);
    expect((await anonymous.post('/api/calendar-feed')).status).toBe(401);
    expect((await anonymous.delete('/api/calendar-feed')).status).toBe(401);
  });
});
