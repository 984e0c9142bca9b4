/**
 * Signed-in API of the outreach workbench: the board, channels, posts and people,
 * interactions, follow-ups, reminders and group briefings.
 */
import { Hono } from 'hono';
import { createBriefing, listBriefings, recordAttendance } from '../app/briefings.js';
import { getReminders, listCampaignFollowUps, updateFollowUp } from '../app/follow-ups.js';
import { listChannelInteractions, logInteraction } from '../app/interactions.js';
import { appointPerson, createPost, getOutreachBoard, personLeaves, updateChannel, updatePerson } from '../app/outreach.js';
import { actorOf, jsonBody, type Env, type HttpContext } from './context.js';

export function outreachRoutes(ctx: HttpContext) {
  const { deps } = ctx;
  const app = new Hono<Env>();
  const lang = (c: { get(key: 'language'): string }) => c.get('language');
  const channel = '/api/campaigns/:id/outreach/:iso3/:kind';

  app.get('/api/campaigns/:id/outreach', async (c) => c.json(await getOutreachBoard(deps, actorOf(c), c.req.param('id'), lang(c))));
  app.patch(channel, async (c) => {
    await updateChannel(deps, actorOf(c), c.req.param('id'), c.req.param('iso3'), c.req.param('kind'), await jsonBody(c));
    return c.body(null, 204);
  });
  app.post(`${channel}/posts`, async (c) =>
    c.json(await createPost(deps, actorOf(c), c.req.param('id'), c.req.param('iso3'), c.req.param('kind'), await jsonBody(c)), 201),
  );
  app.get(`${channel}/interactions`, async (c) =>
    c.json(await listChannelInteractions(deps, actorOf(c), c.req.param('id'), c.req.param('iso3'), c.req.param('kind'))),
  );
  app.post(`${channel}/interactions`, async (c) =>
    c.json(await logInteraction(deps, actorOf(c), c.req.param('id'), c.req.param('iso3'), c.req.param('kind'), await jsonBody(c), lang(c)), 201),
  );

  app.post('/api/campaigns/:id/posts/:postId/people', async (c) =>
    c.json(await appointPerson(deps, actorOf(c), c.req.param('id'), c.req.param('postId'), await jsonBody(c)), 201),
  );
  app.patch('/api/campaigns/:id/people/:personId', async (c) => {
    await updatePerson(deps, actorOf(c), c.req.param('id'), c.req.param('personId'), await jsonBody(c));
    return c.body(null, 204);
  });
  app.post('/api/campaigns/:id/people/:personId/leave', async (c) => {
    await personLeaves(deps, actorOf(c), c.req.param('id'), c.req.param('personId'), await jsonBody(c));
    return c.body(null, 204);
  });

  // Open ones by default; `?done=true` the done ones only; `?includeDone=true` both.
  app.get('/api/campaigns/:id/follow-ups', async (c) => {
    const selection = c.req.query('done') === 'true' ? 'done' : c.req.query('includeDone') === 'true' ? 'all' : 'open';
    return c.json(await listCampaignFollowUps(deps, actorOf(c), c.req.param('id'), selection, lang(c)));
  });
  app.patch('/api/campaigns/:id/follow-ups/:followUpId', async (c) => {
    await updateFollowUp(deps, actorOf(c), c.req.param('id'), c.req.param('followUpId'), await jsonBody(c));
    return c.body(null, 204);
  });
  app.get('/api/reminders', async (c) => c.json(await getReminders(deps, actorOf(c), lang(c))));

  app.get('/api/campaigns/:id/briefings', async (c) => c.json(await listBriefings(deps, actorOf(c), c.req.param('id'), lang(c))));
  app.post('/api/campaigns/:id/briefings', async (c) => c.json(await createBriefing(deps, actorOf(c), c.req.param('id'), await jsonBody(c), lang(c)), 201));
  app.put('/api/campaigns/:id/briefings/:briefingId/attendance', async (c) =>
    c.json(await recordAttendance(deps, actorOf(c), c.req.param('id'), c.req.param('briefingId'), await jsonBody(c), lang(c))),
  );
  return app;
}
