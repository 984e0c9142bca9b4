/**
 * Writes the XSS sweep's payloads (xss-seed.ts) through the API into every text field a user
 * can fill: campaign, tasks, key issues, document settings, outreach (channels, posts, people,
 * interactions, follow-ups, briefings), a contacts file, a campaign file, the review outcome,
 * outcome tasks, monitoring (with a `javascript:` source), the recommendations library and a
 * member's name. Returns the ids and, per marker, the exact value that must show as text.
 */
import type { OutreachBoardDto } from '../../src/shared/contracts/outreach.js';
import { csvCell, SCRIPT_URL, xss, xssAll, type Api } from './xss-seed.js';

export interface Seeded {
  campaignId: string;
  stageKeys: string[];
  fileCampaignId: string;
  libraryRecommendationId: string;
  /** marker → the value written; the sweep finds each on the pages where it belongs. */
  value: Record<string, string>;
}

interface Campaign {
  id: string;
  stages: { key: string; tasks: { key: string }[] }[];
}

/** Accepts an invitation in a browser-less session of its own, so the admin's session stays. */
export type AcceptInvitation = (token: string, name: string) => Promise<void>;

// Slovenia, reviewed on 28 January 2025: by the e2e "today" (27 Nov 2026) the outcome is adopted
// and implementation is monitored, so every page of the cycle has something to show.
const STATE = 'SVN';
const REVIEW = '2025-01-28';

export async function seedSweep(api: Api, accept: AcceptInvitation): Promise<Seeded> {
  const value: Record<string, string> = {};
  const v = (marker: string, max?: number) => (value[marker] = xss(marker, max));
  const all = (marker: string) => (value[marker] = xssAll(marker));
  const scriptUrl = (marker: string) => (value[marker] = `${SCRIPT_URL}${marker}`);

  const campaign = await api.post<Campaign>('/api/campaigns', { stateIso3: STATE, reviewDate: REVIEW, name: v('XssCampaignName', 160) });
  const base = `/api/campaigns/${campaign.id}`;

  // A member whose chosen name is a payload, assigned to a task.
  const invitation = await api.post<{ link: string }>('/api/invitations', {
    email: `xss.${campaign.id.slice(0, 8)}@example.org`,
    role: 'editor',
  });
  await accept(invitation.link.split('/invite/')[1] ?? '', v('XssMemberName', 120));
  const members = await api.get<{ userId: string; name: string }[]>('/api/members');
  const member = members.find((m) => m.name === value.XssMemberName);
  if (!member) throw new Error('the invited member is not listed');

  // One note per stage, so that every stage page has a payload to show.
  for (const [i, stage] of campaign.stages.entries()) {
    const task = stage.tasks[0];
    if (!task) continue;
    const body = { note: v(`XssTaskNote${i}`, 2000), ...(i === 0 ? { assigneeId: member.userId } : {}) };
    await api.patch(`${base}/tasks/${stage.key}/${task.key}`, body);
  }

  const issue = await api.post<{ id: string }>(`${base}/key-issues`, {
    title: v('XssIssueTitle', 160),
    uprInfoIssues: ['NHRI'],
    summary: all('XssIssueSummary'),
    recommendations: [v('XssIssueRecommendation', 600), all('XssIssueAsk')],
    questions: [v('XssIssueQuestion', 400)],
    references: [v('XssIssueReference', 300)],
  });
  await api.patch(`${base}/advocacy/settings`, {
    organisationName: v('XssOrganisation', 160),
    about: all('XssAbout'),
    contactName: v('XssContactName', 120),
    contactEmail: v('XssContactEmail', 254),
    contactPhone: v('XssPhone', 60),
  });

  await seedOutreach(api, base, v, all);
  await seedOutcome(api, base, issue.id, v, all, scriptUrl);
  const fileCampaignId = await importCampaignFile(api, v, all, scriptUrl);
  const libraryRecommendationId = await importLibrary(api, v);
  // Not stored: a search typed into the address bar, which the page reflects in its search box.
  all('XssQuery');
  return { campaignId: campaign.id, stageKeys: campaign.stages.map((s) => s.key), fileCampaignId, libraryRecommendationId, value };
}

type Put = (marker: string, max?: number) => string;

async function seedOutreach(api: Api, base: string, v: Put, all: Put): Promise<void> {
  await api.post(`${base}/targets`, { iso3: ['DEU', 'FRA'] });
  const embassy = `${base}/outreach/DEU/embassy`;
  await api.patch(embassy, { city: v('XssCity', 120), phone: v('XssChPhone', 60), note: all('XssChannelNote') });
  const { postId } = await api.post<{ postId: string }>(`${embassy}/posts`, {
    title: v('XssPostTitle', 120),
    person: { name: v('XssPersonName', 120), email: 'anna.schmidt@example.org', phone: v('XssPPhone', 60), note: v('XssPersonNote', 2000) },
  });
  const board = await api.get<OutreachBoardDto>(`${base}/outreach`);
  const post = board.targets.find((t) => t.iso3 === 'DEU')?.channels.embassy.posts.find((p) => p.id === postId);
  if (!post?.current) throw new Error('the new post has no holder');
  const logged = await api.post<{ followUp: { id: string } | null }>(`${embassy}/interactions`, {
    kind: 'meeting-request',
    date: '2026-11-20',
    personId: post.current.id,
    note: all('XssInteractionNote'),
    meetingDate: '2026-12-08',
  });
  if (!logged.followUp) throw new Error('a meeting request should create its meeting follow-up');
  await api.patch(`${base}/follow-ups/${logged.followUp.id}`, { note: v('XssFollowUpNote', 2000) });
  await api.post(`${base}/briefings`, {
    title: v('XssBriefingTitle', 160),
    date: '2026-12-10',
    venue: 'geneva',
    note: all('XssBriefingNote'),
    channels: [{ iso3: 'DEU', kind: 'mission' }],
  });
  const csv = [
    'State,Channel,Post,Name,E-mail,Phone,Note',
    [
      'France',
      'Embassy',
      v('XssCsvPost', 120),
      v('XssCsvName', 120),
      'csv.contact@example.org',
      v('XssCsvPhone', 60),
      v('XssCsvNote', 2000),
    ]
      .map(csvCell)
      .join(','),
  ].join('\n');
  await api.upload(`${base}/contacts/import?fileName=contacts.csv&mapping=state:0,channel:1,post:2,name:3,email:4,phone:5,note:6`, csv);
}

interface Outcome {
  recommendations: { id: string; paragraph: string }[];
}

async function seedOutcome(api: Api, base: string, issueId: string, v: Put, all: Put, scriptUrl: Put): Promise<void> {
  await api.put(`${base}/outcome`, {
    documentSymbol: v('XssSymbol', 60),
    fileName: v('XssFileName', 255),
    recommendations: [
      { paragraph: '140.1', text: all('XssOutcomeSupported'), recommendingStates: ['DEU'], response: 'supported' },
      { paragraph: '140.2', text: v('XssOutcomeNoted', 4000), recommendingStates: ['FRA'], response: 'noted' },
    ],
  });
  const outcome = await api.get<Outcome>(`${base}/outcome`);
  const id = (paragraph: string) => outcome.recommendations.find((r) => r.paragraph === paragraph)?.id ?? '';
  for (const paragraph of ['140.1', '140.2']) await api.patch(`${base}/outcome/recommendations/${id(paragraph)}`, { ofInterest: true });
  // The key issue's asks are matched against the report: the matching page shows them.
  const { matches } = await api.post<{ matches: { id: string; keyIssueId: string }[] }>(`${base}/outcome/matches/suggest`);
  const match = matches.find((m) => m.keyIssueId === issueId);
  if (match) await api.patch(`${base}/outcome/matches/${match.id}`, { status: 'confirmed' });
  const thanks = await api.post<{ created: { id: string }[] }>(`${base}/outcome/thank-tasks`);
  for (const task of thanks.created) await api.patch(`${base}/outcome/tasks/${task.id}`, { note: v('XssThankNote', 2000) });

  const monitored = `${base}/monitoring/${id('140.1')}`;
  await api.patch(monitored, { status: 'in-progress', ministry: v('XssMinistry', 200), date: '2025-09-01' });
  await api.post(`${monitored}/evidence`, { date: '2026-06-10', text: all('XssEvidence'), source: scriptUrl('XssScriptSource') });
  await api.post(`${monitored}/evidence`, {
    date: '2026-07-01',
    text: 'Second reading of the draft law.',
    source: v('XssEvidenceSource', 500),
  });
}

/** A campaign file as a partner would send it, every text a payload. */
async function importCampaignFile(api: Api, v: Put, all: Put, scriptUrl: Put): Promise<string> {
  const file = {
    format: 'upr-advocate/campaign@1',
    name: v('XssFileCampaign', 160),
    state: 'TJK',
    reviewDate: '2027-05-05',
    language: 'en',
    organisation: { name: v('XssFileOrganisation', 160), about: all('XssFileAbout') },
    contact: { name: v('XssFileContact', 120), email: scriptUrl('XssFileEmail'), phone: v('XssFPhone', 60) },
    issues: [
      {
        title: v('XssFileIssue', 160),
        summary: all('XssFileSummary'),
        recommendations: [v('XssFileRecommendation', 600)],
        questions: [v('XssFileQuestion', 400)],
        references: [v('XssFileReference', 300)],
      },
    ],
    targets: [
      {
        state: 'DEU',
        channels: [
          {
            kind: 'mission',
            posts: [
              {
                title: v('XssFilePost', 120),
                people: [
                  {
                    name: v('XssFilePerson', 120),
                    email: scriptUrl('XssFilePersonEmail'),
                    phone: v('XssFPPhone', 60),
                    note: v('XssFileNote', 2000),
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
  return (await api.post<{ id: string }>('/api/campaigns/import', file)).id;
}

/** One recommendation of the shared library, from a UPR Info file the admin uploads. */
async function importLibrary(api: Api, v: Put): Promise<string> {
  const text = v('XssLibrary', 4000);
  const csv = ['session,sur_iso3,rs_iso3,recommendation,response', ['40', 'SVN', 'DEU', text, 'Supported'].map(csvCell).join(',')].join(
    '\n',
  );
  const answer = await api.uploadText('/api/admin/recommendations/import?fileName=xss-library.csv', csv);
  if (!answer.includes('"type":"result"')) throw new Error(`library import failed: ${answer}`);
  const found = await api.get<{ items: { id: string; text: string }[] }>('/api/recommendations?q=XssLibrary');
  const item = found.items.find((i) => i.text === text);
  if (!item) throw new Error(`the imported recommendation is not found: ${JSON.stringify(found.items)}`);
  return item.id;
}
