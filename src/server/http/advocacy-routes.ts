/**
 * Signed-in API of the advocacy document: key issues, document settings and the exported
 * document (DOCX, PDF, printable HTML). Handlers only parse, call and present.
 */
import { Hono } from 'hono';
import { AppError } from '../../core/errors.js';
import { addKeyIssue, deleteKeyIssue, getAdvocacyWorkspace, reorderKeyIssues, updateDocumentSettings, updateKeyIssue } from '../app/advocacy.js';
import { DOCUMENT_FORMATS, exportAdvocacyDocument, type DocumentFormat } from '../app/advocacy-export.js';
import { exportCampaignFile, importCampaignFile } from '../app/campaign-file.js';
import { actorOf, jsonBody, type Env, type HttpContext } from './context.js';

function documentFormat(value: string): DocumentFormat {
  if ((DOCUMENT_FORMATS as readonly string[]).includes(value)) return value as DocumentFormat;
  throw new AppError('not-found', `No document format "${value}": use docx, pdf or html.`);
}

export function advocacyRoutes(ctx: HttpContext) {
  const { deps } = ctx;
  const app = new Hono<Env>();
  const lang = (c: { get(key: 'language'): string }) => c.get('language');

  app.get('/api/campaigns/:id/advocacy', async (c) => c.json(await getAdvocacyWorkspace(deps, actorOf(c), c.req.param('id'), lang(c))));
  app.patch('/api/campaigns/:id/advocacy/settings', async (c) =>
    c.json(await updateDocumentSettings(deps, actorOf(c), c.req.param('id'), await jsonBody(c), lang(c))),
  );
  app.post('/api/campaigns/:id/key-issues', async (c) => c.json(await addKeyIssue(deps, actorOf(c), c.req.param('id'), await jsonBody(c)), 201));
  app.put('/api/campaigns/:id/key-issues/order', async (c) =>
    c.json(await reorderKeyIssues(deps, actorOf(c), c.req.param('id'), await jsonBody(c), lang(c) === 'ru' ? 'ru' : 'en')),
  );
  app.put('/api/campaigns/:id/key-issues/:issueId', async (c) =>
    c.json(await updateKeyIssue(deps, actorOf(c), c.req.param('id'), c.req.param('issueId'), await jsonBody(c))),
  );
  app.delete('/api/campaigns/:id/key-issues/:issueId', async (c) => {
    await deleteKeyIssue(deps, actorOf(c), c.req.param('id'), c.req.param('issueId'));
    return c.body(null, 204);
  });

  // `/document.docx?lang=ru`: the language defaults to the document's own.
  app.get('/api/campaigns/:id/document/:format', async (c) => {
    const format = documentFormat(c.req.param('format'));
    const requested = c.req.query('lang');
    const language = requested === 'ru' || requested === 'en' ? requested : null;
    const file = await exportAdvocacyDocument(deps, actorOf(c), c.req.param('id'), format, language);
    const disposition = format === 'html' ? 'inline' : 'attachment';
    return new Response(file.bytes.slice(), {
      headers: { 'content-type': file.contentType, 'content-disposition': `${disposition}; filename="${file.filename}"`, 'cache-control': 'no-store' },
    });
  });
  app.get('/api/campaigns/:id/campaign-file', async (c) => {
    const file = await exportCampaignFile(deps, actorOf(c), c.req.param('id'));
    const name = `campaign-${file.state}-${file.reviewDate}.json`;
    return new Response(`${JSON.stringify(file, null, 2)}\n`, {
      headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'no-store' },
    });
  });
  app.post('/api/campaigns/import', async (c) => c.json(await importCampaignFile(deps, actorOf(c), await jsonBody(c), lang(c)), 201));
  return app;
}
