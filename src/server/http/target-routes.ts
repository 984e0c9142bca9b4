/**
 * Signed-in API of the campaign's issues, the target-State finder, the campaign's targets, the
 * drafting helper and the UPR Info issue vocabulary. Handlers only parse, call and present.
 */
import { Hono } from 'hono';
import { setCampaignIssuesSchema, addTargetsSchema, targetFinderQuerySchema } from '../../shared/contracts/targets.js';
import { getCampaignIssues, listIssues, setCampaignIssues, suggestIssuesForText } from '../app/campaign-issues.js';
import { analyzeDraft } from '../app/drafting.js';
import { addTargets, findTargets, listTargets, removeTarget } from '../app/targets.js';
import { actorOf, jsonBody, type Env, type HttpContext } from './context.js';

/** Every value of a repeatable query parameter, comma-separated lists split (`?regionalGroup=WEOG,GRULAC`). */
function many(values: string[] | undefined, splitCommas: boolean): string[] | undefined {
  if (!values || values.length === 0) return undefined;
  const all = splitCommas ? values.flatMap((v) => v.split(',')) : values;
  const kept = all.map((v) => v.trim()).filter((v) => v.length > 0);
  return kept.length > 0 ? kept : undefined;
}

function one(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

export function targetRoutes(ctx: HttpContext) {
  const { deps } = ctx;
  const app = new Hono<Env>();
  const lang = (c: { get(key: 'language'): string }) => c.get('language');

  app.get('/api/issues', (c) => c.json(listIssues(lang(c))));
  app.post('/api/issues/suggest', async (c) => c.json(suggestIssuesForText(deps, actorOf(c), await jsonBody(c), lang(c))));

  app.get('/api/campaigns/:id/issues', async (c) => c.json(await getCampaignIssues(deps, actorOf(c), c.req.param('id'), lang(c))));
  app.put('/api/campaigns/:id/issues', async (c) => {
    const { issues } = setCampaignIssuesSchema.parse(await jsonBody(c));
    return c.json(await setCampaignIssues(deps, actorOf(c), c.req.param('id'), issues, lang(c)));
  });

  app.get('/api/campaigns/:id/target-finder', async (c) => {
    const filters = targetFinderQuerySchema.parse({
      regionalGroup: many(c.req.queries('regionalGroup'), true),
      euOnly: one(c.req.query('euOnly')),
      excludeTargeted: one(c.req.query('excludeTargeted')),
      limit: one(c.req.query('limit')),
      issue: many(c.req.queries('issue'), false),
    });
    return c.json(await findTargets(deps, actorOf(c), c.req.param('id'), filters, lang(c)));
  });

  app.get('/api/campaigns/:id/targets', async (c) => c.json(await listTargets(deps, actorOf(c), c.req.param('id'), lang(c))));
  app.post('/api/campaigns/:id/targets', async (c) => {
    const { iso3 } = addTargetsSchema.parse(await jsonBody(c));
    return c.json(await addTargets(deps, actorOf(c), c.req.param('id'), iso3, lang(c)));
  });
  app.delete('/api/campaigns/:id/targets/:iso3', async (c) => {
    await removeTarget(deps, actorOf(c), c.req.param('id'), c.req.param('iso3'));
    return c.body(null, 204);
  });

  app.post('/api/drafting/analyze', async (c) => c.json(await analyzeDraft(deps, actorOf(c), await jsonBody(c), lang(c))));
  return app;
}
