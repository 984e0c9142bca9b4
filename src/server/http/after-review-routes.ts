/**
 * Signed-in API of the last stages of a cycle: the mid-term report (DOCX, PDF, printable HTML),
 * the update letters to recommending States (DOCX, HTML), and starting the next cycle with the
 * baseline it inherits. `?lang=ru|en` picks the documents' language (default: the campaign's).
 * Handlers only parse, call and present.
 */
import { Hono, type Context } from 'hono';
import type { DocumentLanguage } from '../../core/campaign/advocacy-document.js';
import type { RenderedFile } from '../app/advocacy-export.js';
import { getBaseline } from '../app/baseline.js';
import { exportMidtermReport } from '../app/midterm-report.js';
import { getNextCycleInfo, startNextCycle } from '../app/next-cycle.js';
import { exportUpdateLetters } from '../app/update-letters.js';
import { AFTER_REVIEW_FORMATS, LETTER_FORMATS } from '../../shared/contracts/after-review.js';
import { actorOf, type Env, type HttpContext } from './context.js';

const languageOf = (c: Context<Env>): DocumentLanguage | null => {
  const requested = c.req.query('lang');
  return requested === 'ru' || requested === 'en' ? requested : null;
};

function fileResponse(file: RenderedFile, inline: boolean): Response {
  return new Response(file.bytes.slice(), {
    headers: {
      'content-type': file.contentType,
      'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="${file.filename}"`,
      'cache-control': 'no-store',
    },
  });
}

export function afterReviewRoutes(ctx: HttpContext) {
  const { deps } = ctx;
  const app = new Hono<Env>();
  const id = (c: Context<Env>) => c.req.param('id') ?? '';

  for (const format of AFTER_REVIEW_FORMATS) {
    app.get(`/api/campaigns/:id/midterm-report.${format}`, async (c) =>
      fileResponse(await exportMidtermReport(deps, actorOf(c), id(c), format, languageOf(c)), format === 'html'),
    );
  }
  for (const format of LETTER_FORMATS) {
    app.get(`/api/campaigns/:id/update-letters.${format}`, async (c) =>
      fileResponse(await exportUpdateLetters(deps, actorOf(c), id(c), format, languageOf(c)), format === 'html'),
    );
  }
  app.get('/api/campaigns/:id/next-cycle', async (c) => c.json(await getNextCycleInfo(deps, actorOf(c), id(c))));
  app.post('/api/campaigns/:id/next-cycle', async (c) => c.json(await startNextCycle(deps, actorOf(c), id(c), c.get('language')), 201));
  app.get('/api/campaigns/:id/baseline', async (c) => c.json(await getBaseline(deps, actorOf(c), id(c), c.get('language'))));
  return app;
}
