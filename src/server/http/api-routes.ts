/**
 * The signed-in API. Handlers only parse, call a use case and present its result.
 */
import { Hono } from 'hono';
import { AppError } from '../../core/errors.js';
import { PLAN_LANGUAGES, type PlanLanguage } from '../../core/strategy/stage-texts.js';
import { inviteRequestSchema, updateLanguageSchema, updateMemberSchema } from '../../shared/contracts/auth.js';
import { createCampaignSchema } from '../../shared/contracts/campaigns.js';
import { CALENDAR_IMPORT_KINDS, importCalendar, type CalendarImportKind } from '../app/calendar-admin.js';
import { campaignIcs, createFeed, getFeedStatus, revokeFeed } from '../app/calendar-feeds.js';
import { createCampaign, deleteCampaign, getCampaign, listCampaigns, updateCampaign } from '../app/campaigns.js';
import { getDashboard } from '../app/dashboard.js';
import { getMe, readAudit, updateLanguage } from '../app/me.js';
import { inviteMember, listInvitations, listMembers, removeMember, revokeInvitation, updateMemberRole } from '../app/members.js';
import { exportSearch, getRecommendation, searchRecommendations } from '../app/search-recommendations.js';
import { searchStates, suggestReview } from '../app/states.js';
import { updateTask } from '../app/tasks.js';
import { actorOf, jsonBody, type Env, type HttpContext } from './context.js';

export function apiRoutes(ctx: HttpContext) {
  const { deps } = ctx;
  const app = new Hono<Env>();
  const lang = (c: { get(key: 'language'): string }) => c.get('language');

  app.get('/api/me', async (c) => c.json(await getMe(deps, actorOf(c))));
  app.put('/api/me/language', async (c) => {
    const { language } = updateLanguageSchema.parse(await jsonBody(c));
    await updateLanguage(deps, actorOf(c), language);
    return c.json({ ok: true });
  });

  app.get('/api/states', (c) => c.json(searchStates(deps, c.req.query('q') ?? '', lang(c))));
  app.get('/api/states/:iso3/review-date', (c) => c.json(suggestReview(deps, c.req.param('iso3'), lang(c))));

  app.get('/api/campaigns', async (c) => c.json(await listCampaigns(deps, actorOf(c), lang(c))));
  app.post('/api/campaigns', async (c) => c.json(await createCampaign(deps, actorOf(c), createCampaignSchema.parse(await jsonBody(c)), lang(c)), 201));
  app.get('/api/campaigns/:id', async (c) => c.json(await getCampaign(deps, actorOf(c), c.req.param('id'), lang(c))));
  app.patch('/api/campaigns/:id', async (c) => c.json(await updateCampaign(deps, actorOf(c), c.req.param('id'), await jsonBody(c), lang(c))));
  app.delete('/api/campaigns/:id', async (c) => {
    await deleteCampaign(deps, actorOf(c), c.req.param('id'));
    return c.body(null, 204);
  });
  app.patch('/api/campaigns/:id/tasks/:stageKey/:taskKey', async (c) =>
    c.json(await updateTask(deps, actorOf(c), c.req.param('id'), c.req.param('stageKey'), c.req.param('taskKey'), await jsonBody(c))),
  );
  app.get('/api/campaigns/:id/plan.ics', async (c) => {
    const requested = c.req.query('lang') ?? lang(c);
    const language: PlanLanguage = (PLAN_LANGUAGES as readonly string[]).includes(requested) ? (requested as PlanLanguage) : 'en';
    const { filename, body } = await campaignIcs(deps, actorOf(c), c.req.param('id'), language);
    return c.body(body, 200, { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"` });
  });

  app.get('/api/recommendations', async (c) => c.json(await searchRecommendations(deps, actorOf(c), c.req.queries())));
  // Before /:id, or "export.csv" would be taken for an id.
  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`/api/recommendations/export.${format}`, async (c) => {
      const file = await exportSearch(deps, actorOf(c), c.req.queries(), format);
      return new Response(file.bytes.slice(), {
        headers: {
          'content-type': file.contentType,
          'content-disposition': `attachment; filename="${file.fileName}"`,
          'x-export-truncated': String(file.truncated),
          'cache-control': 'no-store',
        },
      });
    });
  }
  app.get('/api/recommendations/:id', async (c) => c.json(await getRecommendation(deps, actorOf(c), c.req.param('id'))));

  app.get('/api/dashboard', async (c) => c.json(await getDashboard(deps, actorOf(c), lang(c))));

  app.get('/api/members', async (c) => c.json(await listMembers(deps, actorOf(c))));
  app.patch('/api/members/:id', async (c) => {
    const { role } = updateMemberSchema.parse(await jsonBody(c));
    return c.json(await updateMemberRole(deps, actorOf(c), c.req.param('id'), role));
  });
  app.delete('/api/members/:id', async (c) => {
    await removeMember(deps, actorOf(c), c.req.param('id'));
    return c.body(null, 204);
  });
  app.get('/api/invitations', async (c) => c.json(await listInvitations(deps, actorOf(c))));
  app.post('/api/invitations', async (c) => c.json(await inviteMember(deps, actorOf(c), inviteRequestSchema.parse(await jsonBody(c))), 201));
  app.delete('/api/invitations/:id', async (c) => {
    await revokeInvitation(deps, actorOf(c), c.req.param('id'));
    return c.body(null, 204);
  });

  app.get('/api/calendar-feed', async (c) => c.json(await getFeedStatus(deps, actorOf(c))));
  app.post('/api/calendar-feed', async (c) => c.json(await createFeed(deps, actorOf(c)), 201));
  app.delete('/api/calendar-feed', async (c) => {
    await revokeFeed(deps, actorOf(c));
    return c.body(null, 204);
  });

  app.get('/api/audit', async (c) =>
    c.json(await readAudit(deps, actorOf(c), Number(c.req.query('limit') ?? 50) || 50, c.req.query('before') === undefined ? undefined : Number(c.req.query('before')))),
  );
  app.post('/api/admin/calendar/import', async (c) => {
    const kind = c.req.query('kind') ?? '';
    if (!(CALENDAR_IMPORT_KINDS as readonly string[]).includes(kind)) {
      throw new AppError('validation', `kind must be one of ${CALENDAR_IMPORT_KINDS.join(', ')}`, { issues: [{ path: 'kind', message: 'invalid' }] });
    }
    return c.json(await importCalendar(deps, actorOf(c), kind as CalendarImportKind, await c.req.text()));
  });
  return app;
}
