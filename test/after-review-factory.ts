/**
 * A campaign two years after Slovenia's review of 28 January 2025, built through the API as a
 * user would: Russian document settings, three key issues with Cyrillic titles, targets with
 * an embassy post and its holder, the outcome (four recommendations in the wording of
 * A/HRC/59/15), confirmed matches, responses, monitoring status and dated evidence. Shared by
 * the mid-term report and next-cycle tests.
 */
import { expect } from 'vitest';
import type { TestServer } from './db-helpers.js';
import type { TestClient } from './http-client.js';

export const REVIEW = '2025-01-28';
/** Inside the `mid-term-report` window (R + 24 … 30 months). */
export const MIDTERM_TODAY = '2027-03-01';

export const ISSUES = {
  ombudsman: { title: 'Независимость омбудсмена', ask: 'Guarantee the independence and financial autonomy of the Human Rights Ombudsman.' },
  roma: { title: 'Права рома', ask: 'Improve access of the Roma community to education, employment and healthcare.' },
  erased: { title: 'Права «стёртых»', ask: 'Adopt a law to restore permanent residency rights to the erased people.' },
};

export const RECOMMENDATIONS = [
  {
    paragraph: '140.18',
    text: 'Adopt the necessary measures to ensure the independence and financial autonomy of the Human Rights Ombudsman (Algeria);',
    recommendingStates: ['DZA'],
    response: 'supported',
  },
  {
    paragraph: '140.19',
    text: 'Further strengthen the independence of the Office of the Human Rights Ombudsman (Kazakhstan) (Algeria);',
    recommendingStates: ['KAZ', 'DZA'],
    response: 'supported',
  },
  {
    paragraph: '140.75',
    text: 'Adopt a law to restore permanent residency rights to the “erased” people (Ireland);',
    recommendingStates: ['IRL'],
    response: 'noted',
  },
  {
    paragraph: '140.220',
    text: 'Improve access of the Roma community to education, employment and healthcare (Cyprus);',
    recommendingStates: ['CYP'],
    response: 'partially-supported',
  },
  { paragraph: '140.221', text: 'Ratify the Convention on migrant workers (Chile);', recommendingStates: ['CHL'], response: 'noted' },
];

export const EVIDENCE = {
  text: 'Поправки к Закону об омбудсмене дали Управлению отдельную бюджетную строку.',
  source: 'Официальный вестник № 44/2026',
};

export interface MonitoredCampaign {
  campaignId: string;
  issueIds: Record<keyof typeof ISSUES, string>;
  recIds: Record<string, string>;
  postId: string;
}

async function ok<T = any>(promise: Promise<{ status: number; body: T; text: string }>, what: string): Promise<T> {
  const r = await promise;
  expect(r.status, `${what}: ${r.text.slice(0, 300)}`).toBeLessThan(300);
  return r.body;
}

/** The campaign, through the API of `admin`'s organisation; the server's clock must be past the review. */
export async function seedMonitoredCampaign(_server: TestServer, admin: TestClient): Promise<MonitoredCampaign> {
  const campaignId = (
    await ok(admin.post('/api/campaigns', { stateIso3: 'SVN', reviewDate: REVIEW, name: 'УПО Словении 2025' }), 'campaign')
  ).id as string;
  const base = `/api/campaigns/${campaignId}`;
  await ok(
    admin.patch(`${base}/advocacy/settings`, {
      language: 'ru',
      organisationName: 'Словенская правозащитная сеть',
      contactName: 'Ана Новак',
      contactEmail: 'ana@example.org',
    }),
    'settings',
  );
  const issueIds = {} as Record<keyof typeof ISSUES, string>;
  for (const [key, issue] of Object.entries(ISSUES) as [keyof typeof ISSUES, (typeof ISSUES)[keyof typeof ISSUES]][]) {
    issueIds[key] = (
      await ok(admin.post(`${base}/key-issues`, { title: issue.title, uprInfoIssues: ['NHRI'], recommendations: [issue.ask] }), 'issue')
    ).id;
  }
  await ok(admin.post(`${base}/targets`, { iso3: ['DZA', 'IRL'] }), 'targets');
  const { postId } = await ok(
    admin.post(`${base}/outreach/DZA/embassy/posts`, {
      title: 'UPR focal point',
      person: { name: 'Karim Benali', email: 'karim@diplo.example' },
    }),
    'post',
  );
  await ok(admin.patch(`${base}/outreach/DZA/embassy`, { city: 'Ljubljana' }), 'channel city');
  await ok(admin.put(`${base}/outcome`, { documentSymbol: 'A/HRC/59/15', recommendations: RECOMMENDATIONS }), 'outcome');
  const outcome = await ok(admin.get(`${base}/outcome`), 'outcome read');
  const recIds: Record<string, string> = Object.fromEntries(
    outcome.recommendations.map((r: { paragraph: string; id: string }) => [r.paragraph, r.id]),
  );
  const { matches } = await ok(admin.post(`${base}/outcome/matches/suggest`), 'matches');
  const confirm = async (paragraph: string, issueId: string) => {
    const match = matches.find((m: { paragraph: string; keyIssueId: string }) => m.paragraph === paragraph && m.keyIssueId === issueId);
    expect(match, `a suggested match of ${paragraph}`).toBeDefined();
    await ok(admin.patch(`${base}/outcome/matches/${match.id}`, { status: 'confirmed' }), 'match');
  };
  await confirm('140.18', issueIds.ombudsman);
  await confirm('140.220', issueIds.roma);
  await confirm('140.75', issueIds.erased);
  for (const paragraph of ['140.18', '140.19', '140.75', '140.220']) {
    await ok(admin.patch(`${base}/outcome/recommendations/${recIds[paragraph]}`, { ofInterest: true }), 'of interest');
  }
  const monitoring = `${base}/monitoring`;
  await ok(
    admin.patch(`${monitoring}/${recIds['140.18']}`, { status: 'in-progress', ministry: 'Министерство юстиции', date: '2025-09-01' }),
    'status',
  );
  await ok(
    admin.post(`${monitoring}/${recIds['140.18']}/evidence`, { date: '2025-05-20', text: 'Draft amendment published for consultation.' }),
    'evidence',
  );
  await ok(admin.post(`${monitoring}/${recIds['140.18']}/evidence`, { date: '2026-06-10', ...EVIDENCE }), 'evidence');
  await ok(admin.patch(`${monitoring}/${recIds['140.220']}`, { status: 'partially-implemented', date: '2026-02-01' }), 'status');
  return { campaignId, issueIds, recIds, postId };
}

/**
 * A saved outcome of one noted recommendation (120.4, by France) that the campaign follows, so
 * a lobbying task exists; its due date is moved to `dueDate` when given. Returns the task.
 */
export async function lobbyingTask(client: TestClient, campaignId: string, dueDate?: string): Promise<{ id: string; dueDate: string }> {
  const outcome = `/api/campaigns/${campaignId}/outcome`;
  const text = 'Ratify the Second Optional Protocol to the International Covenant on Civil and Political Rights (France);';
  const saved = await client.put(outcome, {
    documentSymbol: 'A/HRC/55/1',
    recommendations: [{ paragraph: '120.4', text, recommendingStates: ['FRA'], response: 'noted' }],
  });
  expect(saved.status).toBe(200);
  const [rec] = (await client.get(outcome)).body.recommendations;
  expect((await client.patch(`${outcome}/recommendations/${rec.id}`, { ofInterest: true })).body.lobbyTasks.created).toBe(1);
  const [task] = (await client.get(`${outcome}/tasks`)).body;
  if (dueDate) expect((await client.patch(`${outcome}/tasks/${task.id}`, { dueDate })).status).toBe(204);
  return { id: task.id, dueDate: dueDate ?? task.dueDate };
}
