/**
 * Upload of a recommendations file by an organisation admin. The file is sent as the raw
 * request body (up to MAX_IMPORT_BYTES); the answer streams newline-delimited JSON so the page
 * can draw a progress bar: `{"type":"progress",…}` lines, then one `{"type":"result",…}` or
 * `{"type":"error","error":{…}}` line.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { stream } from 'hono/streaming';
import { AppError } from '../../core/errors.js';
import { authorize } from '../app/deps.js';
import { importRecommendations, type ImportProgress } from '../app/import-recommendations.js';
import { actorOf, type Env, type HttpContext } from './context.js';
import { errorResponse, toAppError } from './errors.js';

export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
export const IMPORT_PATH = '/api/admin/recommendations/import';
/** At most one progress line per interval: enough for a smooth bar, little traffic. */
const PROGRESS_INTERVAL_MS = 250;

export function recommendationImportRoutes(ctx: HttpContext) {
  const app = new Hono<Env>();
  app.post(
    IMPORT_PATH,
    bodyLimit({
      maxSize: MAX_IMPORT_BYTES,
      onError: (c) => errorResponse(c, new AppError('payload-too-large', `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`)),
    }),
    async (c) => {
      const fileName = (c.req.query('fileName') ?? '').trim();
      if (!fileName) throw new AppError('validation', 'Give the file name (it tells the format).', { issues: [{ path: 'fileName', message: 'required' }] });
      const skipBadRows = c.req.query('skipBadRows') === 'true';
      const actor = actorOf(c);
      // Refuse before reading the body and before the streamed 200 starts.
      authorize(actor, 'recommendations.import');
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      c.header('Content-Type', 'application/x-ndjson; charset=utf-8');
      return stream(c, async (out) => {
        let last = 0;
        const onProgress = (progress: ImportProgress) => {
          const now = Date.now();
          if (progress.phase !== 'done' && now - last < PROGRESS_INTERVAL_MS) return;
          last = now;
          void out.write(`${JSON.stringify({ type: 'progress', ...progress })}\n`);
        };
        try {
          const result = await importRecommendations(ctx.deps, actor, { fileName, bytes, skipBadRows, onProgress });
          await out.write(`${JSON.stringify({ type: 'result', result })}\n`);
        } catch (error) {
          const known = toAppError(error);
          if (!known) console.error('[upr-advocate] import failed', error);
          const body = known
            ? { code: known.code, message: known.message, details: known.details }
            : { code: 'internal', message: 'The import failed on the server; nothing was saved.' };
          await out.write(`${JSON.stringify({ type: 'error', error: body })}\n`);
        }
      });
    },
  );
  return app;
}
