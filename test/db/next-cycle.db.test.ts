import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EVIDENCE, ISSUES, REVIEW, seedMonitoredCampaign, type MonitoredCampaign } from '../after-review-factory.js';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { createOrganisation, inviteAndAccept, OTHER_ADMIN, VIEWER } from '../factories.js';
import { setUpInstance, type TestClient } from '../http-client.js';

/** Stage `start-again`: four years after the review of 28 January 2025. */
const TODAY = '2029-02-01';

describe.each(ENGINES)('starting the next cycle (%s)', (engine) => {
  let server: TestServer;
  let admin: TestClient;
  let seeded: MonitoredCampaign;
  const base = () => `/api/campaigns/${seeded.campaignId}`;

  /** What the old campaign shows through the API: nothing of it may change. */
  const snapshot = async (id: string) => {
    const paths = ['', '/advocacy', '/targets', '/issues', '/outreach', '/outcome', '/monitoring', '/baseline', '/follow-ups'];
    const answers = await Promise.all(paths.map((p) => admin.get(`/api/campaigns/${id}${p}`)));
    return answers.map((a, i) => `${paths[i]} ${a.status} ${a.text}`);
  };

  beforeEach(async () => {
    server = await createTestServer(engine, { today: '2027-03-01' });
    admin = await setUpInstance(server, 'Slovenian Human Rights Network');
    seeded = await seedMonitoredCampaign(server, admin);
    // The person who held the post leaves; a successor takes it. Only the successor carries over.
    const board = (await admin.get(`${base()}/outreach`)).body;
    const post = board.targets.find((t: any) => t.iso3 === 'DZA').channels.embassy.posts[0];
    await admin.post(`${base()}/people/${post.current.id}/leave`, { until: '2027-02-01' });
    await admin.post(`${base()}/posts/${seeded.postId}/people`, { name: 'Leila Haddad', email: 'leila@diplo.example' });
    await admin.put(`${base()}/issues`, { issues: ['National Human Rights Institution'] });
    server.clock.set(TODAY);
  });
  afterEach(async () => server.dispose());

  it('tells what a next cycle would get before it exists: the estimated review and what carries over', async () => {
    const info = (await admin.get(`${base()}/next-cycle`)).body;
    expect(info).toEqual({
      campaignId: seeded.campaignId,
      next: null,
      // Slovenia's 4th review was in session 48; 14 sessions later is session 62, projected.
      estimate: { reviewDate: expect.stringMatching(/^2029-1[01]-\d\d$/), source: 'estimated', reason: 'projected-cycle', session: 62 },
      carried: { keyIssues: 3, targets: 2, channels: 1, posts: 1, people: 1, baseline: 5 },
    });
  });

  it('creates the next campaign with issues, targets, channels, the current post holder, settings and the baseline; the old one is unchanged', async () => {
    const before = await snapshot(seeded.campaignId);
    const info = (await admin.get(`${base()}/next-cycle`)).body;
    const created = await admin.post(`${base()}/next-cycle`);
    expect(created.status).toBe(201);
    const next = created.body.campaign;
    expect(created.body).toMatchObject({
      previousCampaignId: seeded.campaignId,
      reviewDateReason: 'projected-cycle',
      carried: info.carried,
    });
    expect(next).toMatchObject({
      name: `UPR Slovenia ${info.estimate.reviewDate.slice(0, 4)}`,
      reviewDate: info.estimate.reviewDate,
      reviewDateSource: 'estimated',
    });
    expect(next.state.iso3).toBe('SVN');
    expect(next.id).not.toBe(seeded.campaignId);
    const nextBase = `/api/campaigns/${next.id}`;

    const advocacy = (await admin.get(`${nextBase}/advocacy`)).body;
    expect(advocacy.issues.map((i: any) => [i.title, i.recommendations])).toEqual(Object.values(ISSUES).map((i) => [i.title, [i.ask]]));
    expect(advocacy.settings).toMatchObject({
      language: 'ru',
      organisationName: 'Словенская правозащитная сеть',
      contactName: 'Ана Новак',
    });
    const tags = async (path: string) => (await admin.get(`${path}/issues`)).body.issues;
    expect(await tags(nextBase)).toEqual(await tags(base()));
    expect(await tags(nextBase)).not.toEqual([]);
    expect((await admin.get(`${nextBase}/targets`)).body.map((t: any) => t.iso3)).toEqual(['DZA', 'IRL']);
    const embassy = (await admin.get(`${nextBase}/outreach`)).body.targets.find((t: any) => t.iso3 === 'DZA').channels.embassy;
    expect(embassy).toMatchObject({ status: 'contact-found', city: 'Ljubljana', lastInteraction: null });
    expect(embassy.posts).toEqual([
      {
        id: expect.any(String),
        title: 'UPR focal point',
        current: expect.objectContaining({ name: 'Leila Haddad', until: null }),
        previous: [],
      },
    ]);
    expect((await admin.get(`${nextBase}/outcome`)).body.recommendations).toEqual([]);

    const baseline = (await admin.get(`${nextBase}/baseline`)).body;
    expect(baseline.previous).toEqual({
      campaignId: seeded.campaignId,
      name: 'УПО Словении 2025',
      reviewDate: REVIEW,
      documentSymbol: 'A/HRC/59/15',
    });
    expect(baseline.recommendations.map((r: any) => [r.paragraph, r.response, r.ofInterest, r.status])).toEqual([
      ['140.18', 'supported', true, 'in-progress'],
      ['140.19', 'supported', true, 'not-started'],
      ['140.75', 'noted', true, null],
      ['140.220', 'partially-supported', true, 'partially-implemented'],
      ['140.221', 'noted', false, null],
    ]);
    const ombudsman = baseline.recommendations[0];
    expect(ombudsman).toMatchObject({
      ministry: 'Министерство юстиции',
      latestEvidence: { date: '2026-06-10', ...EVIDENCE },
      recommendingStates: [{ iso3: 'DZA', name: 'Algeria' }],
      keyIssueIds: [advocacy.issues[0].id],
    });
    expect(baseline.counts).toMatchObject({ total: 5, ofInterest: 4, byResponse: { supported: 2, noted: 2, 'partially-supported': 1 } });
    expect(baseline.counts.byStatus).toMatchObject({ 'in-progress': 1, 'not-started': 1, 'partially-implemented': 1 });

    expect(await snapshot(seeded.campaignId)).toEqual(before);
    expect((await admin.get(`${base()}/next-cycle`)).body.next).toEqual({ id: next.id, name: next.name, reviewDate: next.reviewDate });
    const audit = (await admin.get('/api/audit?limit=5')).body;
    expect(audit.filter((e: any) => e.action === 'campaign.next-cycle')).toEqual([
      expect.objectContaining({
        objectId: next.id,
        changes: expect.objectContaining({ previousCampaignId: seeded.campaignId, baseline: 5 }),
      }),
    ]);
    expect(audit[0].action).toBe('campaign.next-cycle');
  });

  it('refuses a second next cycle from the same campaign with a 409 naming the existing one', async () => {
    const first = (await admin.post(`${base()}/next-cycle`)).body.campaign;
    const campaigns = (await admin.get('/api/campaigns')).body.length;
    const second = await admin.post(`${base()}/next-cycle`);
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({
      code: 'conflict',
      details: { reason: 'next-cycle-exists', existingCampaignId: first.id, existingCampaignName: first.name },
    });
    expect(second.body.error.message).toContain(first.name);
    expect((await admin.get('/api/campaigns')).body).toHaveLength(campaigns);
    // Deleting the next campaign frees the old one to start again; the old one keeps working.
    expect((await admin.delete(`/api/campaigns/${first.id}`)).status).toBe(204);
    expect((await admin.post(`${base()}/next-cycle`)).status).toBe(201);
  });

  it('creates exactly one next cycle when two requests race', async () => {
    const answers = await Promise.all([admin.post(`${base()}/next-cycle`), admin.post(`${base()}/next-cycle`)]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const created = answers.find((a) => a.status === 201)!.body.campaign;
    expect(answers.find((a) => a.status === 409)!.body.error.details.existingCampaignId).toBe(created.id);
    expect((await admin.get('/api/campaigns')).body.map((c: any) => c.id).sort()).toEqual([seeded.campaignId, created.id].sort());
  });

  it('keeps the new campaign and its baseline when the previous campaign is deleted', async () => {
    const next = (await admin.post(`${base()}/next-cycle`)).body.campaign;
    expect((await admin.delete(base())).status).toBe(204);
    const baseline = (await admin.get(`/api/campaigns/${next.id}/baseline`)).body;
    expect(baseline.previous).toMatchObject({ campaignId: null, name: 'УПО Словении 2025' });
    expect(baseline.recommendations).toHaveLength(5);
  });

  it('answers an empty baseline for a campaign not started from another, and refuses before the review', async () => {
    const early = (await admin.post('/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2030-01-20', name: 'Future' })).body.id;
    expect((await admin.get(`/api/campaigns/${early}/baseline`)).body).toMatchObject({
      previous: null,
      recommendations: [],
      counts: { total: 0 },
    });
    const refused = await admin.post(`/api/campaigns/${early}/next-cycle`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details).toEqual({ reason: 'review-not-held' });
  });

  it('answers 404 to another organisation and 403 to a viewer, and creates nothing', async () => {
    const other = (await createOrganisation(server, 'Other NGO', OTHER_ADMIN)).client;
    for (const path of ['next-cycle', 'baseline']) {
      const theirs = await other.get(`${base()}/${path}`);
      expect(theirs.status, path).toBe(404);
      expect(theirs.text).toBe((await other.get(`/api/campaigns/${crypto.randomUUID()}/${path}`)).text);
    }
    expect((await other.post(`${base()}/next-cycle`)).status).toBe(404);
    expect((await other.get('/api/campaigns')).body).toEqual([]);
    const viewer = (await inviteAndAccept(server, admin, VIEWER, 'viewer')).client;
    expect((await viewer.get(`${base()}/next-cycle`)).status).toBe(200);
    const refused = await viewer.post(`${base()}/next-cycle`);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    expect((await admin.get('/api/campaigns')).body).toHaveLength(1);
    expect((await admin.get(`${base()}/next-cycle`)).body.next).toBeNull();
  });
});
