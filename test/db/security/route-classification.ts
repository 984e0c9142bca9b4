/**
 * Every route of the HTTP app, classified: public or not, the tenant-owned objects its path
 * parameters point at, the least role that may call it, the status of a valid call, whether
 * its answer shows the organisation's data, and how to make a valid call for one organisation
 * (its seeded objects, or disposable ones for calls that destroy what they act on).
 *
 * route-table.ts checks this table against `app.routes`: a route added to the app without a
 * line here, or a line for a route that is gone, fails every security test file.
 */
import type { TestServer } from '../../db-helpers.js';
import { ADMIN, type TestClient } from '../../http-client.js';
import {
  CONTACTS_CSV, disposableBriefing, disposableCampaign, disposableInvitation, disposableMember, disposablePost, HRC_SESSIONS_CSV, keyIssue,
  outcomeRecommendation, recommendationsCsv, REPORT_TEXT, type OrgSeed,
} from './seed.js';
import { AFTER_REVIEW_ROUTES } from './route-classification-after-review.js';
import { ACCOUNT_ROUTES } from './route-classification-accounts.js';

export type Role = 'viewer' | 'editor' | 'admin';

/** Tenant-owned objects a path parameter can name. */
export type ObjectKind =
  | 'campaign' | 'key-issue' | 'post' | 'person' | 'follow-up' | 'briefing' | 'outcome-recommendation' | 'match' | 'outcome-task'
  | 'member' | 'invitation' | 'recommendation';

export interface Call {
  params?: Record<string, string>;
  /** The concrete path of a wildcard route. */
  path?: string;
  query?: Record<string, string | string[]>;
  json?: unknown;
  /** A file sent as the raw body. */
  raw?: { contentType: string; body: string };
}

export interface CallContext {
  server: TestServer;
  seed: OrgSeed;
  /** The organisation's admin, who prepares disposable objects. */
  admin: TestClient;
  unique: () => string;
}

/** Ids put inside a request body: the other organisation's, or made up. */
export interface BodyRefs {
  campaignId: string;
  keyIssueId: string;
  channelId: string;
  personId: string;
  userId: string;
}

export interface RouteSpec {
  /** Answered without a session (PUBLIC_API_PREFIXES, or outside /api/). */
  public?: true;
  /** Path parameters naming tenant-owned objects. */
  ids?: Record<string, ObjectKind>;
  /** The least role allowed; null for public routes. */
  minimumRole: Role | null;
  /** Status of a valid call by an allowed caller. */
  ok: number;
  /** What the valid call sends: a JSON body, or a file as the raw body. */
  body?: 'json' | 'file';
  /** A read whose answer shows the organisation's own data (its marker). */
  shows?: true;
  call: (ctx: CallContext) => Call | Call[] | Promise<Call | Call[]>;
  /** The same call with ids of other objects inside the body (isolation). */
  refs?: (ctx: CallContext, refs: BodyRefs) => Call;
}

const [V, E, A] = ['viewer', 'editor', 'admin'] as const;
const campaign = { id: 'campaign' } as const;
const c = (ctx: CallContext, extra: Record<string, string> = {}) => ({ id: ctx.seed.campaignId, ...extra });
const channel = (ctx: CallContext) => c(ctx, { iso3: 'DEU', kind: 'embassy' });

export const ROUTES: Record<string, RouteSpec> = {
  // Public: health, first-run setup, better-auth, invitation links, secret calendar feeds, the web app.
  'GET /api/auth/*': { public: true, minimumRole: null, ok: 200, call: () => ({ path: '/api/auth/get-session' }) },
  'POST /api/auth/*': { body: 'json', public: true, minimumRole: null, ok: 200, call: () => ({ path: '/api/auth/sign-in/email', json: { email: ADMIN.email, password: ADMIN.password } }) },
  'GET /api/health': { public: true, minimumRole: null, ok: 200, call: () => ({}) },
  'GET /api/setup/status': { public: true, minimumRole: null, ok: 200, call: () => ({}) },
  'POST /api/setup': {
    body: 'json', public: true, minimumRole: null, ok: 409,
    call: () => ({ json: { setupCode: 'TEST-CODE-0001', organisationName: 'Second setup', name: 'Mallory', email: 'mallory@example.org', password: 'mallory password 1' } }),
  },
  'GET /api/invitations/by-token/:token': { public: true, minimumRole: null, ok: 200, call: (ctx) => ({ params: { token: ctx.seed.invitationToken } }) },
  'POST /api/invitations/by-token/:token/accept': {
    body: 'json', public: true, minimumRole: null, ok: 404, call: () => ({ params: { token: 'no-such-invitation-token' }, json: { name: 'Mallory', password: 'mallory password 1' } }),
  },
  'GET /feeds/:file': { public: true, minimumRole: null, ok: 200, shows: true, call: (ctx) => ({ params: { file: ctx.seed.feedFile } }) },
  'GET /': { public: true, minimumRole: null, ok: 503, call: () => ({}) },
  /** The API's catch-all: an unknown path is 404 for members, 401 for everybody else. */
  'ALL /api/*': { minimumRole: V, ok: 404, call: () => ({ path: '/api/no-such-route' }) },

  // The signed-in user.
  'GET /api/me': { minimumRole: V, ok: 200, shows: true, call: () => ({}) },
  'PUT /api/me/language': { body: 'json', minimumRole: V, ok: 200, call: () => ({ json: { language: 'en' } }) },
  'GET /api/states': { minimumRole: V, ok: 200, call: () => ({ query: { q: 'ger' } }) },
  'GET /api/states/:iso3/review-date': { minimumRole: V, ok: 200, call: () => ({ params: { iso3: 'SVN' } }) },
  'GET /api/dashboard': { minimumRole: V, ok: 200, shows: true, call: () => ({}) },
  'GET /api/reminders': { minimumRole: V, ok: 200, shows: true, call: () => ({}) },
  'GET /api/outcome-reminders': { minimumRole: V, ok: 200, call: () => ({}) },
  'GET /api/audit': { minimumRole: A, ok: 200, shows: true, call: () => ({ query: { limit: '500' } }) },
  'GET /api/admin/organisation-export': { minimumRole: A, ok: 200, shows: true, call: () => ({}) },

  // Campaigns and their plan.
  'GET /api/campaigns': { minimumRole: V, ok: 200, shows: true, call: () => ({}) },
  'POST /api/campaigns': { body: 'json', minimumRole: E, ok: 201, call: (ctx) => ({ json: { stateIso3: 'KAZ', reviewDate: '2027-01-20', name: ctx.unique() } }) },
  'POST /api/campaigns/import': {
    body: 'json', minimumRole: E, ok: 201,
    call: async (ctx) => {
      const file = (await ctx.admin.get(`/api/campaigns/${ctx.seed.campaignId}/campaign-file`)).body;
      return { json: { ...file, name: ctx.unique() } };
    },
  },
  'GET /api/campaigns/:id': { ids: campaign, minimumRole: V, ok: 200, shows: true, call: (ctx) => ({ params: c(ctx) }) },
  'PATCH /api/campaigns/:id': { body: 'json', ids: campaign, minimumRole: E, ok: 200, call: (ctx) => ({ params: c(ctx), json: { name: `${ctx.seed.marker} campaign` } }) },
  'DELETE /api/campaigns/:id': {
    ids: campaign, minimumRole: E, ok: 204, call: async (ctx) => ({ params: { id: (await disposableCampaign(ctx.admin, ctx.unique())).campaignId } }),
  },
  'PATCH /api/campaigns/:id/tasks/:stageKey/:taskKey': {
    body: 'json', ids: campaign, minimumRole: E, ok: 200,
    call: (ctx) => ({ params: c(ctx, { stageKey: ctx.seed.stageKey, taskKey: ctx.seed.taskKey }), json: { note: `${ctx.seed.marker} task note` } }),
    refs: (ctx, refs) => ({ params: c(ctx, { stageKey: ctx.seed.stageKey, taskKey: ctx.seed.taskKey }), json: { assigneeId: refs.userId } }),
  },
  'GET /api/campaigns/:id/plan.ics': { ids: campaign, minimumRole: V, ok: 200, shows: true, call: (ctx) => ({ params: c(ctx) }) },
  'GET /api/campaigns/:id/campaign-file': { ids: campaign, minimumRole: V, ok: 200, shows: true, call: (ctx) => ({ params: c(ctx) }) },
  'GET /api/campaigns/:id/document/:format': {
    ids: campaign, minimumRole: V, ok: 200, shows: true, call: (ctx) => ['docx', 'pdf', 'html'].map((format) => ({ params: c(ctx, { format }) })),
  },

  // Recommendations: search, export, detail, upload.
  'GET /api/recommendations': { minimumRole: V, ok: 200, shows: true, call: () => ({ query: { pageSize: '100' } }) },
  'GET /api/recommendations/export.csv': { minimumRole: V, ok: 200, shows: true, call: () => ({}) },
  'GET /api/recommendations/export.xlsx': { minimumRole: V, ok: 200, shows: true, call: () => ({}) },
  'GET /api/recommendations/:id': { ids: { id: 'recommendation' }, minimumRole: V, ok: 200, shows: true, call: (ctx) => ({ params: { id: ctx.seed.recommendationId } }) },
  'POST /api/admin/recommendations/import': {
    body: 'file', minimumRole: A, ok: 200,
    call: (ctx) => ({ query: { fileName: 'kenya.csv' }, raw: { contentType: 'text/csv', body: recommendationsCsv(ctx.seed.marker) } }),
  },
  'POST /api/admin/calendar/import': {
    body: 'file', minimumRole: A, ok: 200, call: () => ({ query: { kind: 'hrc-sessions' }, raw: { contentType: 'text/csv', body: HRC_SESSIONS_CSV } }),
  },

  // Members, invitations, calendar feed.
  'GET /api/members': { minimumRole: V, ok: 200, shows: true, call: () => ({}) },
  'PATCH /api/members/:id': {
    body: 'json', ids: { id: 'member' }, minimumRole: A, ok: 200,
    call: async (ctx) => ({ params: { id: await disposableMember(ctx.server, ctx.seed.orgId, ctx.unique()) }, json: { role: 'editor' } }),
  },
  'DELETE /api/members/:id': {
    ids: { id: 'member' }, minimumRole: A, ok: 204, call: async (ctx) => ({ params: { id: await disposableMember(ctx.server, ctx.seed.orgId, ctx.unique()) } }),
  },
  'GET /api/invitations': { minimumRole: A, ok: 200, shows: true, call: () => ({}) },
  'POST /api/invitations': { body: 'json', minimumRole: A, ok: 201, call: (ctx) => ({ json: { email: `${ctx.unique()}@invitee.example`, role: 'viewer' } }) },
  'DELETE /api/invitations/:id': {
    ids: { id: 'invitation' }, minimumRole: A, ok: 204, call: async (ctx) => ({ params: { id: await disposableInvitation(ctx.admin, `${ctx.unique()}@gone.example`) } }),
  },
  'GET /api/calendar-feed': { minimumRole: V, ok: 200, call: () => ({}) },
  'POST /api/calendar-feed': { minimumRole: V, ok: 201, call: () => ({}) },
  'DELETE /api/calendar-feed': { minimumRole: V, ok: 204, call: () => ({}) },

  // Issues, targets, drafting helper.
  'GET /api/issues': { minimumRole: V, ok: 200, call: () => ({}) },
  'POST /api/issues/suggest': { body: 'json', minimumRole: V, ok: 200, call: () => ({ json: { text: 'torture in places of detention' } }) },
  'POST /api/drafting/analyze': {
    body: 'json', minimumRole: V, ok: 200,
    call: (ctx) => ({ json: { text: 'Guarantee the independence of the Ombudsman', campaignId: ctx.seed.campaignId } }),
    refs: (_ctx, refs) => ({ json: { text: 'Guarantee the independence of the Ombudsman', campaignId: refs.campaignId } }),
  },
  'GET /api/campaigns/:id/issues': { ids: campaign, minimumRole: V, ok: 200, call: (ctx) => ({ params: c(ctx) }) },
  'PUT /api/campaigns/:id/issues': { body: 'json', ids: campaign, minimumRole: E, ok: 200, call: (ctx) => ({ params: c(ctx), json: { issues: ['NHRI'] } }) },
  'GET /api/campaigns/:id/target-finder': { ids: campaign, minimumRole: V, ok: 200, call: (ctx) => ({ params: c(ctx), query: { limit: '5' } }) },
  'GET /api/campaigns/:id/targets': { ids: campaign, minimumRole: V, ok: 200, call: (ctx) => ({ params: c(ctx) }) },
  'POST /api/campaigns/:id/targets': { body: 'json', ids: campaign, minimumRole: E, ok: 200, call: (ctx) => ({ params: c(ctx), json: { iso3: ['NOR'] } }) },
  'DELETE /api/campaigns/:id/targets/:iso3': {
    ids: campaign, minimumRole: E, ok: 204,
    call: async (ctx) => {
      await ctx.admin.post(`/api/campaigns/${ctx.seed.campaignId}/targets`, { iso3: ['CHL'] });
      return { params: c(ctx, { iso3: 'CHL' }) };
    },
  },

  // The advocacy document.
  'GET /api/campaigns/:id/advocacy': { ids: campaign, minimumRole: V, ok: 200, shows: true, call: (ctx) => ({ params: c(ctx) }) },
  'PATCH /api/campaigns/:id/advocacy/settings': {
    body: 'json', ids: campaign, minimumRole: E, ok: 200, call: (ctx) => ({ params: c(ctx), json: { about: `${ctx.seed.marker} about us` } }),
  },
  'POST /api/campaigns/:id/key-issues': {
    body: 'json', ids: campaign, minimumRole: E, ok: 201,
    call: async (ctx) => ({ params: { id: (await disposableCampaign(ctx.admin, ctx.unique())).campaignId }, json: keyIssue(ctx.unique()) }),
  },
  'PUT /api/campaigns/:id/key-issues/order': {
    body: 'json', ids: campaign, minimumRole: E, ok: 200,
    call: (ctx) => ({ params: c(ctx), json: { ids: [ctx.seed.keyIssueId] } }),
    refs: (ctx, refs) => ({ params: c(ctx), json: { ids: [refs.keyIssueId, ctx.seed.keyIssueId] } }),
  },
  'PUT /api/campaigns/:id/key-issues/:issueId': {
    body: 'json', ids: { id: 'campaign', issueId: 'key-issue' }, minimumRole: E, ok: 200,
    call: (ctx) => ({ params: c(ctx, { issueId: ctx.seed.keyIssueId }), json: keyIssue(`${ctx.seed.marker} ombudsman`) }),
  },
  'DELETE /api/campaigns/:id/key-issues/:issueId': {
    ids: { id: 'campaign', issueId: 'key-issue' }, minimumRole: E, ok: 204,
    call: async (ctx) => {
      const made = await disposableCampaign(ctx.admin, ctx.unique(), true);
      return { params: { id: made.campaignId, issueId: made.keyIssueId! } };
    },
  },

  // Outreach: channels, posts, people, interactions, follow-ups, briefings, contacts.
  'GET /api/campaigns/:id/outreach': { ids: campaign, minimumRole: V, ok: 200, shows: true, call: (ctx) => ({ params: c(ctx) }) },
  'PATCH /api/campaigns/:id/outreach/:iso3/:kind': {
    body: 'json', ids: campaign, minimumRole: E, ok: 204, call: (ctx) => ({ params: channel(ctx), json: { note: `${ctx.seed.marker} channel note` } }),
  },
  'POST /api/campaigns/:id/outreach/:iso3/:kind/posts': {
    body: 'json', ids: campaign, minimumRole: E, ok: 201, call: (ctx) => ({ params: channel(ctx), json: { title: `${ctx.seed.marker} deputy` } }),
  },
  'GET /api/campaigns/:id/outreach/:iso3/:kind/interactions': { ids: campaign, minimumRole: V, ok: 200, shows: true, call: (ctx) => ({ params: channel(ctx) }) },
  'POST /api/campaigns/:id/outreach/:iso3/:kind/interactions': {
    body: 'json', ids: campaign, minimumRole: E, ok: 201,
    call: (ctx) => ({ params: channel(ctx), json: { kind: 'email', date: '2025-02-02', personId: ctx.seed.personId, note: `${ctx.seed.marker} e-mail` } }),
    refs: (ctx, refs) => ({ params: channel(ctx), json: { kind: 'email', date: '2025-02-02', personId: refs.personId } }),
  },
  'POST /api/campaigns/:id/posts/:postId/people': {
    body: 'json', ids: { id: 'campaign', postId: 'post' }, minimumRole: E, ok: 201,
    call: async (ctx) => ({ params: c(ctx, { postId: (await disposablePost(ctx.admin, ctx.seed, ctx.unique())).postId }), json: { name: ctx.unique() } }),
  },
  'PATCH /api/campaigns/:id/people/:personId': {
    body: 'json', ids: { id: 'campaign', personId: 'person' }, minimumRole: E, ok: 204,
    call: (ctx) => ({ params: c(ctx, { personId: ctx.seed.personId }), json: { note: `${ctx.seed.marker} person note` } }),
  },
  'POST /api/campaigns/:id/people/:personId/leave': {
    body: 'json', ids: { id: 'campaign', personId: 'person' }, minimumRole: E, ok: 204,
    call: async (ctx) => ({ params: c(ctx, { personId: (await disposablePost(ctx.admin, ctx.seed, ctx.unique())).personId }), json: { until: '2025-02-03' } }),
  },
  'GET /api/campaigns/:id/follow-ups': { ids: campaign, minimumRole: V, ok: 200, shows: true, call: (ctx) => ({ params: c(ctx), query: { includeDone: 'true' } }) },
  'PATCH /api/campaigns/:id/follow-ups/:followUpId': {
    body: 'json', ids: { id: 'campaign', followUpId: 'follow-up' }, minimumRole: E, ok: 204,
    call: (ctx) => ({ params: c(ctx, { followUpId: ctx.seed.followUpId }), json: { note: `${ctx.seed.marker} follow-up note` } }),
  },
  'GET /api/campaigns/:id/briefings': { ids: campaign, minimumRole: V, ok: 200, shows: true, call: (ctx) => ({ params: c(ctx) }) },
  'POST /api/campaigns/:id/briefings': {
    body: 'json', ids: campaign, minimumRole: E, ok: 201,
    call: (ctx) => ({ params: c(ctx), json: { title: ctx.unique(), date: '2025-02-11', venue: 'capital', channels: [{ iso3: 'IRL', kind: 'embassy' }] } }),
  },
  'PUT /api/campaigns/:id/briefings/:briefingId/attendance': {
    body: 'json', ids: { id: 'campaign', briefingId: 'briefing' }, minimumRole: E, ok: 200,
    call: async (ctx) => ({ params: c(ctx, { briefingId: await disposableBriefing(ctx.admin, ctx.seed, ctx.unique()) }), json: { attendedChannelIds: [] } }),
    refs: (ctx, refs) => ({ params: c(ctx, { briefingId: ctx.seed.briefingId }), json: { attendedChannelIds: [refs.channelId] } }),
  },
  'GET /api/campaigns/:id/contacts.csv': { ids: campaign, minimumRole: V, ok: 200, shows: true, call: (ctx) => ({ params: c(ctx) }) },
  'GET /api/campaigns/:id/contacts.xlsx': { ids: campaign, minimumRole: V, ok: 200, shows: true, call: (ctx) => ({ params: c(ctx) }) },
  'POST /api/campaigns/:id/contacts/preview': {
    body: 'file', ids: campaign, minimumRole: E, ok: 200, call: (ctx) => ({ params: c(ctx), query: { fileName: 'contacts.csv' }, raw: { contentType: 'text/csv', body: CONTACTS_CSV } }),
  },
  'POST /api/campaigns/:id/contacts/import': {
    body: 'file', ids: campaign, minimumRole: E, ok: 201,
    call: (ctx) => ({
      params: c(ctx), query: { fileName: 'contacts.csv', mapping: 'state:0,channel:1,post:2,name:3,email:4' }, raw: { contentType: 'text/csv', body: CONTACTS_CSV },
    }),
  },

  // Outcome and monitoring.
  'POST /api/campaigns/:id/outcome/preview': { body: 'json', ids: campaign, minimumRole: V, ok: 200, call: (ctx) => ({ params: c(ctx), json: { text: REPORT_TEXT } }) },
  'PUT /api/campaigns/:id/outcome': {
    body: 'json', ids: campaign, minimumRole: E, ok: 200,
    call: async (ctx) => ({
      params: { id: (await disposableCampaign(ctx.admin, ctx.unique())).campaignId },
      json: { documentSymbol: 'A/HRC/59/15', recommendations: [outcomeRecommendation('140.1', 'Ratify OPCAT (Ireland);'), outcomeRecommendation('140.2', 'Fund the Ombudsman (Ireland);')] },
    }),
  },
  'GET /api/campaigns/:id/outcome': { ids: campaign, minimumRole: V, ok: 200, shows: true, call: (ctx) => ({ params: c(ctx) }) },
  'PATCH /api/campaigns/:id/outcome/recommendations/:rid': {
    body: 'json', ids: { id: 'campaign', rid: 'outcome-recommendation' }, minimumRole: E, ok: 200,
    call: (ctx) => ({ params: c(ctx, { rid: ctx.seed.supportedRecId }), json: { ofInterest: true } }),
  },
  'POST /api/campaigns/:id/outcome/responses': {
    body: 'json', ids: campaign, minimumRole: E, ok: 200, call: (ctx) => ({ params: c(ctx), json: { text: 'Recommendations 140.18 enjoy the support of Slovenia.', dryRun: true } }),
  },
  'POST /api/campaigns/:id/outcome/matches/suggest': { ids: campaign, minimumRole: E, ok: 200, call: (ctx) => ({ params: c(ctx) }) },
  'PATCH /api/campaigns/:id/outcome/matches/:matchId': {
    body: 'json', ids: { id: 'campaign', matchId: 'match' }, minimumRole: E, ok: 200, call: (ctx) => ({ params: c(ctx, { matchId: ctx.seed.matchId }), json: { status: 'confirmed' } }),
  },
  'GET /api/campaigns/:id/outcome/scoreboard': { ids: campaign, minimumRole: V, ok: 200, shows: true, call: (ctx) => ({ params: c(ctx) }) },
  'POST /api/campaigns/:id/outcome/thank-tasks': { ids: campaign, minimumRole: E, ok: 200, call: (ctx) => ({ params: c(ctx) }) },
  'GET /api/campaigns/:id/outcome/tasks': { ids: campaign, minimumRole: V, ok: 200, shows: true, call: (ctx) => ({ params: c(ctx), query: { includeDone: 'true' } }) },
  'PATCH /api/campaigns/:id/outcome/tasks/:taskId': {
    body: 'json', ids: { id: 'campaign', taskId: 'outcome-task' }, minimumRole: E, ok: 204,
    call: (ctx) => ({ params: c(ctx, { taskId: ctx.seed.lobbyTaskId }), json: { note: `${ctx.seed.marker} lobby note` } }),
  },
  'GET /api/campaigns/:id/monitoring': { ids: campaign, minimumRole: V, ok: 200, shows: true, call: (ctx) => ({ params: c(ctx) }) },
  'PATCH /api/campaigns/:id/monitoring/:rid': {
    body: 'json', ids: { id: 'campaign', rid: 'outcome-recommendation' }, minimumRole: E, ok: 204,
    call: (ctx) => ({ params: c(ctx, { rid: ctx.seed.supportedRecId }), json: { ministry: `${ctx.seed.marker} ministry` } }),
  },
  'POST /api/campaigns/:id/monitoring/:rid/evidence': {
    body: 'json', ids: { id: 'campaign', rid: 'outcome-recommendation' }, minimumRole: E, ok: 201,
    call: (ctx) => ({ params: c(ctx, { rid: ctx.seed.supportedRecId }), json: { date: '2025-02-02', text: `${ctx.seed.marker} draft law` } }),
  },
  ...AFTER_REVIEW_ROUTES, ...ACCOUNT_ROUTES,
};
