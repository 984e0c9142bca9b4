/**
 * `GET /api/admin/organisation-export`: an admin downloads all of the organisation's data as
 * one JSON file (format upr-advocate/organisation@1), to import it into another instance with
 * `upr-advocate org import FILE`.
 */
import { Hono } from 'hono';
import { exportOrganisation } from '../app/organisation-transfer.js';
import { actorOf, type Env, type HttpContext } from './context.js';

export function organisationExportRoutes(ctx: HttpContext) {
  const app = new Hono<Env>();
  app.get('/api/admin/organisation-export', async (c) => {
    const document = await exportOrganisation(ctx.deps, actorOf(c));
    const day = ctx.deps.clock.today();
    return new Response(JSON.stringify(document), {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="organisation-${day}.json"`,
        'cache-control': 'no-store',
      },
    });
  });
  return app;
}
