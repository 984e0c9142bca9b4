/**
 * The HTTP application: security middleware, public routes, better-auth, the signed-in API
 * behind a session check (deny by default), and the built web app for every other path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { AppError } from '../../core/errors.js';
import { apiRoutes } from './api-routes.js';
import { recommendationImportRoutes } from './recommendation-import-routes.js';
import { targetRoutes } from './target-routes.js';
import { advocacyRoutes } from './advocacy-routes.js';
import { outreachRoutes } from './outreach-routes.js';
import { contactsRoutes } from './contacts-routes.js';
import { outcomeRoutes } from './outcome-routes.js';
import { afterReviewRoutes } from './after-review-routes.js';
import { organisationExportRoutes } from './organisation-export-routes.js';
import type { Env, HttpContext } from './context.js';
import { errorResponse, handleError } from './errors.js';
import { publicRoutes } from './public-routes.js';
import { authGateway } from './auth-gateway.js';
import { accountRoutes } from './account-routes.js';
import { passwordResetRoutes } from './password-reset-routes.js';
import { sessionGate } from './session-gate.js';
import { limitBody, sameOrigin, securityHeaders } from './security.js';

export interface HttpOptions {
  /** Folder of the built web app (index.html + assets); the API works without it. */
  webDir: string | null;
  version: string;
}

/** The client address from the socket; forwarded-for headers are not trusted. */
function clientIp(c: Parameters<typeof getConnInfo>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local';
  }
}

export function createHttpApp(ctx: HttpContext, options: HttpOptions) {
  const app = new Hono<Env>();
  app.onError(handleError);
  app.use('*', securityHeaders);
  app.use('*', limitBody);
  app.use('*', sameOrigin);
  app.use('*', async (c, next) => {
    c.set('clientIp', clientIp(c));
    c.set('language', 'en');
    return next();
  });

  app.on(['GET', 'POST'], '/api/auth/*', authGateway(ctx));
  app.route('/', publicRoutes(ctx, options.version));
  app.route('/', passwordResetRoutes(ctx));

  app.use('/api/*', sessionGate(ctx));
  app.route('/', apiRoutes(ctx));
  app.route('/', accountRoutes(ctx));
  app.route('/', recommendationImportRoutes(ctx));
  app.route('/', targetRoutes(ctx));
  app.route('/', advocacyRoutes(ctx));
  app.route('/', outreachRoutes(ctx));
  app.route('/', contactsRoutes(ctx));
  app.route('/', outcomeRoutes(ctx));
  app.route('/', afterReviewRoutes(ctx));
  app.route('/', organisationExportRoutes(ctx));
  app.all('/api/*', (c) => errorResponse(c, new AppError('not-found', `No API route ${c.req.method} ${c.req.path}`)));

  const webDir = options.webDir;
  if (webDir && fs.existsSync(path.join(webDir, 'index.html'))) {
    const indexHtml = fs.readFileSync(path.join(webDir, 'index.html'), 'utf8');
    app.use('/assets/*', serveStatic({ root: path.relative(process.cwd(), webDir) || '.' }));
    app.get('*', serveStatic({ root: path.relative(process.cwd(), webDir) || '.' }));
    // The SPA owns every other path (client-side routes such as /campaigns/123).
    app.get('*', (c) => c.html(indexHtml));
  } else {
    app.get('/', (c) => c.text('The web app is not built. Run `npm run build:web` (npm start does it for you).', 503));
  }
  return app;
}
