/**
 * Signed-in API of a campaign's outcome and its monitoring (UX screens 9–10). Reports and
 * addenda come as JSON ({ text }) or as the file itself in the raw body with `?fileName=`
 * (it tells .txt, .docx, .pdf, or an OHCHR matrix as .docx, .csv, .xlsx), like the contacts import; bodies are bounded by the app-wide
 * limit (security.ts).
 */
import { Hono, type Context } from 'hono';
import { AppError } from '../../core/errors.js';
import { outcomePreviewRequestSchema } from '../../shared/contracts/outcome.js';
import { getOutcome, previewOutcome, saveOutcome } from '../app/outcome-import.js';
import { createThankTasks, decideMatch, getScoreboard, suggestOutcomeMatches } from '../app/outcome-matching.js';
import type { ParseOutcomeInput } from '../app/outcome-parse.js';
import { importResponses, updateOutcomeRecommendation, type ResponsesSource } from '../app/outcome-responses.js';
import { addEvidence, getMonitoring, updateMonitoring } from '../app/monitoring.js';
import { getOutcomeReminders, listOutcomeTasks, updateOutcomeTask } from '../app/outcome-tasks.js';
import { actorOf, jsonBody, type Env, type HttpContext } from './context.js';

const isJson = (c: Context<Env>) => (c.req.header('content-type') ?? '').includes('application/json');

async function uploadedFile(c: Context<Env>): Promise<{ fileName: string; bytes: Uint8Array }> {
  const fileName = (c.req.query('fileName') ?? '').trim();
  if (!fileName) {
    throw new AppError(
      'validation',
      'Send JSON { "text": … }, or the file as the body with its name in ?fileName= (it tells .txt, .docx, .pdf, .csv or .xlsx).',
      {
        field: 'fileName',
        issues: [{ path: 'fileName', message: 'required' }],
      },
    );
  }
  return { fileName, bytes: new Uint8Array(await c.req.arrayBuffer()) };
}

async function previewInput(c: Context<Env>): Promise<ParseOutcomeInput> {
  if (!isJson(c)) return uploadedFile(c);
  const body = outcomePreviewRequestSchema.parse(await jsonBody(c));
  return { text: body.text, ...(body.responsesText !== undefined ? { responses: { text: body.responsesText } } : {}) };
}

async function responsesInput(c: Context<Env>): Promise<ResponsesSource> {
  if (isJson(c)) return { json: await jsonBody(c) };
  return { ...(await uploadedFile(c)), dryRun: c.req.query('dryRun') === 'true' };
}

export function outcomeRoutes(ctx: HttpContext) {
  const { deps } = ctx;
  const app = new Hono<Env>();
  const base = '/api/campaigns/:id/outcome';
  const id = (c: Context<Env>) => c.req.param('id') ?? '';
  const param = (c: Context<Env>, name: string) => c.req.param(name) ?? '';

  app.post(`${base}/preview`, async (c) => c.json(await previewOutcome(deps, actorOf(c), id(c), await previewInput(c))));
  app.put(base, async (c) => c.json(await saveOutcome(deps, actorOf(c), id(c), await jsonBody(c))));
  app.get(base, async (c) => c.json(await getOutcome(deps, actorOf(c), id(c), c.get('language'))));
  app.patch(`${base}/recommendations/:rid`, async (c) =>
    c.json(await updateOutcomeRecommendation(deps, actorOf(c), id(c), param(c, 'rid'), await jsonBody(c))),
  );
  app.post(`${base}/responses`, async (c) => c.json(await importResponses(deps, actorOf(c), id(c), await responsesInput(c))));

  app.post(`${base}/matches/suggest`, async (c) => c.json(await suggestOutcomeMatches(deps, actorOf(c), id(c))));
  app.patch(`${base}/matches/:matchId`, async (c) =>
    c.json(await decideMatch(deps, actorOf(c), id(c), param(c, 'matchId'), await jsonBody(c))),
  );
  app.get(`${base}/scoreboard`, async (c) => c.json(await getScoreboard(deps, actorOf(c), id(c), c.get('language'))));
  app.post(`${base}/thank-tasks`, async (c) => c.json(await createThankTasks(deps, actorOf(c), id(c), c.get('language'))));

  app.get(`${base}/tasks`, async (c) =>
    c.json(await listOutcomeTasks(deps, actorOf(c), id(c), c.req.query('includeDone') === 'true', c.get('language'))),
  );
  app.patch(`${base}/tasks/:taskId`, async (c) => {
    await updateOutcomeTask(deps, actorOf(c), id(c), param(c, 'taskId'), await jsonBody(c));
    return c.body(null, 204);
  });
  app.get('/api/campaigns/:id/monitoring', async (c) => c.json(await getMonitoring(deps, actorOf(c), id(c))));
  app.patch('/api/campaigns/:id/monitoring/:rid', async (c) => {
    await updateMonitoring(deps, actorOf(c), id(c), param(c, 'rid'), await jsonBody(c));
    return c.body(null, 204);
  });
  app.post('/api/campaigns/:id/monitoring/:rid/evidence', async (c) =>
    c.json(await addEvidence(deps, actorOf(c), id(c), param(c, 'rid'), await jsonBody(c)), 201),
  );
  app.get('/api/outcome-reminders', async (c) => c.json(await getOutcomeReminders(deps, actorOf(c), c.get('language'))));
  return app;
}
