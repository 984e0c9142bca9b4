import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCampaignIssues } from '../../src/server/app/campaign-issues.js';
import { createCampaign } from '../../src/server/app/campaigns.js';
import type { Actor } from '../../src/server/app/deps.js';
import { analyzeDraft } from '../../src/server/app/drafting.js';
import { importRecommendations } from '../../src/server/app/import-recommendations.js';
import { addTargets, findTargets, listTargets } from '../../src/server/app/targets.js';
import type { Env } from '../../src/server/http/context.js';
import { handleError } from '../../src/server/http/errors.js';
import { targetRoutes } from '../../src/server/http/target-routes.js';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { createOrganisation, OTHER_ADMIN } from '../factories.js';
import { readUprInfoRows, sharedDataFile } from '../shared-data.js';

const UPR_INFO = sharedDataFile('upr_info_sessions01-20/upr_recommendations_sessions01-20.csv.gz');
const CHILD = 'Rights of the Child';
const OP_CRC = 'Ratify the Optional Protocol to the Convention on the Rights of the Child on a communications procedure';

/** Independently of the importer: per recommending State, its distinct recommendations tagged CHILD. */
function childCountsFromFile(): Map<string, number> {
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  for (const r of readUprInfoRows() ?? []) {
    if (!r.rs_iso3 || !r.issues.split('; ').includes(CHILD)) continue;
    const key = `${r.rs_iso3}|${r.session}|${r.sur_iso3}|${r.recommendation}`;
    if (seen.has(key)) continue;
    seen.add(key);
    counts.set(r.rs_iso3, (counts.get(r.rs_iso3) ?? 0) + 1);
  }
  return counts;
}

/** The route module mounted alone, with a fixed actor in place of the session middleware. */
function routesAs(server: TestServer, actor: Actor) {
  const app = new Hono<Env>();
  app.onError(handleError);
  app.use('*', async (c, next) => {
    c.set('actor', actor);
    c.set('language', 'en');
    await next();
  });
  app.route('/', targetRoutes({ deps: server.deps, auth: server.auth, setup: server.setup }));
  return async (method: string, url: string, body?: unknown) => {
    const init: RequestInit =
      body === undefined ? { method } : { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
    const response = await app.request(`http://localhost${url}`, init);
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
}

describe.each(ENGINES)('target finder, campaign targets and drafting over the UPR Info library (%s)', (engine) => {
  let server: TestServer;
  let admin: Actor;
  let other: Actor;
  let campaignId = '';

  beforeAll(async () => {
    if (!UPR_INFO) return;
    server = await createTestServer(engine);
    const bytes = fs.readFileSync(UPR_INFO);
    await importRecommendations(server.deps, 'library', { fileName: path.basename(UPR_INFO), bytes, skipBadRows: false });
    const org = await createOrganisation(server, 'Kenya Child Rights Network', {
      name: 'Wanjiru Admin',
      email: 'wanjiru@example.org',
      password: 'kenya password 123',
    });
    admin = { orgId: org.orgId, userId: org.userId, role: 'admin' };
    const second = await createOrganisation(server, 'Other Org', OTHER_ADMIN);
    other = { orgId: second.orgId, userId: second.userId, role: 'admin' };
    campaignId = (await createCampaign(server.deps, admin, { stateIso3: 'KEN', name: 'Kenya 2030' }, 'en')).id;
    await setCampaignIssues(server.deps, admin, campaignId, [CHILD], 'en');
  }, 240_000);
  afterAll(async () => server?.dispose());

  it.skipIf(!UPR_INFO)('ranks the States that most often recommended on the issue near the top, with explained scores', async () => {
    const counts = childCountsFromFile();
    const byCount = [...counts].sort((a, b) => b[1] - a[1]);
    const fifth = byCount[4]![1];
    const top5 = byCount.filter(([, n]) => n >= fifth).map(([iso3]) => iso3);
    const result = await findTargets(server.deps, admin, campaignId, { limit: 50 }, 'en');
    expect(result).toMatchObject({ state: { iso3: 'KEN', name: 'Kenya' }, issues: [{ issue: CHILD }], currentCycle: 5 });
    expect(result.targets).toHaveLength(50);
    expect(result.targets.some((t) => t.iso3 === 'KEN')).toBe(false);

    const rankOf = new Map(result.targets.map((t) => [t.iso3, t.rank]));
    for (const iso3 of top5) {
      const row = result.targets.find((t) => t.iso3 === iso3)!;
      expect(row.facts.issueRecs).toBe(counts.get(iso3));
      // The score also weighs the State's record with Kenya: one that never recommended anything
      // to Kenya (Canada, tied 4th with 187) loses the 25 points of that component.
      if (row.facts.toSur > 0) expect(rankOf.get(iso3), iso3).toBeLessThanOrEqual(10);
      else expect(rankOf.get(iso3), iso3).toBeLessThanOrEqual(25);
    }
    const scores = result.targets.map((t) => t.score);
    expect(scores.every((s) => s >= 0 && s <= 100)).toBe(true);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(result.targets.map((t) => t.rank)).toEqual(result.targets.map((_, i) => i + 1));
    for (const t of result.targets.slice(0, 10)) {
      const points = Object.values(t.components).reduce((s, c) => s + c.points, 0);
      expect(points).toBeCloseTo(t.score, 6);
      expect(t.evidence.issueByCycle.reduce((s, c) => s + c.count, 0)).toBe(t.facts.issueRecs);
      expect(t.evidence.byCycle.reduce((s, c) => s + c.supported + c.noted + c.other, 0)).toBe(t.facts.toSur);
    }
  });

  it.skipIf(!UPR_INFO)('shows real recommendation texts of each State as evidence, preferring those to Kenya on the issue', async () => {
    const rows = readUprInfoRows()!;
    const made = new Set(rows.map((r) => `${r.rs_iso3}|${r.sur_iso3}|${r.recommendation}`));
    const { targets } = await findTargets(server.deps, admin, campaignId, { limit: 10 }, 'en');
    for (const t of targets) {
      expect(t.evidence.samples.length).toBeGreaterThan(0);
      expect(t.evidence.samples.length).toBeLessThanOrEqual(3);
      for (const s of t.evidence.samples) expect(made.has(`${t.iso3}|${s.sur.iso3}|${s.text}`), s.text).toBe(true);
      const kenyaOnIssue = rows.filter((r) => r.rs_iso3 === t.iso3 && r.sur_iso3 === 'KEN' && r.issues.split('; ').includes(CHILD)).length;
      if (kenyaOnIssue > 0) expect(t.evidence.samples[0]).toMatchObject({ sur: { iso3: 'KEN' }, onIssues: true });
      else expect(t.evidence.samples[0]!.onIssues).toBe(true);
    }
  });

  it.skipIf(!UPR_INFO)('filters by EU membership and regional group, and leaves out States already targeted', async () => {
    const eu = await findTargets(server.deps, admin, campaignId, { euOnly: true, limit: 100 }, 'en');
    expect(eu.targets.length).toBeGreaterThan(10);
    expect(eu.targets.length).toBeLessThanOrEqual(27);
    expect(eu.targets.every((t) => t.euMember)).toBe(true);
    const african = await findTargets(server.deps, admin, campaignId, { regionalGroup: ['African'], limit: 100 }, 'en');
    expect(african.targets.length).toBeGreaterThan(10);
    expect(african.targets.every((t) => t.regionalGroup === 'African')).toBe(true);

    const top = await findTargets(server.deps, admin, campaignId, { limit: 5 }, 'en');
    const chosen = top.targets.slice(0, 2).map((t) => t.iso3);
    await addTargets(server.deps, admin, campaignId, chosen, 'en');
    const marked = await findTargets(server.deps, admin, campaignId, { limit: 5 }, 'en');
    expect(marked.targets.filter((t) => t.alreadyTarget).map((t) => t.iso3)).toEqual(chosen);
    const rest = await findTargets(server.deps, admin, campaignId, { limit: 5, excludeTargeted: true }, 'en');
    expect(rest.targets.slice(0, 3).map((t) => t.iso3)).toEqual(top.targets.slice(2).map((t) => t.iso3));
    expect(rest.targets.some((t) => chosen.includes(t.iso3) || t.alreadyTarget)).toBe(false);
    expect(rest.matching).toBe(top.matching - 2);
  });

  it.skipIf(!UPR_INFO)('adds targets idempotently with their score, lists, removes; other organisations get 404, viewers 403', async () => {
    const api = routesAs(server, admin);
    const finder = await api('GET', `/api/campaigns/${campaignId}/target-finder?limit=4&excludeTargeted=true`);
    expect(finder.status).toBe(200);
    const two = finder.body.targets.slice(0, 2).map((t: { iso3: string }) => t.iso3);
    const before = (await listTargets(server.deps, admin, campaignId, 'en')).length;
    const added = await api('POST', `/api/campaigns/${campaignId}/targets`, { iso3: two });
    expect(added.status).toBe(200);
    expect(added.body).toHaveLength(before + 2);
    const row = added.body.find((t: { iso3: string }) => t.iso3 === two[0]);
    expect(row).toMatchObject({ addedBy: { id: admin.userId, name: 'Wanjiru Admin' } });
    expect(row.score).toBe(Math.round(finder.body.targets[0].score * 100) / 100);

    const audit = async () =>
      Number(
        (
          await server.deps.db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const audited = await audit();
    const again = await api('POST', `/api/campaigns/${campaignId}/targets`, { iso3: [two[0].toLowerCase(), two[1]] });
    expect(again.body).toEqual(added.body);
    expect(await audit()).toBe(audited);
    expect((await api('POST', `/api/campaigns/${campaignId}/targets`, { iso3: ['XYZ'] })).body.error.code).toBe('unknown-state');
    expect((await api('POST', `/api/campaigns/${campaignId}/targets`, { iso3: ['KEN'] })).status).toBe(400);

    expect((await api('DELETE', `/api/campaigns/${campaignId}/targets/${two[1]}`)).status).toBe(204);
    expect((await api('GET', `/api/campaigns/${campaignId}/targets`)).body.map((t: { iso3: string }) => t.iso3)).not.toContain(two[1]);
    expect((await api('DELETE', `/api/campaigns/${campaignId}/targets/${two[1]}`)).status).toBe(404);

    const stranger = routesAs(server, other);
    for (const [method, url, body] of [
      ['GET', `/api/campaigns/${campaignId}/target-finder`],
      ['GET', `/api/campaigns/${campaignId}/targets`],
      ['POST', `/api/campaigns/${campaignId}/targets`, { iso3: ['FRA'] }],
      ['GET', `/api/campaigns/${campaignId}/issues`],
    ] as const) {
      expect((await stranger(method, url, body)).status, `${method} ${url}`).toBe(404);
    }
    await expect(listTargets(server.deps, other, campaignId, 'en')).rejects.toMatchObject({ code: 'not-found' });
    const viewer = routesAs(server, { ...admin, userId: 'viewer-user', role: 'viewer' });
    expect((await viewer('POST', `/api/campaigns/${campaignId}/targets`, { iso3: ['FRA'] })).status).toBe(403);
    expect((await viewer('GET', `/api/campaigns/${campaignId}/targets`)).status).toBe(200);
  });

  it.skipIf(!UPR_INFO)('sets and reads the campaign issues, refusing unknown labels and too many', async () => {
    const api = routesAs(server, admin);
    const set = await api('PUT', `/api/campaigns/${campaignId}/issues`, { issues: ['Права ребёнка', 'international instruments', CHILD] });
    expect(set.status).toBe(200);
    expect(set.body.issues.map((i: { issue: string }) => i.issue)).toEqual(['International instruments', CHILD]);
    expect((await api('GET', `/api/campaigns/${campaignId}/issues`)).body).toEqual(set.body);
    const bad = await api('PUT', `/api/campaigns/${campaignId}/issues`, { issues: ['Rights of children'] });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'validation', details: { suggestions: expect.arrayContaining([CHILD]) } });
    expect(
      (
        await api('PUT', `/api/campaigns/${campaignId}/issues`, {
          issues: [
            'Death penalty',
            'Justice',
            'Detention',
            'Torture',
            'NHRI',
            'Migrants',
            'Labour',
            'Corruption',
            'Elections',
            'Poverty',
            'Trafficking',
          ],
        })
      ).status,
    ).toBe(400);
    expect((await api('GET', `/api/campaigns/${campaignId}/issues`)).body).toEqual(set.body);
    const viaQuery = await api(
      'GET',
      `/api/campaigns/${campaignId}/target-finder?issue=Death%20penalty&limit=3&euOnly=true&regionalGroup=WEOG,Eastern%20European`,
    );
    expect(viaQuery.status).toBe(200);
    expect(viaQuery.body.issues.map((i: { issue: string }) => i.issue)).toEqual(['Death penalty']);
    expect((await api('GET', `/api/campaigns/${campaignId}/target-finder?regionalGroup=Atlantis`)).status).toBe(400);
    await setCampaignIssues(server.deps, admin, campaignId, [CHILD], 'en');
  });

  it.skipIf(!UPR_INFO)('lists the 54 issues and suggests issues for free text', async () => {
    const api = routesAs(server, admin);
    const issues = await api('GET', '/api/issues');
    expect(issues.body).toHaveLength(54);
    expect(issues.body).toContainEqual({
      issue: CHILD,
      label: 'Rights of the child',
      labels: { en: 'Rights of the child', ru: 'Права ребёнка' },
    });
    const suggested = await api('POST', '/api/issues/suggest', { text: 'Abolish the death penalty and commute all death sentences' });
    expect(suggested.body[0].issue).toBe('Death penalty');
  });

  it.skipIf(!UPR_INFO)('drafting: estimates the action category, suggests issues and finds the similar past recommendations', async () => {
    const result = await analyzeDraft(server.deps, admin, { text: OP_CRC, campaignId }, 'en');
    expect(result.actionCategory).toMatchObject({ category: 5, verb: 'ratify', label: 'Specific action' });
    expect(result.suggestedIssues.map((i) => i.issue)).toEqual(expect.arrayContaining([CHILD, 'International instruments']));
    expect(result.suggestedIssues.length).toBeLessThanOrEqual(5);
    expect(result.similar).toHaveLength(10);
    const texts = new Set(readUprInfoRows()!.map((r) => r.recommendation));
    for (const s of result.similar) {
      expect(texts.has(s.text), s.text).toBe(true);
      expect(s.recommendingStates.length).toBeGreaterThan(0);
      expect(s.similarity).toBeGreaterThan(0);
    }
    expect(
      result.similar.filter((s) => /ratif/i.test(s.text) && /optional protocol/i.test(s.text) && /child/i.test(s.text)).length,
    ).toBeGreaterThanOrEqual(5);
    expect(result.similar.map((s) => s.similarity)).toEqual([...result.similar.map((s) => s.similarity)].sort((a, b) => b - a));
    expect(result.sur).toMatchObject({ iso3: 'KEN', name: 'Kenya' });
    const answered = result.sur!.responses.supported + result.sur!.responses.noted + result.sur!.responses.other;
    expect(answered).toBeGreaterThanOrEqual(result.sur!.examples.length);
    expect(result.sur!.examples.every((e) => e.sur.iso3 === 'KEN')).toBe(true);

    const api = routesAs(server, admin);
    expect((await api('POST', '/api/drafting/analyze', { text: '   ' })).status).toBe(400);
    expect((await api('POST', '/api/drafting/analyze', { text: 'x'.repeat(2001) })).status).toBe(400);
    // A Russian draft is read through its English UPR terms: same category, issues and precedents.
    const russian = await api('POST', '/api/drafting/analyze', {
      text: 'Ратифицировать Факультативный протокол к Конвенции о правах ребёнка, касающийся процедуры сообщений',
    });
    expect(russian.body.actionCategory).toMatchObject({ category: 5, verb: 'ratify' });
    expect(russian.body.suggestedIssues.map((i: { issue: string }) => i.issue)).toEqual(
      expect.arrayContaining([CHILD, 'International instruments']),
    );
    expect(
      russian.body.similar.filter(
        (s: { text: string }) => /ratif/i.test(s.text) && /optional protocol/i.test(s.text) && /child/i.test(s.text),
      ).length,
    ).toBeGreaterThanOrEqual(5);
    const plain = await api('POST', '/api/drafting/analyze', { text: 'Abolish the death penalty', surIso3: 'kaz' });
    expect(plain.body.actionCategory.category).toBe(5);
    expect(plain.body.sur.iso3).toBe('KAZ');
    expect((await routesAs(server, other)('POST', '/api/drafting/analyze', { text: OP_CRC, campaignId })).status).toBe(404);
  });
});
