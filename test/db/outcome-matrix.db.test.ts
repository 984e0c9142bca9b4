import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { buildMatrixDocx, matrixRows, SLOVENIA_34 } from '../docx-matrix-factory.js';
import { setUpInstance, type TestClient } from '../http-client.js';
import { sharedDataFile } from '../shared-data.js';

// OHCHR's thematic list of recommendations as the outcome: it carries the positions, so the
// preview comes with the responses filled in. The Slovenia sample (SOURCES.md §6) holds three
// reviews; the 4th (A/HRC/59/15) has 254 recommendations, 217 supported and 37 noted.
const SLOVENIA_CSV = sharedDataFile('ohchr_matrices_slovenia/slovenia_upr_thematic_lists_cycles2-4.csv');

describe.each(ENGINES)('outcome import from an OHCHR matrix (%s)', (engine) => {
  let server: TestServer;
  let admin: TestClient;
  let base: string;

  beforeEach(async () => {
    server = await createTestServer(engine, { today: '2025-02-03' });
    admin = await setUpInstance(server, 'Slovenian Human Rights Network');
    const campaignId = (await admin.post('/api/campaigns', { stateIso3: 'SVN', reviewDate: '2025-01-28' })).body.id;
    base = `/api/campaigns/${campaignId}/outcome`;
  });
  afterEach(async () => server.dispose());

  it('reads a .docx matrix with its positions and joint recommendations, and saves it with the responses', async () => {
    const docx = await buildMatrixDocx({ rows: matrixRows(SLOVENIA_34), documentTitle: 'Slovenia – UPR 34' });
    const preview = await admin.upload(`${base}/preview?fileName=UPR34_Slovenia_Thematic_list.docx`, docx);
    expect(preview.status).toBe(200);
    expect(preview.body.source).toEqual({ fileName: 'UPR34_Slovenia_Thematic_list.docx', kind: 'matrix' });
    const recs = preview.body.recommendations as { paragraph: string; recommendingStates: string[]; response: string }[];
    expect(recs.map((r) => r.paragraph)).toEqual([
      '121.1',
      '121.2',
      '121.3',
      '122.2',
      '122.7',
      '122.13',
      '122.14',
      '122.22',
      '122.55',
      '122.157',
    ]);
    const of = (p: string) => recs.find((r) => r.paragraph === p)!;
    expect(of('121.1')).toMatchObject({ recommendingStates: ['FRA', 'LTU'], response: 'supported' });
    expect(of('122.7')).toMatchObject({ recommendingStates: ['SVK', 'ESP', 'MKD'], response: 'noted' });
    expect(of('122.22').recommendingStates).toEqual(['VEN']);
    expect(of('122.55').recommendingStates).toEqual(['IRN']);
    expect(recs.filter((r) => r.response === 'supported')).toHaveLength(5);
    expect(preview.body.warnings).toEqual([]);

    const body = recs.map(({ paragraph, recommendingStates, response }) => ({
      paragraph,
      text: `Recommendation ${paragraph}`,
      recommendingStates,
      response,
    }));
    expect((await admin.put(base, { documentSymbol: 'A/HRC/43/15', recommendations: body })).status).toBe(200);
    const saved = (await admin.get(base)).body.recommendations as { paragraph: string; response: string }[];
    expect(saved.find((r) => r.paragraph === '122.13')!.response).toBe('noted');
  });

  // reason: the Slovenia matrix CSV comes from ../shared/data, absent from some checkouts.
  it.skipIf(!SLOVENIA_CSV)('reads the latest review of the Slovenia CSV and says the file held three', async () => {
    const preview = await admin.upload(`${base}/preview?fileName=slovenia.csv`, new Uint8Array(fs.readFileSync(SLOVENIA_CSV!)));
    expect(preview.status).toBe(200);
    expect(preview.body.source.kind).toBe('matrix');
    const recs = preview.body.recommendations as { paragraph: string; response: string }[];
    expect(recs).toHaveLength(254);
    expect(recs.filter((r) => r.response === 'supported')).toHaveLength(217);
    expect(recs.filter((r) => r.response === 'noted')).toHaveLength(37);
    expect(preview.body.warnings.map((w: { code: string }) => w.code)).toEqual(['several-reviews']);
    expect(preview.body.warnings[0].message).toContain('A/HRC/59/15');
  });

  it('reads an .xlsx in the same columns, and refuses one without them naming what is missing', async () => {
    const sheet = async (rows: string[][]) => {
      const book = new ExcelJS.Workbook();
      book.addWorksheet('matrix').addRows(rows);
      return new Uint8Array(await book.xlsx.writeBuffer());
    };
    const good = await sheet([
      ['paragraph', 'recommendation', 'recommending_iso3', 'position'],
      ['140.7', 'Ratify the Optional Protocol to the ICESCR (Maldives) (Portugal);', 'MDV; PRT', 'Supported'],
      ['140.1', 'Ratify the migrant workers convention (Algeria);', 'DZA', 'Noted'],
    ]);
    const read = await admin.upload(`${base}/preview?fileName=matrix.xlsx`, good);
    expect(read.status).toBe(200);
    expect(read.body.recommendations.map((r: { paragraph: string; response: string }) => `${r.paragraph} ${r.response}`)).toEqual([
      '140.1 noted',
      '140.7 supported',
    ]);
    const bad = await admin.upload(
      `${base}/preview?fileName=list.xlsx`,
      await sheet([
        ['No.', 'Text'],
        ['1', 'x'],
      ]),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('missing: paragraph, recommendation, recommending_iso3 or recommending_states');
  });

  it('refuses a spreadsheet as the addendum', async () => {
    const r = await admin.upload(`${base}/responses?fileName=answers.csv`, 'paragraph,response\n1.1,supported\n');
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain('give the addendum as .txt, .docx or .pdf');
  });
});
