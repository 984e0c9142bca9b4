/**
 * The Monday view's outreach sections: follow-ups due (overdue, and calls due this week) and
 * meetings ahead (meeting follow-ups and briefings of the next 30 days), per organisation.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { createOrganisation, OTHER_ADMIN } from '../factories.js';
import { setUpInstance, type TestClient } from '../http-client.js';

describe.each(ENGINES)('dashboard: follow-ups due and meetings ahead (%s)', (engine) => {
  let server: TestServer;
  let admin: TestClient;
  let campaignId: string;
  const base = () => `/api/campaigns/${campaignId}`;
  const log = async (iso3: string, channel: string, body: Record<string, unknown>) => {
    const r = await admin.post(`${base()}/outreach/${iso3}/${channel}/interactions`, body);
    expect(r.status).toBe(201);
    return r.body.followUp.id as string;
  };

  beforeEach(async () => {
    server = await createTestServer(engine); // today: Friday 2026-11-27, the week ends 2026-12-03
    admin = await setUpInstance(server);
    campaignId = (await admin.post('/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2027-01-20', name: 'Kazakhstan 2027' })).body.id;
    expect((await admin.post(`${base()}/targets`, { iso3: ['FRA', 'DEU', 'NOR', 'CHL'] })).status).toBe(200);
  });
  afterEach(async () => server.dispose());

  it('lists the 100 follow-ups due soonest with the total, and still every meeting ahead', async () => {
    const states = server.deps.states
      .all()
      .map((st) => st.iso3)
      .filter((iso3) => !['KAZ', 'FRA', 'DEU', 'NOR', 'CHL'].includes(iso3))
      .slice(0, 55);
    // Added in two requests: one takes at most 50 States.
    for (const part of [states.slice(0, 30), states.slice(30)]) expect((await admin.post(`${base()}/targets`, { iso3: part })).status).toBe(200);
    // 110 calls, one per channel, sent on successive days from 1 August: all due before today.
    let day = 0;
    for (const iso3 of states) {
      for (const channel of ['embassy', 'mission']) {
        const date = new Date(Date.UTC(2026, 7, 1 + day++)).toISOString().slice(0, 10);
        await log(iso3, channel, { kind: 'document-sent', date });
      }
    }
    await log('FRA', 'embassy', { kind: 'meeting-request', date: '2026-11-27', meetingDate: '2026-12-02' });

    const dash = (await admin.get('/api/dashboard')).body;
    expect(dash.followUpsDueTotal).toBe(110);
    expect(dash.followUpsDue).toHaveLength(100);
    const dues = dash.followUpsDue.map((f: { due: string }) => f.due);
    expect(dues).toEqual([...dues].sort());
    expect(dues[0]).toBe('2026-08-08'); // the first call: sent 1 August, due a week later
    expect(dues.at(-1)).toBe('2026-11-15'); // the 100th
    expect(dash.followUpsDue.every((f: { overdue: boolean }) => f.overdue)).toBe(true);
    expect(dash.meetingsAhead).toEqual([expect.objectContaining({ kind: 'meeting', stateIso3: 'FRA', date: '2026-12-02' })]);
  });

  it('lists overdue follow-ups and calls due this week, and meetings and briefings of the next 30 days', async () => {
    const overdueCall = await log('FRA', 'embassy', { kind: 'document-sent', date: '2026-11-13' });
    const weekCall = await log('DEU', 'mission', { kind: 'document-sent', date: '2026-11-24' });
    await log('NOR', 'embassy', { kind: 'document-sent', date: '2026-11-27' }); // due 2026-12-04: next week
    const doneCall = await log('NOR', 'mission', { kind: 'document-sent', date: '2026-11-01' });
    await admin.patch(`${base()}/follow-ups/${doneCall}`, { done: true });
    const missedMeeting = await log('CHL', 'mission', { kind: 'meeting-request', date: '2026-11-10', meetingDate: '2026-11-25' });
    const meetingSoon = await log('CHL', 'embassy', { kind: 'meeting-request', date: '2026-11-27', meetingDate: '2026-12-02' });
    await log('DEU', 'embassy', { kind: 'meeting-request', date: '2026-11-27', meetingDate: '2027-01-15' }); // beyond 30 days
    const briefing = (
      await admin.post(`${base()}/briefings`, { title: 'EU briefing', date: '2026-12-10', venue: 'geneva', euMembers: true })
    ).body.id;
    await admin.post(`${base()}/briefings`, { title: 'Far briefing', date: '2027-02-01', venue: 'online', euMembers: true });
    await admin.post(`${base()}/briefings`, { title: 'Past briefing', date: '2026-11-02', venue: 'online', euMembers: true });

    const dash = (await admin.get('/api/dashboard')).body;
    expect(dash.followUpsDue).toEqual([
      {
        id: overdueCall,
        campaignId,
        campaignName: 'Kazakhstan 2027',
        stateIso3: 'FRA',
        stateName: 'France',
        channelKind: 'embassy',
        kind: 'follow-up-call',
        due: '2026-11-20',
        overdue: true,
      },
      expect.objectContaining({
        id: missedMeeting,
        stateIso3: 'CHL',
        channelKind: 'mission',
        kind: 'meeting',
        due: '2026-11-25',
        overdue: true,
      }),
      expect.objectContaining({
        id: weekCall,
        stateName: 'Germany',
        channelKind: 'mission',
        kind: 'follow-up-call',
        due: '2026-12-01',
        overdue: false,
      }),
    ]);
    expect(dash.followUpsDueTotal).toBe(3);
    expect(dash.meetingsAhead).toEqual([
      {
        id: meetingSoon,
        campaignId,
        campaignName: 'Kazakhstan 2027',
        date: '2026-12-02',
        kind: 'meeting',
        stateIso3: 'CHL',
        stateName: 'Chile',
        channelKind: 'embassy',
      },
      {
        id: briefing,
        campaignId,
        campaignName: 'Kazakhstan 2027',
        date: '2026-12-10',
        kind: 'briefing',
        title: 'EU briefing',
        venue: 'geneva',
      },
    ]);

    // Done leaves the list; a week later the next call is due and the briefing is still ahead.
    await admin.patch(`${base()}/follow-ups/${overdueCall}`, { done: true });
    server.clock.set('2026-12-04');
    const later = (await admin.get('/api/dashboard')).body;
    expect(later.followUpsDue.map((f: { stateIso3: string; kind: string }) => `${f.stateIso3}/${f.kind}`)).toEqual([
      'CHL/meeting',
      'DEU/follow-up-call',
      'CHL/meeting',
      'NOR/follow-up-call',
    ]);
    expect(later.meetingsAhead.map((m: { kind: string }) => m.kind)).toEqual(['briefing']);
  });

  it('names States in the reader’s language and keeps organisations apart', async () => {
    await log('FRA', 'embassy', { kind: 'document-sent', date: '2026-11-13' });
    await admin.post(`${base()}/briefings`, { title: 'Our briefing', date: '2026-12-10', venue: 'capital', euMembers: true });
    const other = (await createOrganisation(server, 'Other', OTHER_ADMIN)).client;
    const theirs = (await other.post('/api/campaigns', { stateIso3: 'UZB', name: 'Theirs' })).body.id;
    await other.post(`/api/campaigns/${theirs}/targets`, { iso3: ['ARG'] });
    await other.post(`/api/campaigns/${theirs}/outreach/ARG/embassy/interactions`, { kind: 'document-sent', date: '2026-11-13' });

    const ours = (await admin.get('/api/dashboard')).body;
    expect(ours.followUpsDue.map((f: { stateIso3: string }) => f.stateIso3)).toEqual(['FRA']);
    expect(ours.meetingsAhead.map((m: { title: string }) => m.title)).toEqual(['Our briefing']);
    const theirsDash = (await other.get('/api/dashboard')).body;
    expect(theirsDash.followUpsDue).toEqual([expect.objectContaining({ stateIso3: 'ARG', campaignName: 'Theirs' })]);
    expect(theirsDash.meetingsAhead).toEqual([]);

    await admin.put('/api/me/language', { language: 'ru' });
    expect((await admin.get('/api/dashboard')).body.followUpsDue[0].stateName).toBe('Франция');
  });
});
