import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { EDITOR, inviteAndAccept } from '../factories.js';
import { setUpInstance, type TestClient } from '../http-client.js';

const HEADER = 'rec_id,cycle,session,session_year,sur_name,sur_iso3,sur_regional_group,sur_orgs,rs_name,rs_iso3,rs_regional_group,rs_orgs,recommendation,response_upr_info,response,action_category,issues,source_file';
const row = (session: string, text: string, rs = 'France,FRA') =>
  `X,1,${session},2008,Kenya,KEN,African Group,AU,${rs.split(',')[0]},${rs.split(',')[1]},WEOG,EU,${text},Accepted,Supported,5,Rights of the Child,x`;

function lines(text: string) {
  return text.trim().split('\n').map((l) => JSON.parse(l));
}

describe.each(ENGINES)('recommendations upload with streamed progress (%s)', (engine) => {
  let server: TestServer;
  let admin: TestClient;
  beforeEach(async () => {
    server = await createTestServer(engine);
    admin = await setUpInstance(server);
  });
  afterEach(async () => server.dispose());

  const upload = (client: TestClient, name: string, body: string | Uint8Array, query = '') =>
    client.request('POST', `/api/admin/recommendations/import?fileName=${encodeURIComponent(name)}${query}`, body as string, {
      'content-type': 'application/octet-stream',
    });

  it('imports a CSV and ends the stream with the result', async () => {
    const csv = [HEADER, row('8', 'Ratify the Optional Protocol on child soldiers'), row('8', 'Ratify the Optional Protocol on child soldiers', 'Spain,ESP')].join('\n');
    const response = await upload(admin, 'kenya.csv', csv);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/x-ndjson');
    const events = lines(response.text);
    const last = events.at(-1);
    expect(last.type).toBe('result');
    expect(last.result).toMatchObject({ rowsRead: 2, recommendationsAdded: 1, recommendationsInFile: 1 });
    expect(events.filter((e) => e.type === 'progress').at(-1)?.phase).toBe('done');
  });

  it('streams a translated-code error for a bad row and saves nothing', async () => {
    const csv = [HEADER, row('8', 'Adopt a law'), row('not-a-session', 'Adopt another law')].join('\n');
    const events = lines((await upload(admin, 'bad.csv', csv)).text);
    const last = events.at(-1);
    expect(last.type).toBe('error');
    expect(last.error.code).toBe('validation');
    expect(last.error.message).toMatch(/line 3/);
    const again = lines((await upload(admin, 'bad.csv', csv, '&skipBadRows=true')).text).at(-1);
    expect(again.result.recommendationsAdded).toBe(1);
    expect(again.result.skipped.map((s: { line: number }) => s.line)).toEqual([3]);
  });

  it('accepts a file larger than the 1 MiB limit of other requests', async () => {
    const big = [HEADER, ...Array.from({ length: 9000 }, (_, i) => row('9', `Take measure number ${i} to protect children in schools and in the family and in care institutions across all regions`))].join('\n');
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const response = await upload(admin, "big.csv", big);
    const last = lines(response.text).at(-1);
    expect(last.result.recommendationsAdded).toBe(9000);
  });

  it('refuses editors with 403 before reading the file, and requires a file name', async () => {
    const { client: editor } = await inviteAndAccept(server, admin, EDITOR, 'editor');
    const refused = await upload(editor, 'x.csv', HEADER);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    const nameless = await admin.request('POST', '/api/admin/recommendations/import', HEADER, { 'content-type': 'application/octet-stream' });
    expect(nameless.status).toBe(400);
  });
});
