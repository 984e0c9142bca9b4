import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { genevaSessionsOverlapping } from '../../src/core/upr/sessions.js';
import * as outreachRepo from '../../src/server/db/repos/outreach-repo.js';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { createOrganisation, OTHER_ADMIN } from '../factories.js';
import { setUpInstance, type TestClient } from '../http-client.js';

describe.each(ENGINES)('outreach: channels, posts, interactions, follow-ups, briefings (%s)', (engine) => {
  let server: TestServer;
  let admin: TestClient;
  let campaignId: string;
  const base = () => `/api/campaigns/${campaignId}`;
  const board = async () => (await admin.get(`${base()}/outreach`)).body;

  beforeEach(async () => {
    server = await createTestServer(engine);
    admin = await setUpInstance(server);
    campaignId = (await admin.post('/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2027-01-20' })).body.id;
    expect((await admin.post(`${base()}/targets`, { iso3: ['DEU', 'FRA', 'CHL', 'NOR'] })).status).toBe(200);
  });
  afterEach(async () => server.dispose());

  it('shows each target with an embassy and a mission, not contacted', async () => {
    const b = await board();
    expect(b.targets.map((t: { iso3: string }) => t.iso3).sort()).toEqual(['CHL', 'DEU', 'FRA', 'NOR']);
    expect(b.targets[0].channels.embassy).toMatchObject({ id: null, status: 'not-contacted', posts: [] });
    expect(b.targets[0].channels.mission.status).toBe('not-contacted');
  });

  it('refuses channels of a State that is not a target', async () => {
    const r = await admin.post(`${base()}/outreach/USA/embassy/posts`, { title: 'Ambassador' });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain('not a target');
    expect((await admin.post(`${base()}/outreach/DEU/consulate/posts`, { title: 'x' })).status).toBe(400);
  });

  it('a successor takes the post and the history stays with the post', async () => {
    const { postId } = (await admin.post(`${base()}/outreach/DEU/embassy/posts`, { title: 'UPR focal point', person: { name: 'Anna Schmidt', email: 'anna@diplo.de' } })).body;
    let deu = (await board()).targets.find((t: { iso3: string }) => t.iso3 === 'DEU');
    expect(deu.channels.embassy.status).toBe('contact-found');
    expect(deu.channels.embassy.posts[0].current.name).toBe('Anna Schmidt');
    const anna = deu.channels.embassy.posts[0].current.id;
    await admin.post(`${base()}/outreach/DEU/embassy/interactions`, { kind: 'call', date: '2026-11-20', personId: anna, note: 'Agreed to receive our paper' });
    const successor = await admin.post(`${base()}/posts/${postId}/people`, { name: 'Jonas Weber', since: '2026-12-01' });
    expect(successor.status).toBe(201);
    deu = (await board()).targets.find((t: { iso3: string }) => t.iso3 === 'DEU');
    const post = deu.channels.embassy.posts[0];
    expect(post.current.name).toBe('Jonas Weber');
    expect(post.previous).toEqual([expect.objectContaining({ name: 'Anna Schmidt', until: '2026-12-01' })]);
    const history = (await admin.get(`${base()}/outreach/DEU/embassy/interactions`)).body;
    expect(history).toEqual([expect.objectContaining({ kind: 'call', personName: 'Anna Schmidt', note: 'Agreed to receive our paper' })]);
    const left = await admin.post(`${base()}/people/${post.current.id}/leave`, { until: '2027-03-01' });
    expect(left.status).toBe(204);
    expect((await admin.post(`${base()}/people/${post.current.id}/leave`, { until: '2027-03-02' })).status).toBe(409);
  });

  it("reads the board's posts with their holders in one statement, as the two lists give them", async () => {
    await admin.post(`${base()}/outreach/DEU/embassy/posts`, { title: 'UPR focal point', person: { name: 'Anna Schmidt' } });
    const { postId } = (await admin.post(`${base()}/outreach/DEU/embassy/posts`, { title: 'Deputy head of mission' })).body; // nobody yet
    await admin.post(`${base()}/outreach/FRA/mission/posts`, { title: 'Human rights attaché', person: { name: 'Claire Martin' } });
    await admin.post(`${base()}/posts/${postId}/people`, { name: 'Jonas Weber', since: '2026-12-01' });
    const orgId = (await admin.get('/api/me')).body.organisation.id as string;
    const channels = (await outreachRepo.listChannels(server.deps.db, orgId, campaignId)).map((c) => c.id);
    const posts = await outreachRepo.listPosts(server.deps.db, orgId, channels);
    const people = await outreachRepo.listPeople(server.deps.db, orgId, posts.map((p) => p.id));
    expect(posts).toHaveLength(3);
    expect(people).toHaveLength(3);
    expect(await outreachRepo.listPostsWithPeople(server.deps.db, orgId, channels)).toEqual({ posts, people });
    expect(await outreachRepo.listPostsWithPeople(server.deps.db, orgId, [])).toEqual({ posts: [], people: [] });
  });

  it('"document sent" creates a follow-up call due 7 days later; the call completes it', async () => {
    const sent = await admin.post(`${base()}/outreach/FRA/embassy/interactions`, { kind: 'document-sent', date: '2026-11-27', note: 'PDF by e-mail' });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ status: 'document-sent', followUp: { kind: 'follow-up-call', dueDate: '2026-12-04', stateIso3: 'FRA', channelKind: 'embassy' } });
    const reminders = (await admin.get('/api/reminders')).body;
    expect(reminders.upcoming.map((f: { id: string }) => f.id)).toEqual([sent.body.followUp.id]);
    const fra = (await board()).targets.find((t: { iso3: string }) => t.iso3 === 'FRA');
    expect(fra.channels.embassy.nextFollowUp.dueDate).toBe('2026-12-04');
    const call = await admin.post(`${base()}/outreach/FRA/embassy/interactions`, { kind: 'call', date: '2026-12-03' });
    expect(call.body).toMatchObject({ status: 'followed-up', completedFollowUps: [sent.body.followUp.id], followUp: null });
    expect((await admin.get('/api/reminders')).body.upcoming).toEqual([]);
    server.clock.set('2026-12-10');
    const request = await admin.post(`${base()}/outreach/FRA/embassy/interactions`, { kind: 'meeting-request', date: '2026-12-10', meetingDate: '2026-12-15' });
    expect(request.body).toMatchObject({ status: 'meeting-requested', followUp: { kind: 'meeting', dueDate: '2026-12-15' } });
  });

  it('overdue follow-ups are listed as overdue; done and due-date changes are saved', async () => {
    const sent = (await admin.post(`${base()}/outreach/NOR/mission/interactions`, { kind: 'document-sent', date: '2026-11-01' })).body;
    let reminders = (await admin.get('/api/reminders')).body;
    expect(reminders.overdue.map((f: { id: string }) => f.id)).toEqual([sent.followUp.id]);
    expect((await admin.patch(`${base()}/follow-ups/${sent.followUp.id}`, { dueDate: '2026-11-27' })).status).toBe(204);
    reminders = (await admin.get('/api/reminders')).body;
    expect(reminders.dueToday.map((f: { id: string }) => f.id)).toEqual([sent.followUp.id]);
    await admin.patch(`${base()}/follow-ups/${sent.followUp.id}`, { done: true });
    expect((await admin.get('/api/reminders')).body.dueToday).toEqual([]);
    const all = (await admin.get(`${base()}/follow-ups?includeDone=true`)).body;
    expect(all[0].doneAt).not.toBeNull();
  });

  it('lists the open follow-ups by default, the done ones (latest due first) on request, or both', async () => {
    const sent = async (iso3: string, date: string) =>
      (await admin.post(`${base()}/outreach/${iso3}/embassy/interactions`, { kind: 'document-sent', date })).body.followUp.id as string;
    const [early, late, open] = [await sent('DEU', '2026-11-02'), await sent('NOR', '2026-11-09'), await sent('CHL', '2026-11-20')];
    for (const id of [early, late]) expect((await admin.patch(`${base()}/follow-ups/${id}`, { done: true })).status).toBe(204);
    const ids = async (query: string) => ((await admin.get(`${base()}/follow-ups${query}`)).body as { id: string }[]).map((f) => f.id);
    expect(await ids('')).toEqual([open]);
    expect(await ids('?done=true')).toEqual([late, early]);
    expect(await ids('?includeDone=true')).toEqual([early, late, open]);
  });

  it('warns when a meeting with a Geneva mission falls in a session, and offers free periods', async () => {
    // The HRC's spring session (published or projected from the yearly rhythm): no time for NGOs.
    const hrc = genevaSessionsOverlapping(server.deps.calendar.get(), { start: '2027-02-01', end: '2027-04-30' }).find((s) => s.kind === 'hrc')!;
    const inside = hrc.start;
    const r = await admin.post(`${base()}/outreach/CHL/mission/interactions`, { kind: 'meeting-request', date: '2026-11-27', meetingDate: inside });
    expect(r.body.genevaWarning).toMatchObject({ date: inside, conflicts: [expect.objectContaining({ kind: 'hrc', number: hrc.number })] });
    expect(r.body.genevaWarning.nearestBefore < hrc.start).toBe(true);
    expect(r.body.genevaWarning.suggested.length).toBeGreaterThan(0);
    const embassy = await admin.post(`${base()}/outreach/CHL/embassy/interactions`, { kind: 'meeting-request', date: '2026-11-27', meetingDate: inside });
    expect(embassy.body.genevaWarning).toBeNull();
  });

  it('a group briefing invites every EU member among the targets in one go and records who came', async () => {
    const created = await admin.post(`${base()}/briefings`, { title: 'Briefing for EU missions', date: '2026-12-08', venue: 'geneva', euMembers: true });
    expect(created.status).toBe(201);
    expect(created.body.invitees.map((i: { iso3: string; kind: string }) => `${i.iso3}/${i.kind}`)).toEqual(['DEU/mission', 'FRA/mission']);
    const deu = created.body.invitees.find((i: { iso3: string }) => i.iso3 === 'DEU');
    const held = await admin.put(`${base()}/briefings/${created.body.id}/attendance`, { attendedChannelIds: [deu.channelId] });
    expect(held.body).toMatchObject({ held: true });
    expect(held.body.invitees.map((i: { iso3: string; attended: boolean }) => [i.iso3, i.attended])).toEqual([['DEU', true], ['FRA', false]]);
    const b = await board();
    expect(b.targets.find((t: { iso3: string }) => t.iso3 === 'DEU').channels.mission.status).toBe('meeting-held');
    expect(b.targets.find((t: { iso3: string }) => t.iso3 === 'FRA').channels.mission.status).toBe('not-contacted');
    expect((await admin.put(`${base()}/briefings/${created.body.id}/attendance`, { attendedChannelIds: [] })).status).toBe(409);
    const nobody = await admin.post(`${base()}/briefings`, { title: 'Nobody', date: '2026-12-08', venue: 'capital', regionalGroups: ['African'] });
    expect(nobody.status).toBe(400);
  });

  it("another organisation cannot reach this campaign's outreach objects", async () => {
    const { postId } = (await admin.post(`${base()}/outreach/DEU/embassy/posts`, { title: 'Ambassador', person: { name: 'Secret Person' } })).body;
    const sent = (await admin.post(`${base()}/outreach/DEU/embassy/interactions`, { kind: 'document-sent', date: '2026-11-27' })).body;
    const other = (await createOrganisation(server, 'Other', OTHER_ADMIN)).client;
    const theirCampaign = (await other.post('/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2027-01-20' })).body.id;
    for (const [status, response] of [
      [404, await other.get(`${base()}/outreach`)],
      [404, await other.post(`/api/campaigns/${theirCampaign}/posts/${postId}/people`, { name: 'Intruder' })],
      [404, await other.patch(`/api/campaigns/${theirCampaign}/follow-ups/${sent.followUp.id}`, { done: true })],
      [404, await other.patch(`${base()}/follow-ups/${sent.followUp.id}`, { done: true })],
    ] as const) expect(response.status).toBe(status);
    expect((await other.get('/api/reminders')).body).toMatchObject({ overdue: [], dueToday: [], upcoming: [] });
    expect(JSON.stringify((await other.get(`/api/campaigns/${theirCampaign}/outreach`)).body)).not.toContain('Secret Person');
  });
});
