import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/errors.js';
import type { Actor } from '../../src/server/app/deps.js';
import { importRecommendations, type ImportActor } from '../../src/server/app/import-recommendations.js';
import { recommendationStats } from '../../src/server/db/repos/recommendations-repo.js';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { createOrganisation, OTHER_ADMIN } from '../factories.js';
import { sharedDataFile } from '../shared-data.js';

const UPR_INFO = sharedDataFile('upr_info_sessions01-20/upr_recommendations_sessions01-20.csv.gz');
const SLOVENIA = sharedDataFile('ohchr_matrices_slovenia/slovenia_upr_thematic_lists_cycles2-4.csv');
/** SOURCES.md §1: rows (recommendation × recommending State) per session. */
const ROWS_PER_SESSION = [430, 855, 1335, 1804, 1670, 2038, 2147, 2107, 2051, 2306, 2179, 2434, 2128, 2179, 1847, 2751, 2821, 2387, 2829, 2768];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-import-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
function writeFile(name: string, lines: string[]): { fileName: string; bytes: Uint8Array } {
  fs.writeFileSync(path.join(tmp, name), `${lines.join('\n')}\n`);
  return { fileName: name, bytes: fs.readFileSync(path.join(tmp, name)) };
}

const HEADER = 'rec_id,cycle,session,session_year,sur_name,sur_iso3,rs_name,rs_iso3,recommendation,response_upr_info,response,action_category,issues';
const row = (session: number, sur: string, rs: string, text: string, response = 'Supported', issues = 'Justice') =>
  `x,,${session},,,${sur},,${rs},"${text}",,${response},4,${issues}`;
const EXPORT_HEADER = 'To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session';

/** Independent count of what the UPR Info file must give (SOURCES.md §1, computed here again). */
function expectedFromUprInfo(file: string) {
  const rows = parse(gunzipSync(fs.readFileSync(file)), { columns: true }) as Record<string, string>[];
  const key = (r: Record<string, string>) => `${r.session}|${r.sur_iso3}|${r.recommendation!.toLowerCase().replace(/\s+/g, ' ').replace(/[\s.;,:!]+$/, '')}`;
  const groups = new Map<string, Record<string, string>[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  const bySession: Record<number, number> = {};
  const pairsByResponse: Record<string, number> = {};
  let pairs = 0;
  for (const [k, members] of groups) {
    const session = Number(k.split('|')[0]);
    bySession[session] = (bySession[session] ?? 0) + 1;
    const states = new Set(members.map((m) => m.rs_iso3).filter(Boolean));
    const response = members[0]!.response!.toLowerCase(); // the first row of a joint recommendation wins
    pairsByResponse[response] = (pairsByResponse[response] ?? 0) + states.size;
    pairs += states.size;
  }
  const rowsPerSession = ROWS_PER_SESSION.map((_, i) => rows.filter((r) => Number(r.session) === i + 1).length);
  const unknownRows = rows.filter((r) => r.rs_name === '(Unknown)').length;
  const sameStateTwice = rows.length - new Set(rows.map((r) => `${r.session}|${r.sur_iso3}|${r.rs_iso3}|${r.recommendation}`)).size;
  return { rows: rows.length, rowsPerSession, recommendations: groups.size, bySession, pairs, pairsByResponse, unknownRows, sameStateTwice };
}

describe.each(ENGINES)('importing recommendations (%s)', (engine) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer(engine);
  });
  afterEach(async () => server.dispose());

  const run = (actor: ImportActor, file: { fileName: string; bytes: Uint8Array }, skipBadRows = false) =>
    importRecommendations(server.deps, actor, { ...file, skipBadRows });
  const tableCounts = async () => {
    const count = async (table: 'recommendation' | 'recommendation_state' | 'recommendation_issue' | 'recommendation_import' | 'audit_log') =>
      Number((await server.deps.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    return { recs: await count('recommendation'), states: await count('recommendation_state'), issues: await count('recommendation_issue'), imports: await count('recommendation_import'), audit: await count('audit_log') };
  };
  const statesOf = async (textStart: string) => {
    const rec = await server.deps.db.selectFrom('recommendation').selectAll().where('text', 'like', `${textStart}%`).executeTakeFirstOrThrow();
    const states = await server.deps.db.selectFrom('recommendation_state').select('rs_iso3').where('recommendation_id', '=', rec.id).orderBy('rs_iso3').execute();
    return { rec, states: states.map((s) => s.rs_iso3) };
  };

  /**
   * PostgreSQL keeps each recommendation's States and issues as lists beside the link tables
   * (decision record 0007); the search reads them, so they must never drift from the links.
   */
  const expectLinkListsToMatchLinks = async () => {
    if (engine !== 'postgres') return;
    const sorted = (column: string) => sql.raw(`(select array_agg(x order by x) from unnest(r.${column}) x)`);
    const { rows } = await sql<{ n: number }>`select count(*) as n from recommendation r
      where ${sorted('rs_list')} is distinct from (select array_agg(l.rs_iso3 order by l.rs_iso3) from recommendation_state l where l.recommendation_id = r.id)
         or ${sorted('issue_list')} is distinct from (select array_agg(l.issue order by l.issue) from recommendation_issue l where l.recommendation_id = r.id)`.execute(server.deps.db);
    expect(Number(rows[0]!.n)).toBe(0);
  };

  it.skipIf(!UPR_INFO)('imports the UPR Info file of sessions 1–20 into the library with the counts of SOURCES.md §1', { timeout: 180_000 }, async () => {
    const expected = expectedFromUprInfo(UPR_INFO!);
    expect(expected.rows).toBe(41_066);
    expect(expected.rowsPerSession).toEqual(ROWS_PER_SESSION);
    // Pairs = rows − the 9 "(Unknown)" rows (no State) − the 4 rows repeating a (session, SuR, State, text).
    expect([expected.unknownRows, expected.sameStateTwice]).toEqual([9, 4]);
    expect(expected.pairs).toBe(41_066 - 9 - 4);
    expect(expected.recommendations).toBe(39_876);
    // SOURCES counts rows: Supported 30,472 / Noted 10,594. Over pairs, with the first row's answer for
    // the 11 joint recommendations whose rows disagree, it is 30,462 / 10,591.
    expect(expected.pairsByResponse).toEqual({ supported: 30_462, noted: 10_591 });

    const bytes = fs.readFileSync(UPR_INFO!);
    const phases = new Set<string>();
    const started = performance.now();
    const first = await importRecommendations(server.deps, 'library', {
      fileName: path.basename(UPR_INFO!), bytes, skipBadRows: false, onProgress: (p) => phases.add(p.phase),
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(`[${engine}] imported ${first.rowsRead} rows (${first.recommendationsAdded} recommendations) in ${seconds.toFixed(1)} s`);
    expect([...phases]).toEqual(['reading', 'writing', 'done']);
    expect(first).toMatchObject({ namespace: 'library', scheme: 'upr-info', format: 'csv.gz', rowsRead: 41_066, skippedCount: 0 });
    expect(first.recommendationsAdded).toBe(expected.recommendations);
    expect(first.statesAdded).toBe(expected.pairs);
    expect(first.warnings.length).toBeGreaterThan(0);
    expect(first.warnings.some((w) => /line \d+: the same recommendation as line \d+ \(session 15, TON\) has response noted/.test(w))).toBe(true);

    const stats = await recommendationStats(server.deps.db, 'library');
    expect(stats.bySession).toEqual(expected.bySession);
    expect(stats.statePairs).toBe(expected.pairs);
    expect(stats.pairsByResponse).toEqual(expected.pairsByResponse);
    expect(stats.statesUnderReview).toBe(193);

    const before = await tableCounts();
    const again = await run('library', { fileName: 'again.csv.gz', bytes });
    expect(again).toMatchObject({ recommendationsAdded: 0, duplicates: expected.recommendations, statesAdded: 0, issuesAdded: 0 });
    await expectLinkListsToMatchLinks();
    expect(await tableCounts()).toEqual({ ...before, imports: before.imports + 1, audit: before.audit + 1 });
  });

  it('refuses a file with a bad row, names its line and changes nothing; skipping bad rows imports the rest', async () => {
    const file = writeFile('broken.csv', [
      HEADER,
      row(7, 'KAZ', 'FRA', 'Ratify the Optional Protocol to the Convention against Torture.'),
      row(7, 'KAZ', 'DEU', 'Abolish the death penalty.', 'Noted', 'Death penalty'),
      row(77, 'KAZ', 'ESP', 'Strengthen the national human rights institution.'),
      row(7, 'KAZ', 'ESP', 'Adopt a law against domestic violence.', 'Supported', "Women's rights"),
    ]);
    const before = await tableCounts();
    const refused = await run('library', file).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('validation');
    expect((refused as AppError).message).toMatch(/^broken\.csv: line 4: session must be a number from 1 to 60\. Nothing was imported/);
    expect((refused as AppError).details.issues).toEqual([{ path: 'line 4', message: 'session must be a number from 1 to 60' }]);
    expect(await tableCounts()).toEqual(before);

    const skipped = await run('library', file, true);
    expect(skipped).toMatchObject({ rowsRead: 4, recommendationsAdded: 3, skippedCount: 1, skipped: [{ line: 4, reason: 'session must be a number from 1 to 60' }] });
    expect(await tableCounts()).toMatchObject({ recs: before.recs + 3, imports: before.imports + 1 });
  });

  it('reports unknown States, unknown issues and empty texts by line', async () => {
    const file = writeFile('problems.csv', [
      HEADER,
      row(7, 'KAZ', '', 'A text.').replace(',,,"A', ',Atlantis,,"A'),
      row(7, 'KAZ', 'FRA', ' '),
      row(7, 'KAZ', 'FRA', 'Another text.', 'Supported', 'Justice; Astrology'),
      row(7, 'KAZ', '', 'Made by a State UPR Info could not identify.').replace(',,,"Made', ',(Unknown),,"Made'),
    ]);
    const result = await run('library', file, true);
    expect(result.skipped).toEqual([
      { line: 2, reason: "unknown recommending State 'Atlantis'" },
      { line: 3, reason: 'the recommendation text is empty' },
      { line: 4, reason: "unknown issue 'Astrology' (not one of UPR Info's 54 issues)" },
    ]);
    expect(result.recommendationsAdded).toBe(1);
    expect((await statesOf('Made by a State')).states).toEqual([]);
  });

  it("reads UPR Info's own export: State names, comma-separated issues, joint rows merged", async () => {
    const file = writeFile('upr-info-export.csv', [
      EXPORT_HEADER,
      `Kazakhstan,Asia-Pacific Group,OIC,"Criminalize domestic violence.",France,WEOG,EU,Accepted,5,"Women's rights, Justice",7`,
      `Kazakhstan,Asia-Pacific Group,OIC,"criminalize  domestic violence",Trinidad & Tobago,GRULAC,,Accepted,5,"Women's rights, Justice",7`,
      `DPR Korea,Asia-Pacific Group,,"Abolish the death penalty.",Cote d'Ivoire,African Group,AU,Noted,5,Death penalty,19`,
      `Macedonia FYR,Eastern European Group,,"Continue to cooperate with treaty bodies.",Swaziland,African Group,AU,Accepted,2,Treaty bodies,14`,
      `Turkey,WEOG,,"Consider ratifying the Convention on enforced disappearances.",Holy See,Observer,,Noted,,"International instruments, Enforced disappearances",26`,
    ]);
    const result = await run('library', file);
    expect(result).toMatchObject({ scheme: 'upr-info-export', rowsRead: 5, recommendationsAdded: 4, statesAdded: 5 });
    const joint = await statesOf('Criminalize domestic violence');
    expect(joint.states).toEqual(['FRA', 'TTO']);
    expect(joint.rec).toMatchObject({ sur_iso3: 'KAZ', session: 7, cycle: 1, response: 'supported', action_category: 5, source: 'upr-info' });
    expect((await statesOf('Abolish')).rec).toMatchObject({ sur_iso3: 'PRK', cycle: 2, response: 'noted' });
    expect((await statesOf('Continue to cooperate')).states).toEqual(['SWZ']);
    const turkey = await statesOf('Consider ratifying');
    expect(turkey.states).toEqual(['VAT']);
    expect(turkey.rec).toMatchObject({ sur_iso3: 'TUR', cycle: 2, action_category: 3 }); // estimated: "consider" → 3

    // The same joint recommendation made by a third State, in a later file: the State is added.
    const more = writeFile('more.csv', [EXPORT_HEADER, `Kazakhstan,,,"Criminalize domestic violence",Chile,,,Accepted,5,"Women's rights, Justice",7`]);
    expect(await run('library', more)).toMatchObject({ recommendationsAdded: 0, duplicates: 1, statesAdded: 1 });
    expect((await statesOf('Criminalize domestic violence')).states).toEqual(['CHL', 'FRA', 'TTO']);
    await expectLinkListsToMatchLinks();
  });

  it.skipIf(!SLOVENIA)("imports OHCHR's thematic list of Slovenia with the positions per cycle", async () => {
    const result = await run('library', { fileName: 'slovenia.csv', bytes: fs.readFileSync(SLOVENIA!) });
    expect(result).toMatchObject({ scheme: 'ohchr', rowsRead: 632, recommendationsAdded: 632, statesAdded: 665, issuesAdded: 0 });
    const positions = await server.deps.db
      .selectFrom('recommendation')
      .select(['cycle', 'response', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['cycle', 'response'])
      .orderBy('cycle')
      .orderBy('response', 'desc')
      .execute();
    expect(positions.map((p) => [p.cycle, p.response, Number(p.n)])).toEqual([
      [2, 'supported', 142], [2, 'noted', 21], [3, 'supported', 182], [3, 'noted', 33], [4, 'supported', 217], [4, 'noted', 37],
    ]);
    const first = (await statesOf('Take further steps for the ratification')).rec;
    expect(first).toMatchObject({ paragraph: '115.1', document: 'A/HRC/28/15', source: 'ohchr', session: 20 });
  });

  it('imports an .xlsx workbook and a .json array', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Recommendations');
    sheet.addRow(EXPORT_HEADER.split(','));
    sheet.addRow(['Kenya', '', '', 'Ratify the Convention on the Rights of Persons with Disabilities.', 'Spain', '', '', 'Accepted', 5, 'Disabilities, International instruments', 9]);
    sheet.addRow(['Kenya', '', '', 'Establish a moratorium on executions.', 'Norway', '', '', 'Noted', 5, 'Death penalty', 99]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const refused = await run('library', { fileName: 'kenya.xlsx', bytes }).catch((e: AppError) => e);
    expect((refused as AppError).message).toMatch(/row 3: session must be a number from 1 to 60/);
    const result = await run('library', { fileName: 'kenya.xlsx', bytes }, true);
    expect(result).toMatchObject({ format: 'xlsx', rowsRead: 2, recommendationsAdded: 1, skipped: [{ line: 3 }] });
    expect((await statesOf('Ratify the Convention on the Rights')).rec).toMatchObject({ sur_iso3: 'KEN', session: 9, cycle: 1 });

    const json = [{ session: 9, sur_iso3: 'KEN', rs_iso3: 'SWE', recommendation: 'Adopt the freedom of information bill.', response: 'Supported', issues: ['Freedom of opinion and expression'] }];
    const fromJson = await run('library', { fileName: 'kenya.json', bytes: new TextEncoder().encode(JSON.stringify(json)) });
    expect(fromJson).toMatchObject({ format: 'json', recommendationsAdded: 1, issuesAdded: 1 });
  });

  it("keeps an organisation's imports to itself and lets only admins import", async () => {
    const a = await createOrganisation(server, 'Organisation A', { ...OTHER_ADMIN, email: 'a@example.org' });
    const b = await createOrganisation(server, 'Organisation B', OTHER_ADMIN);
    const adminA: Actor = { userId: a.userId, orgId: a.orgId, role: 'admin' };
    const file = writeFile('org.csv', [HEADER, row(12, 'UZB', 'POL', 'Release all human rights defenders.', 'Noted', 'Human rights defenders')]);
    expect(await run(adminA, file)).toMatchObject({ namespace: a.orgId, recommendationsAdded: 1 });
    expect((await recommendationStats(server.deps.db, a.orgId)).recommendations).toBe(1);
    expect((await recommendationStats(server.deps.db, b.orgId)).recommendations).toBe(0);
    expect((await recommendationStats(server.deps.db, 'library')).recommendations).toBe(0);
    const audit = await server.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'recommendations.import').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ org_id: a.orgId, actor_id: a.userId });
    expect(JSON.parse(audit[0]!.changes)).toMatchObject({ fileName: 'org.csv', recommendationsAdded: 1, rowsRead: 1 });

    // The library is visible to every organisation, and what it holds is not imported again.
    await run('library', writeFile('lib.csv', [HEADER, row(12, 'UZB', 'CAN', 'Repeal the law on extremism.')]));
    expect((await recommendationStats(server.deps.db, b.orgId)).recommendations).toBe(1);
    const adminB: Actor = { userId: b.userId, orgId: b.orgId, role: 'admin' };
    expect(await run(adminB, writeFile('dup.csv', [HEADER, row(12, 'UZB', 'CAN', 'Repeal the law on extremism')]))).toMatchObject({ recommendationsAdded: 0, duplicates: 1 });

    const editor: Actor = { userId: b.userId, orgId: b.orgId, role: 'editor' };
    await expect(run(editor, file)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
