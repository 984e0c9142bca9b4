import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/errors.js';
import { importRecommendations } from '../../src/server/app/import-recommendations.js';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { buildMatrixDocx, matrixRows, SLOVENIA_34, SLOVENIA_48, type RealRow } from '../docx-matrix-factory.js';

const UPR34 = 'UPR34_Slovenia_Thematic_list_of_Recommendations.docx';
const realRows = SLOVENIA_34.filter((r): r is RealRow => typeof r === 'object' && 'paragraph' in r);

describe.each(ENGINES)('importing an OHCHR .docx matrix (%s)', (engine) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer(engine);
  });
  afterEach(async () => server.dispose());

  const run = (fileName: string, bytes: Uint8Array) => importRecommendations(server.deps, 'library', { fileName, bytes, skipBadRows: false });
  const tableCounts = async () => {
    const count = async (table: 'recommendation' | 'recommendation_state' | 'recommendation_import' | 'audit_log') =>
      Number((await server.deps.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    return { recs: await count('recommendation'), states: await count('recommendation_state'), imports: await count('recommendation_import'), audit: await count('audit_log') };
  };
  const recommendation = async (paragraph: string) => {
    const rec = await server.deps.db.selectFrom('recommendation').selectAll().where('paragraph', '=', paragraph).executeTakeFirstOrThrow();
    const states = await server.deps.db.selectFrom('recommendation_state').select('rs_iso3').where('recommendation_id', '=', rec.id).orderBy('rs_iso3').execute();
    return { rec, states: states.map((s) => s.rs_iso3) };
  };

  it("imports Slovenia's 3rd-cycle matrix: joint recommendations once, positions, and nothing more the second time", async () => {
    const bytes = await buildMatrixDocx({ rows: matrixRows(SLOVENIA_34) });
    const first = await run(UPR34, bytes);
    expect(first).toMatchObject({ format: 'docx', scheme: 'ohchr', rowsRead: 10, recommendationsInFile: 10, recommendationsAdded: 10, statesAdded: 15, issuesAdded: 0, skippedCount: 0 });

    const joint = await recommendation('121.1');
    expect(joint.states).toEqual(['FRA', 'LTU']);
    expect(joint.rec).toMatchObject({ sur_iso3: 'SVN', session: 34, cycle: 3, response: 'supported', document: 'A/HRC/43/15', source: 'ohchr' });
    expect((await recommendation('122.7')).states).toEqual(['ESP', 'MKD', 'SVK']);
    expect((await recommendation('121.3')).states).toEqual(['GBR']);
    const positions = await server.deps.db.selectFrom('recommendation').select(['response', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('response').orderBy('response').execute();
    expect(positions.map((p) => [p.response, Number(p.n)])).toEqual([['noted', 5], ['supported', 5]]);
    const audit = await server.deps.db.selectFrom('recommendation_import').select('format').executeTakeFirstOrThrow();
    expect(audit.format).toBe('ohchr/docx');

    const before = await tableCounts();
    const again = await run(UPR34, bytes);
    expect(again).toMatchObject({ recommendationsAdded: 0, duplicates: 10, statesAdded: 0 });
    expect(await tableCounts()).toEqual({ ...before, imports: before.imports + 1, audit: before.audit + 1 });

    // The same rows in the CSV columns of the ohchr scheme are the same recommendations.
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const csv = ['session,sur_iso3,paragraph,working_group_report,recommendation,recommending_states,position']
      .concat(realRows.map((r) => ['34', 'SVN', r.paragraph, 'A/HRC/43/15', quote(r.text), quote(r.text.match(/\(([^()]+)\)[;.]$/)![1]!), r.position].join(',')))
      .join('\n');
    expect(await run('slovenia.csv', new TextEncoder().encode(csv))).toMatchObject({ scheme: 'ohchr', recommendationsAdded: 0, duplicates: 10 });
  });

  it('tells the session of a 4th-cycle matrix from its report symbol and the calendar', async () => {
    const result = await run('slovenia-thematic-list.docx', await buildMatrixDocx({ rows: matrixRows(SLOVENIA_48) }));
    expect(result).toMatchObject({ recommendationsAdded: 2, statesAdded: 10 });
    expect((await recommendation('140.1')).rec).toMatchObject({ session: 48, cycle: 4, response: 'noted', document: 'A/HRC/59/15' });
  });

  it('refuses a broken .docx or a matrix that does not say its review, with a clear message, and changes nothing', async () => {
    await run('slovenia-thematic-list.docx', await buildMatrixDocx({ rows: matrixRows(SLOVENIA_48) }));
    const before = await tableCounts();
    const bytes = await buildMatrixDocx({ rows: matrixRows(SLOVENIA_34) });
    const cases: [string, Uint8Array, RegExp][] = [
      [UPR34, bytes.slice(0, bytes.length / 2), /^The \.docx file is damaged: its zip archive cannot be read/],
      ['UPR34_Slovenia.docx', new TextEncoder().encode('121.1 Ratify the Convention (France);'), /^The file is not a Word \.docx document: it is not a zip archive/],
      ['Matrix_recommendations_2019.docx', bytes, /^Matrix_recommendations_2019\.docx: the OHCHR matrix does not say which State was reviewed .* nor which UPR session/],
    ];
    for (const [name, broken, message] of cases) {
      const error = await run(name, broken).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('validation');
      expect((error as AppError).message).toMatch(message);
    }
    expect(await tableCounts()).toEqual(before);
  });
});
