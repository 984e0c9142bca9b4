/**
 * Contacts of the outreach board as a spreadsheet:
 * - `GET /api/campaigns/:id/contacts.csv` and `contacts.xlsx`: one row per person;
 * - `POST /api/campaigns/:id/contacts/preview?fileName=x.csv`: the file as the raw body →
 *   columns, suggested mapping, sample rows, row count;
 * - `POST /api/campaigns/:id/contacts/import?fileName=x.csv&mapping=state:0,channel:2,name:4`:
 *   the same file and the confirmed mapping (`field:columnIndex` pairs, 0-based) → all or nothing.
 * Bodies are bounded by the upload limit of security.ts (20 MiB; a contact sheet is far smaller).
 */
import { Hono, type Context } from 'hono';
import { AppError } from '../../core/errors.js';
import { exportContacts } from '../app/contacts-export.js';
import { importContacts, previewContacts, type ContactFile } from '../app/contacts-import.js';
import { actorOf, type Env, type HttpContext } from './context.js';

async function contactFile(c: Context<Env>): Promise<ContactFile> {
  const fileName = (c.req.query('fileName') ?? '').trim();
  if (!fileName) throw new AppError('validation', 'Give the file name in ?fileName= (it tells .csv or .xlsx).', { issues: [{ path: 'fileName', message: 'required' }] });
  return { fileName, bytes: new Uint8Array(await c.req.arrayBuffer()) };
}

export function contactsRoutes(ctx: HttpContext) {
  const { deps } = ctx;
  const app = new Hono<Env>();

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`/api/campaigns/:id/contacts.${format}`, async (c) => {
      const file = await exportContacts(deps, actorOf(c), c.req.param('id'), format, c.get('language'));
      return new Response(file.bytes.slice(), {
        headers: { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.fileName}"`, 'cache-control': 'no-store' },
      });
    });
  }
  app.post('/api/campaigns/:id/contacts/preview', async (c) => c.json(await previewContacts(deps, actorOf(c), c.req.param('id'), await contactFile(c))));
  app.post('/api/campaigns/:id/contacts/import', async (c) => {
    const file = await contactFile(c);
    return c.json(await importContacts(deps, actorOf(c), c.req.param('id'), { ...file, mapping: c.req.query('mapping') }, c.get('language')), 201);
  });
  return app;
}
