import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../src/core/dates.js';
import { STAGE_KEYS } from '../../src/core/strategy/catalogue.js';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { unfoldIcs } from '../factories.js';
import { ADMIN, setUpInstance, type TestClient } from '../http-client.js';

const EMBASSIES_EN = 'Embassies in the capital';
const EMBASSIES_RU = 'Посольства в столице';

describe.each(ENGINES)('campaigns, tasks and plans (%s)', (engine) => {
  let server: TestServer;
  let admin: TestClient;
  beforeEach(async () => {
    server = await createTestServer(engine);
    admin = await setUpInstance(server);
  });
  afterEach(async () => server.dispose());

  const task = (campaign: any, stageKey: string, taskKey: string) =>
    campaign.stages.find((s: any) => s.key === stageKey).tasks.find((t: any) => t.key === taskKey);

  it('creates a campaign from the suggested review date with the whole 18-stage plan', async () => {
    const created = await admin.post('/api/campaigns', { stateIso3: 'kaz' });
    expect(created.status).toBe(201);
    const c = created.body;
    expect(c.state.iso3).toBe('KAZ');
    expect(['confirmed', 'session', 'estimated']).toContain(c.reviewDateSource);
    expect(c.reviewDate > '2028-06-01').toBe(true); // reviewed Jan 2025; the next review is about 4½ years later
    expect(c.stages).toHaveLength(18);
    expect(c.stages.map((s: any) => s.key)).toEqual([...STAGE_KEYS]);
    expect(c.deadlines.nationalReport).toBe(addMonths(c.reviewDate, -3));
    expect(c.deadlines.review).toBe(c.reviewDate);
    expect(c.tasksTotal).toBe(c.stages.flatMap((s: any) => s.tasks).length);
    expect(c.tasksDone).toBe(0);
    expect(c.warnings.map((w: any) => w.code)).not.toContain('review-far-from-session');
    const suggested = await admin.get('/api/states/KAZ/review-date');
    expect(suggested.status).toBe(200);
    expect(suggested.body.next.reviewDate).toBe(c.reviewDate);
    expect(suggested.body.next.source).toBe(c.reviewDateSource);
    expect(suggested.body.previous.reviewDate.startsWith('2025-01')).toBe(true);
  });

  it('keeps a typed review date as "user" and warns when it is far from any expected session', async () => {
    const created = await admin.post('/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2027-08-31', name: 'Typed date' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Typed date', reviewDate: '2027-08-31', reviewDateSource: 'user' });
    expect(created.body.deadlines.nationalReport).toBe('2027-05-31');
    expect(created.body.warnings.map((w: any) => w.code)).toContain('review-far-from-session');
  });

  it('refuses an unknown State with suggestions and impossible or out-of-range dates', async () => {
    const unknown = await admin.post('/api/campaigns', { stateIso3: 'KAX' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('unknown-state');
    expect(unknown.body.error.details.suggestions).toContain('KAZ');
    const feb30 = await admin.post('/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2027-02-30' });
    expect(feb30.status).toBe(400);
    expect(feb30.body.error.code).toBe('validation');
    expect(feb30.body.error.details.issues.map((i: any) => i.path)).toContain('reviewDate');
    const far = await admin.post('/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2045-01-01' });
    expect(far.status).toBe(400);
    expect(far.body.error.details.issues.map((i: any) => i.path)).toContain('reviewDate');
    expect((await admin.get('/api/campaigns')).body).toEqual([]);
  });

  it('lists, renames, re-dates (audited) and deletes campaigns', async () => {
    const a = (await admin.post('/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2029-11-05', name: 'Later' })).body;
    const b = (await admin.post('/api/campaigns', { stateIso3: 'UZB', reviewDate: '2028-01-20', name: 'Earlier' })).body;
    const list = await admin.get('/api/campaigns');
    expect(list.status).toBe(200);
    expect(list.body.map((c: any) => c.id)).toEqual([b.id, a.id]); // by review date
    expect(list.body[0]).toMatchObject({ name: 'Earlier', state: { iso3: 'UZB' }, tasksDone: 0 });
    expect(list.body[0].stages).toBeUndefined();

    const patched = await admin.patch(`/api/campaigns/${a.id}`, { name: 'Renamed', reviewDate: '2029-11-12' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: 'Renamed', reviewDate: '2029-11-12', reviewDateSource: 'user' });
    expect(patched.body.deadlines.nationalReport).toBe('2029-08-12');
    expect((await admin.get(`/api/campaigns/${a.id}`)).body.name).toBe('Renamed');
    const audit = await admin.get('/api/audit');
    const update = audit.body.find((e: any) => e.action === 'campaign.update' && e.objectId === a.id);
    expect(update.changes).toEqual({ name: 'Renamed', reviewDate: '2029-11-12' });
    expect(update.actorName).toBe(ADMIN.name);
    const bad = await admin.patch(`/api/campaigns/${a.id}`, { reviewDate: '2027-13-01' });
    expect(bad.status).toBe(400);

    const deleted = await admin.delete(`/api/campaigns/${a.id}`);
    expect(deleted.status).toBe(204);
    expect((await admin.get(`/api/campaigns/${a.id}`)).status).toBe(404);
    expect((await admin.get('/api/campaigns')).body.map((c: any) => c.id)).toEqual([b.id]);
    expect((await admin.get('/api/audit')).body.some((e: any) => e.action === 'campaign.delete' && e.objectId === a.id)).toBe(true);
  });

  it('ticks a task, keeps it across sign-out and sign-in, and un-ticks it', async () => {
    const c = (await admin.post('/api/campaigns', { stateIso3: 'KAZ' })).body;
    const url = `/api/campaigns/${c.id}/tasks/embassies/follow-up-call`;
    const ticked = await admin.patch(url, { done: true });
    expect(ticked.status).toBe(200);
    expect(ticked.body).toMatchObject({ key: 'follow-up-call', stageKey: 'embassies', done: true });
    expect(ticked.body.doneAt).toMatch(/^2026-11-27T/);
    await admin.signOut();
    expect((await admin.get(`/api/campaigns/${c.id}`)).status).toBe(401);
    expect((await admin.signIn(ADMIN.email, ADMIN.password)).status).toBe(200);
    const again = (await admin.get(`/api/campaigns/${c.id}`)).body;
    expect(task(again, 'embassies', 'follow-up-call').done).toBe(true);
    expect(task(again, 'embassies', 'send-document').done).toBe(false);
    expect(again.tasksDone).toBe(1);
    const unticked = await admin.patch(url, { done: false });
    expect(unticked.body).toMatchObject({ done: false, doneAt: null });
    expect((await admin.get(`/api/campaigns/${c.id}`)).body.tasksDone).toBe(0);
  });

  it('answers 404 for unknown stages and tasks and 400 for an assignee outside the organisation', async () => {
    const c = (await admin.post('/api/campaigns', { stateIso3: 'KAZ' })).body;
    expect((await admin.patch(`/api/campaigns/${c.id}/tasks/no-such-stage/follow-up-call`, { done: true })).status).toBe(404);
    expect((await admin.patch(`/api/campaigns/${c.id}/tasks/embassies/no-such-task`, { done: true })).status).toBe(404);
    // A task key of another stage is not a task of this one.
    expect((await admin.patch(`/api/campaigns/${c.id}/tasks/embassies/attend-or-watch`, { done: true })).status).toBe(404);
    const stranger = await admin.patch(`/api/campaigns/${c.id}/tasks/embassies/follow-up-call`, { assigneeId: crypto.randomUUID() });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.details.issues.map((i: any) => i.path)).toContain('assigneeId');
    expect(task((await admin.get(`/api/campaigns/${c.id}`)).body, 'embassies', 'follow-up-call').assigneeId).toBeNull();
  });

  it('saves the assignee, note and moved due date of a task', async () => {
    const c = (await admin.post('/api/campaigns', { stateIso3: 'KAZ' })).body;
    const me = (await admin.get('/api/me')).body;
    const planned = task(c, 'target-states', 'search-database').due;
    const moved = addDays(planned, 5);
    const saved = await admin.patch(`/api/campaigns/${c.id}/tasks/target-states/search-database`, { assigneeId: me.user.id, note: 'Ask Dana for the UPR Info export', dueDate: moved });
    expect(saved.status).toBe(200);
    const reloaded = task((await admin.get(`/api/campaigns/${c.id}`)).body, 'target-states', 'search-database');
    expect(reloaded).toMatchObject({ assigneeId: me.user.id, note: 'Ask Dana for the UPR Info export', due: moved, plannedDue: planned, done: false });
    const cleared = await admin.patch(`/api/campaigns/${c.id}/tasks/target-states/search-database`, { dueDate: null, assigneeId: null });
    expect(cleared.body).toMatchObject({ due: planned, assigneeId: null, note: 'Ask Dana for the UPR Info export' });
  });

  it('exports the plan as iCalendar in English and Russian', async () => {
    const c = (await admin.post('/api/campaigns', { stateIso3: 'KAZ', name: 'KZ plan' })).body;
    const en = await admin.get(`/api/campaigns/${c.id}/plan.ics`);
    expect(en.status).toBe(200);
    expect(en.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(en.headers.get('content-disposition')).toContain(`kaz-upr-${c.reviewDate}.ics`);
    const enText = unfoldIcs(en.text);
    expect(enText).toContain('BEGIN:VCALENDAR');
    expect(enText).toContain(`[KZ plan] ${EMBASSIES_EN}`);
    expect(enText).not.toContain(EMBASSIES_RU);
    const ru = unfoldIcs((await admin.get(`/api/campaigns/${c.id}/plan.ics?lang=ru`)).text);
    expect(ru).toContain(EMBASSIES_RU);
    expect(ru).not.toContain(EMBASSIES_EN);
    // A done task leaves the calendar; its stage stays.
    const uid = `${c.id}-task-embassies-follow-up-call@upr-advocate`;
    expect(enText).toContain(uid);
    await admin.patch(`/api/campaigns/${c.id}/tasks/embassies/follow-up-call`, { done: true });
    const after = unfoldIcs((await admin.get(`/api/campaigns/${c.id}/plan.ics`)).text);
    expect(after).not.toContain(uid);
    expect(after).toContain(`${c.id}-stage-embassies@upr-advocate`);
  });

  it('finds States by Russian name, English name and code', async () => {
    for (const q of ['Казах', 'kazakh', 'KAZ', 'казахстан']) {
      const found = await admin.get(`/api/states?q=${encodeURIComponent(q)}`);
      expect(found.status, q).toBe(200);
      expect(found.body[0]?.iso3, q).toBe('KAZ');
    }
    expect((await admin.get('/api/states?q=zzzzqq')).body).toEqual([]);
    const review = await admin.get('/api/states/KAZ/review-date');
    expect(review.body.state.iso3).toBe('KAZ');
    expect(['confirmed', 'session', 'estimated']).toContain(review.body.next.source);
    expect(review.body.next.reviewDate >= '2026-11-27').toBe(true);
    expect((await admin.get('/api/states/KAX/review-date')).body.error.code).toBe('unknown-state');
  });

  it('lists open tasks due this week and overdue ones on the dashboard', async () => {
    const c = (await admin.post('/api/campaigns', { stateIso3: 'KAZ', name: 'Dash' })).body;
    const embassies = c.stages.find((s: any) => s.key === 'embassies');
    const today = addDays(embassies.start, 8);
    server.clock.set(today);
    // find-upr-contact is due on day 7 (overdue), send-document on day 14 (this week), follow-up-call on day 21 (later).
    const dash = await admin.get('/api/dashboard');
    expect(dash.status).toBe(200);
    expect(dash.body.today).toBe(today);
    expect(dash.body.weekEnd).toBe(addDays(today, 6));
    const keys = (items: any[]) => items.map((i) => `${i.stageKey}/${i.taskKey}`);
    expect(keys(dash.body.overdue)).toContain('embassies/find-upr-contact');
    expect(keys(dash.body.dueThisWeek)).toContain('embassies/send-document');
    expect([...keys(dash.body.overdue), ...keys(dash.body.dueThisWeek)]).not.toContain('embassies/follow-up-call');
    for (const item of dash.body.overdue) expect(item.due < today).toBe(true);
    for (const item of dash.body.dueThisWeek) expect(item.due >= today && item.due <= addDays(today, 6)).toBe(true);
    expect(dash.body.overdue[0]).toMatchObject({ campaignId: c.id, campaignName: 'Dash', stateIso3: 'KAZ' });

    await admin.patch(`/api/campaigns/${c.id}/tasks/embassies/find-upr-contact`, { done: true });
    await admin.patch(`/api/campaigns/${c.id}/tasks/embassies/send-document`, { done: true });
    const after = (await admin.get('/api/dashboard')).body;
    expect(keys(after.overdue)).not.toContain('embassies/find-upr-contact');
    expect(keys(after.dueThisWeek)).not.toContain('embassies/send-document');
    expect(after.overdue.length).toBe(dash.body.overdue.length - 1);
    expect((await admin.get(`/api/campaigns/${c.id}`)).body.overdue).toBe(after.overdue.length);
  });
});
