/**
 * Outreach in the calendars: open follow-ups (calls, meetings) and upcoming briefings are
 * all-day events of the campaign's .ics download and of the secret subscription feed, with
 * UIDs that survive refreshes and date changes; done follow-ups leave; tenants never mix.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lobbyingTask } from '../after-review-factory.js';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { createOrganisation, OTHER_ADMIN, pathOf, unfoldIcs } from '../factories.js';
import { setUpInstance, TestClient } from '../http-client.js';

/** The VEVENT blocks of a calendar, unfolded. */
const events = (ics: string) => unfoldIcs(ics).split('BEGIN:VEVENT').slice(1);
const eventWithUid = (ics: string, uid: string) => events(ics).find((e) => e.includes(`UID:${uid}\r\n`));

describe.each(ENGINES)('follow-ups and briefings in calendars (%s)', (engine) => {
  let server: TestServer;
  let admin: TestClient;
  let campaignId: string;
  let call: string;
  let meeting: string;
  const base = () => `/api/campaigns/${campaignId}`;
  const feedText = async (url: string) => (await new TestClient(server).get(pathOf(url))).text;

  beforeEach(async () => {
    server = await createTestServer(engine);
    admin = await setUpInstance(server);
    campaignId = (await admin.post('/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2027-01-20', name: 'Feed' })).body.id;
    expect((await admin.post(`${base()}/targets`, { iso3: ['FRA', 'DEU'] })).status).toBe(200);
    call = (await admin.post(`${base()}/outreach/FRA/embassy/interactions`, { kind: 'document-sent', date: '2026-11-27' })).body.followUp
      .id;
    meeting = (
      await admin.post(`${base()}/outreach/DEU/embassy/interactions`, {
        kind: 'meeting-request',
        date: '2026-11-27',
        meetingDate: '2026-12-15',
      })
    ).body.followUp.id;
    const briefing = await admin.post(`${base()}/briefings`, {
      title: 'EU missions briefing',
      date: '2026-12-08',
      venue: 'geneva',
      euMembers: true,
    });
    expect(briefing.status).toBe(201);
    const past = await admin.post(`${base()}/briefings`, {
      title: 'Last month briefing',
      date: '2026-10-20',
      venue: 'online',
      euMembers: true,
    });
    expect(past.status).toBe(201);
  });
  afterEach(async () => server.dispose());

  it('puts each open follow-up and upcoming briefing in the feed as an all-day event with a stable UID', async () => {
    const { url } = (await admin.post('/api/calendar-feed')).body;
    const first = await feedText(url);
    const callEvent = eventWithUid(first, `${campaignId}-follow-up-${call}@upr-advocate`);
    expect(callEvent).toContain('SUMMARY:[Feed] Follow-up call: France — embassy');
    expect(callEvent).toContain('DTSTART;VALUE=DATE:20261204');
    expect(callEvent).toContain('DTEND;VALUE=DATE:20261205');
    expect(callEvent).toContain(`URL:http://localhost:8080/campaigns/${campaignId}/outreach`);
    expect(eventWithUid(first, `${campaignId}-follow-up-${meeting}@upr-advocate`)).toContain('SUMMARY:[Feed] Meeting: Germany — embassy');
    const briefings = events(first).filter((e) => e.includes('-briefing-'));
    expect(briefings).toHaveLength(1); // the October one is over
    expect(briefings[0]).toContain('SUMMARY:[Feed] Briefing: EU missions briefing');
    expect(briefings[0]).toContain('DTSTART;VALUE=DATE:20261208');
    expect(briefings[0]).toContain('LOCATION:Geneva');

    // A refresh keeps the UIDs; a moved due date moves the same event.
    expect((await admin.patch(`${base()}/follow-ups/${call}`, { dueDate: '2026-12-07' })).status).toBe(204);
    const second = await feedText(url);
    const uids = (ics: string) => events(ics).map((e) => /UID:(\S+)/.exec(e)?.[1]);
    expect(uids(second)).toEqual(uids(first));
    expect(eventWithUid(second, `${campaignId}-follow-up-${call}@upr-advocate`)).toContain('DTSTART;VALUE=DATE:20261207');

    // Done: the call leaves the calendar, the meeting stays.
    expect((await admin.patch(`${base()}/follow-ups/${call}`, { done: true })).status).toBe(204);
    const third = unfoldIcs(await feedText(url));
    expect(third).not.toContain(`-follow-up-${call}@`);
    expect(third).toContain(`-follow-up-${meeting}@`);
  });

  it("writes the events in the feed owner's language and in the campaign download", async () => {
    await admin.put('/api/me/language', { language: 'ru' });
    const { url } = (await admin.post('/api/calendar-feed')).body;
    const ru = unfoldIcs(await feedText(url));
    expect(ru).toContain('SUMMARY:[Feed] Контрольный звонок: Франция — посольство');
    expect(ru).toContain('SUMMARY:[Feed] Встреча: Германия — посольство');
    expect(ru).toContain('SUMMARY:[Feed] Брифинг: EU missions briefing');

    const download = await admin.get(`${base()}/plan.ics?lang=en`);
    expect(download.status).toBe(200);
    const en = unfoldIcs(download.text);
    expect(en).toContain(`UID:${campaignId}-follow-up-${call}@upr-advocate`);
    expect(en).toContain('SUMMARY:[Feed] Follow-up call: France — embassy');
    expect(en).toContain('SUMMARY:[Feed] Briefing: EU missions briefing');
  });

  it('puts the open outcome tasks (lobbying before adoption) in the feed and the download, in both languages', async () => {
    const outcome = `${base()}/outcome`;
    const task = await lobbyingTask(admin, campaignId);

    const { url } = (await admin.post('/api/calendar-feed')).body;
    const event = eventWithUid(await feedText(url), `${campaignId}-outcome-task-${task.id}@upr-advocate`);
    expect(event).toContain('SUMMARY:[Feed] Lobby for recommendation 120.4 (Kazakhstan)');
    expect(event).toContain(`DTSTART;VALUE=DATE:${task.dueDate.replaceAll('-', '')}`);
    expect(event).toContain(`URL:http://localhost:8080/campaigns/${campaignId}`);
    expect(unfoldIcs((await admin.get(`${base()}/plan.ics?lang=ru`)).text)).toContain(
      'SUMMARY:[Feed] Добиваться поддержки рекомендации 120.4 (Казахстан)',
    );

    expect((await admin.patch(`${outcome}/tasks/${task.id}`, { done: true })).status).toBe(204);
    expect(unfoldIcs(await feedText(url))).not.toContain(`-outcome-task-${task.id}@`);
  });

  it("never shows another organisation's follow-ups", async () => {
    const other = (await createOrganisation(server, 'Other', OTHER_ADMIN)).client;
    const theirs = (await other.post('/api/campaigns', { stateIso3: 'UZB', name: 'Theirs' })).body.id;
    await other.post(`/api/campaigns/${theirs}/targets`, { iso3: ['ARG'] });
    const theirCall = (
      await other.post(`/api/campaigns/${theirs}/outreach/ARG/embassy/interactions`, { kind: 'document-sent', date: '2026-11-27' })
    ).body.followUp.id;
    await other.post(`/api/campaigns/${theirs}/briefings`, {
      title: 'Secret briefing',
      date: '2026-12-09',
      venue: 'capital',
      channels: [{ iso3: 'ARG', kind: 'embassy' }],
    });

    const ours = unfoldIcs(await feedText((await admin.post('/api/calendar-feed')).body.url));
    expect(ours).toContain('France — embassy');
    for (const leak of ['Argentina', theirCall, 'Secret briefing', '[Theirs]']) expect(ours).not.toContain(leak);
    const download = unfoldIcs((await admin.get(`${base()}/plan.ics`)).text);
    for (const leak of ['Argentina', theirCall, 'Secret briefing']) expect(download).not.toContain(leak);

    const theirFeed = unfoldIcs(await feedText((await other.post('/api/calendar-feed')).body.url));
    expect(theirFeed).toContain('SUMMARY:[Theirs] Follow-up call: Argentina — embassy');
    expect(theirFeed).toContain('Secret briefing');
    for (const leak of ['France', call, meeting, 'EU missions briefing']) expect(theirFeed).not.toContain(leak);
  });
});
