/**
 * One of everything, created through the API in one organisation: a campaign with its plan
 * task, targets, key issue, document settings, outreach channel + post + person + interaction
 * (→ follow-up) + briefing, the outcome (recommendations, a confirmed match, a lobbying and a
 * thank task, a monitored recommendation with evidence), an invitation, a calendar feed and
 * recommendations imported into the organisation's namespace. Every free-text field carries
 * the organisation's marker, so a leak into another organisation's answers can be searched for.
 */
import fs from 'node:fs';
import { expect } from 'vitest';
import { insertMember } from '../../../src/server/db/repos/members-repo.js';
import { insertUserWithPassword } from '../../../src/server/db/repos/users-repo.js';
import type { TestServer } from '../../db-helpers.js';
import { createOrganisation, EDITOR, inviteAndAccept, pathOf, VIEWER, type PersonSpec } from '../../factories.js';
import { setUpInstance, TestClient } from '../../http-client.js';

/** The day the world is seeded: a week after Slovenia's 4th review, before the HRC adoption. */
export const SEED_TODAY = '2025-02-03';
export const REVIEW_DATE = '2025-01-28';
export const TARGETS = ['DEU', 'FRA', 'IRL'];
export const OMBUDSMAN_ASK = 'Guarantee the independence and financial autonomy of the Human Rights Ombudsman.';

export interface OrgSeed {
  marker: string;
  orgId: string;
  adminUserId: string;
  adminMemberId: string;
  campaignId: string;
  stageKey: string;
  taskKey: string;
  keyIssueId: string;
  channelId: string;
  postId: string;
  personId: string;
  followUpId: string;
  briefingId: string;
  /** Outcome recommendation ids by paragraph (140.18 supported, 140.75 noted). */
  supportedRecId: string;
  notedRecId: string;
  matchId: string;
  lobbyTaskId: string;
  thankTaskId: string;
  invitationId: string;
  invitationToken: string;
  /** `<token>.ics`: the last path segment of the calendar feed. */
  feedFile: string;
  /** A recommendation imported into the organisation's own namespace. */
  recommendationId: string;
}

export interface SeededOrg {
  seed: OrgSeed;
  admin: TestClient;
}

export interface World {
  server: TestServer;
  a: SeededOrg & { editor: TestClient; viewer: TestClient };
  b: SeededOrg;
}

/** Request bodies of the route classification: a calendar file, a contact sheet, a report, a key issue. */
export const HRC_SESSIONS_CSV = fs.readFileSync(new URL('../../../data/hrc-sessions.csv', import.meta.url), 'utf8');
export const CONTACTS_CSV = 'State;Channel;Post;Name;E-mail\nGermany;embassy;Deputy head;Hans Muller;hans@diplo.example\n';
export const REPORT_TEXT =
  'II. Conclusions and/or recommendations\n140. The following recommendations will be examined by Slovenia:\n140.1 Ratify the Optional Protocol to the Convention against Torture (Chile);\n140.2 Strengthen the independence of the Ombudsman (Ireland);\n';
export const keyIssue = (title: string) => ({ title, uprInfoIssues: ['NHRI'], summary: `${title} summary`, recommendations: [OMBUDSMAN_ASK] });
export const outcomeRecommendation = (paragraph: string, text: string) => ({ paragraph, text, recommendingStates: ['IRL'], response: 'supported' });

export const newMarker = (prefix: string) => `${prefix}secret${Math.random().toString(36).slice(2, 10)}`;

const IMPORT_HEADER =
  'rec_id,cycle,session,session_year,sur_name,sur_iso3,sur_regional_group,sur_orgs,rs_name,rs_iso3,rs_regional_group,rs_orgs,recommendation,response_upr_info,response,action_category,issues,source_file';

/** A two-row UPR Info export whose recommendation text carries the marker. */
export function recommendationsCsv(marker: string): string {
  const row = (rs: string, iso3: string) =>
    `X,1,8,2010,Kenya,KEN,African Group,AU,${rs},${iso3},WEOG,EU,Protect ${marker} human rights defenders from reprisals,Accepted,Supported,5,Human rights defenders,x`;
  return [IMPORT_HEADER, row('France', 'FRA'), row('Spain', 'ESP')].join('\n');
}

function outcomeRecommendations(marker: string) {
  return [
    {
      paragraph: '140.18',
      text: `Adopt the necessary measures to ensure the independence and financial autonomy of the Human Rights Ombudsman ${marker} (Ireland);`,
      recommendingStates: ['IRL'],
      response: 'supported',
    },
    { paragraph: '140.75', text: `Adopt a law to restore permanent residency rights to the "erased" ${marker} (France);`, recommendingStates: ['FRA'], response: 'noted' },
  ];
}

async function ok<T = any>(promise: Promise<{ status: number; body: T; text: string }>, what: string, status = [200, 201, 204]): Promise<T> {
  const response = await promise;
  if (!status.includes(response.status)) throw new Error(`seeding ${what}: ${response.status} ${response.text}`);
  return response.body;
}

/** Creates one of everything in the admin's organisation. */
export async function seedOrganisation(admin: TestClient, marker: string): Promise<OrgSeed> {
  const me = await ok(admin.get('/api/me'), 'me');
  const members = await ok<any[]>(admin.get('/api/members'), 'members');
  const campaign = await ok(admin.post('/api/campaigns', { stateIso3: 'SVN', reviewDate: REVIEW_DATE, name: `${marker} campaign` }), 'campaign');
  const id = campaign.id as string;
  const base = `/api/campaigns/${id}`;
  const stage = campaign.stages.find((s: any) => s.tasks.length > 0);
  const stageKey = stage.key as string;
  const taskKey = stage.tasks[0].key as string;
  await ok(admin.patch(`${base}/tasks/${stageKey}/${taskKey}`, { note: `${marker} task note` }), 'task');
  await ok(admin.post(`${base}/targets`, { iso3: TARGETS }), 'targets');
  await ok(admin.put(`${base}/issues`, { issues: ['National Human Rights Institution'] }), 'issues', [200, 400]);
  await ok(admin.patch(`${base}/advocacy/settings`, { about: `${marker} about us`, contactName: `${marker} contact` }), 'settings');
  const keyIssue = await ok(
    admin.post(`${base}/key-issues`, { title: `${marker} ombudsman`, uprInfoIssues: ['NHRI'], summary: `${marker} summary`, recommendations: [OMBUDSMAN_ASK] }),
    'key issue',
  );
  const { postId } = await ok(
    admin.post(`${base}/outreach/DEU/embassy/posts`, { title: `${marker} focal point`, person: { name: `${marker} person`, email: `${marker}@diplo.example` } }),
    'post',
  );
  const board = await ok(admin.get(`${base}/outreach`), 'board');
  const embassy = board.targets.find((t: any) => t.iso3 === 'DEU').channels.embassy;
  const sent = await ok(admin.post(`${base}/outreach/DEU/embassy/interactions`, { kind: 'document-sent', date: '2025-02-01', note: `${marker} sent` }), 'interaction');
  const briefing = await ok(
    admin.post(`${base}/briefings`, { title: `${marker} briefing`, date: '2025-02-10', venue: 'geneva', euMembers: true, note: `${marker} note` }),
    'briefing',
  );

  await ok(admin.put(`${base}/outcome`, { documentSymbol: `A/HRC/59/15 ${marker}`, recommendations: outcomeRecommendations(marker) }), 'outcome');
  const outcome = await ok(admin.get(`${base}/outcome`), 'outcome read');
  const recId = (paragraph: string) => outcome.recommendations.find((r: any) => r.paragraph === paragraph).id as string;
  const suggested = await ok(admin.post(`${base}/outcome/matches/suggest`), 'matches');
  const match = suggested.matches.find((m: any) => m.paragraph === '140.18') ?? suggested.matches[0];
  expect(match, 'a suggested match to seed').toBeDefined();
  await ok(admin.patch(`${base}/outcome/matches/${match.id}`, { status: 'confirmed' }), 'match');
  await ok(admin.patch(`${base}/outcome/recommendations/${recId('140.18')}`, { ofInterest: true }), 'of interest');
  await ok(admin.patch(`${base}/outcome/recommendations/${recId('140.75')}`, { ofInterest: true }), 'of interest');
  await ok(admin.post(`${base}/outcome/thank-tasks`), 'thank tasks');
  const tasks = await ok<any[]>(admin.get(`${base}/outcome/tasks`), 'outcome tasks');
  await ok(admin.patch(`${base}/monitoring/${recId('140.18')}`, { status: 'in-progress', ministry: `${marker} ministry` }), 'monitoring');
  await ok(admin.post(`${base}/monitoring/${recId('140.18')}/evidence`, { date: '2025-02-01', text: `${marker} evidence`, source: `${marker} gazette` }), 'evidence');

  const invitation = await ok(admin.post('/api/invitations', { email: `${marker}@invitee.example`, role: 'viewer' }), 'invitation');
  const feed = await ok(admin.post('/api/calendar-feed'), 'feed');
  const imported = await admin.request('POST', `/api/admin/recommendations/import?fileName=${marker}.csv`, recommendationsCsv(marker), {
    'content-type': 'application/octet-stream',
  });
  expect(imported.text, 'recommendations import').toContain('"type":"result"');
  const found = await ok(admin.get(`/api/recommendations?q=${marker}`), 'search');
  expect(found.items.length, 'the imported recommendation is found').toBeGreaterThan(0);

  const lobby = tasks.find((t) => t.kind === 'lobby');
  const thank = tasks.find((t) => t.kind === 'thank');
  expect(lobby && thank, 'a lobbying and a thank task').toBeTruthy();
  await ok(admin.patch(`${base}/outcome/tasks/${lobby.id}`, { note: `${marker} lobby note` }), 'lobby note');
  await ok(admin.patch(`${base}/follow-ups/${sent.followUp.id}`, { note: `${marker} follow-up note` }), 'follow-up note');
  return {
    marker,
    orgId: me.organisation.id,
    adminUserId: me.user.id,
    adminMemberId: members[0].id,
    campaignId: id,
    stageKey,
    taskKey,
    keyIssueId: keyIssue.id,
    channelId: embassy.id,
    postId,
    personId: embassy.posts[0].current.id,
    followUpId: sent.followUp.id,
    briefingId: briefing.id,
    supportedRecId: recId('140.18'),
    notedRecId: recId('140.75'),
    matchId: match.id,
    lobbyTaskId: lobby.id,
    thankTaskId: thank.id,
    invitationId: invitation.id,
    invitationToken: (invitation.link as string).split('/').at(-1)!,
    feedFile: pathOf(feed.url).split('/').at(-1)!,
    recommendationId: found.items[0].id,
  };
}

/**
 * Organisation A (set up first: admin, plus an editor and a viewer) and organisation B (its
 * own admin), each seeded with one of everything under its own marker.
 */
export async function seedWorld(server: TestServer): Promise<World> {
  const aMarker = newMarker('a');
  const bMarker = newMarker('b');
  const aAdmin = await setUpInstance(server, `Organisation A ${aMarker}`);
  const editor = (await inviteAndAccept(server, aAdmin, EDITOR, 'editor')).client;
  const viewer = (await inviteAndAccept(server, aAdmin, VIEWER, 'viewer')).client;
  const bPerson: PersonSpec = { name: `Boris ${bMarker}`, email: `${bMarker}@other.example.org`, password: 'other org password' };
  const b = await createOrganisation(server, `Organisation B ${bMarker}`, bPerson);
  const aSeed = await seedOrganisation(aAdmin, aMarker);
  const bSeed = await seedOrganisation(b.client, bMarker);
  return { server, a: { seed: aSeed, admin: aAdmin, editor, viewer }, b: { seed: bSeed, admin: b.client } };
}

export { TestClient };

// Disposable objects for calls that destroy or close what they act on (deletes, a person
// leaving, attendance recorded once): each call gets its own, in the organisation of `admin`.

export async function disposableCampaign(admin: TestClient, name: string, withKeyIssue = false): Promise<{ campaignId: string; keyIssueId?: string }> {
  const campaignId = (await ok(admin.post('/api/campaigns', { stateIso3: 'SVN', reviewDate: REVIEW_DATE, name }), 'disposable campaign')).id as string;
  if (!withKeyIssue) return { campaignId };
  const issue = await ok(admin.post(`/api/campaigns/${campaignId}/key-issues`, { title: name, recommendations: [OMBUDSMAN_ASK] }), 'disposable key issue');
  return { campaignId, keyIssueId: issue.id };
}

/** A new post (with a holder) on the seeded campaign's DEU embassy channel. */
export async function disposablePost(admin: TestClient, seed: OrgSeed, name: string): Promise<{ postId: string; personId: string }> {
  const base = `/api/campaigns/${seed.campaignId}`;
  const { postId } = await ok(admin.post(`${base}/outreach/DEU/embassy/posts`, { title: name, person: { name } }), 'disposable post');
  const board = await ok(admin.get(`${base}/outreach`), 'board');
  const post = board.targets.find((t: any) => t.iso3 === 'DEU').channels.embassy.posts.find((p: any) => p.id === postId);
  return { postId, personId: post.current.id };
}

export async function disposableBriefing(admin: TestClient, seed: OrgSeed, title: string): Promise<string> {
  const briefing = await ok(
    admin.post(`/api/campaigns/${seed.campaignId}/briefings`, { title, date: '2025-02-12', venue: 'online', euMembers: true }),
    'disposable briefing',
  );
  return briefing.id;
}

export async function disposableInvitation(admin: TestClient, email: string): Promise<string> {
  return (await ok(admin.post('/api/invitations', { email, role: 'viewer' }), 'disposable invitation')).id;
}

/**
 * A viewer of the organisation, written through the repositories as an accepted invitation
 * would (the invitation endpoint allows 10 attempts per 15 minutes, which the seeding needs).
 */
export async function disposableMember(server: TestServer, orgId: string, unique: string): Promise<string> {
  const { db, engine, clock } = server.deps;
  const now = clock.now();
  const ids = { userId: crypto.randomUUID(), memberId: crypto.randomUUID() };
  const email = `${unique.toLowerCase().replace(/[^a-z0-9]/g, '')}@member.example`;
  await db.transaction().execute(async (trx) => {
    await insertUserWithPassword(trx, engine, { id: ids.userId, name: `Member ${unique}`, email, passwordHash: 'not-a-password-hash', now });
    await insertMember(trx, { id: ids.memberId, orgId, userId: ids.userId, role: 'viewer', now });
  });
  return ids.memberId;
}
