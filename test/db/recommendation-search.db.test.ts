/**
 * THE contract of the recommendation search: SQLite (FTS5) and PostgreSQL (tsvector) must give
 * the same answers. Each engine is held to explicit expectations (texts) and to an in-memory
 * reference model (filters, facet counts, order, paging); every answer is also recorded and
 * the second engine must reproduce the first one's exactly.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stateGroups } from '../../src/server/app/search-recommendations.js';
import { searchByStatement, searchRecommendations, type SearchQuery, type SearchResult, type StateGroups } from '../../src/server/search/recommendation-search.js';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { insertRecommendations } from '../recommendation-factory.js';
import { keyOf, NAMESPACES, referenceSearch, ROWS, type Filters } from '../search-reference.js';

const A = ['org-a', 'library'];
const B = ['org-b', 'library'];
const A_VIEW = ROWS.filter((r) => A.includes(r.namespace)).map((r) => r.key);

/** What each text matches in A's view (library + A's own import). */
const TEXTS: [string, string[]][] = [
  ['ratify', ['L01', 'L02', 'L03', 'L04', 'L05', 'L09', 'L10', 'L13', 'L18', 'L23', 'L24']], // ratified, ratifying, ratification
  ['ratification', ['L01', 'L02', 'L03', 'L04', 'L05', 'L09', 'L10', 'L13', 'L18', 'L23', 'L24']],
  ['protection', ['L01', 'L04', 'L11', 'L14', 'L22']], // protect
  ['identify', ['A03', 'L22']],
  ['death penalty', ['A01', 'L05', 'L06', 'L07']], // AND, in any order
  ['moratorium death', ['A01', 'L06', 'L07']],
  ['domestic violence', ['L15', 'L16']],
  ['TORTURE', ['A03', 'L08', 'L09']],
  ['"rights of the child"', ['L13', 'L14', 'L24']],
  ['"protocol to the convention"', ['L09', 'L13', 'L24']],
  ['"penalty death"', []],
  ['tortur*', ['A03', 'L08', 'L09']],
  ['journalist*', ['L11', 'L12']],
  ['traffick*', ['L17', 'L22']],
  ['disab*', ['L03']],
  ['non-refoulement', ['L19']],
  ['op-cat', ['L10']],
  ["women's", ['L16', 'L17']],
  ['ICCPR', ['L05', 'L23']],
  ['child labour', ['L20', 'L21']],
  ['the of and', A_VIEW], // only stopwords: no text filter
];

/** Filter combinations, some with a text (then the reference model uses TEXTS' keys). */
const FILTERS: [string, Filters, string?][] = [
  ['nothing', {}],
  ['State under Review', { sur: ['DZA'] }],
  ['issue only (its own facet read from the index)', { issue: ['Labour'] }],
  ['recommending State', { rs: ['FRA'] }],
  ['SuR regional group', { surGroup: ['African'] }],
  ['RS regional group (joint recommendation counted once)', { rsGroup: ['WEOG'] }],
  ['cycle + response', { cycle: [2], response: ['noted'] }],
  ['issue + action category', { issue: ['Rights of the Child'], actionCategory: [5] }],
  ['two sessions + RS group', { session: [1, 17], rsGroup: ['Eastern European'] }],
  ['SuR, RS, cycle', { sur: ['DZA', 'CZE'], rs: ['SWE', 'FRA'], cycle: [1] }],
  ['SuR and its group together', { surGroup: ['WEOG'], sur: ['FIN'] }],
  ['a value nothing has', { response: ['partially-supported'] }],
  ['text + response + RS group', { response: ['noted'], rsGroup: ['WEOG'] }, 'ratify'],
  ['text + cycle', { cycle: [2] }, 'death penalty'],
  ['prefix + issue', { issue: ['Detention'] }, 'tortur*'],
];

const HOSTILE = [
  '"', '""', '"unbalanced', '(', ')', 'torture)', '(torture', 'NEAR(torture death)', 'torture NEAR death', '*', '**', 'tort**',
  '-torture', 'torture -death', 'death OR penalty', 'AND', 'NOT torture', 'text:torture', 'recommendation_fts:torture', '^torture',
  "'; drop table recommendation; --", "1' or '1'='1", '%', '_', '\\', '!@#$%^&*()', 'torture & death | penalty', 'torture:*',
  'torture<->death', '\u0000torture', '🙂 torture', 'пытки', '{text}: torture', '+torture', 'a'.repeat(10_000), 'ratify '.repeat(2_000),
];

const recorded = new Map<string, unknown>();
/** The first engine's answer is kept; every later engine must give exactly the same. */
function sameOnEveryEngine(name: string, answer: unknown): void {
  if (recorded.has(name)) expect(answer, `differs from ${ENGINES[0]}: ${name}`).toEqual(recorded.get(name));
  else recorded.set(name, answer);
}

describe.each(ENGINES)('recommendation search contract (%s)', (engine) => {
  let server: TestServer;
  let groups: StateGroups;
  /** The search as it runs (in-memory facets), held to the one-statement search's answer every time. */
  const search = async (q: Partial<SearchQuery>): Promise<SearchResult> => {
    const query: SearchQuery = { namespaces: A, sort: 'session-desc', page: 1, pageSize: 100, ...q };
    const answer = await searchRecommendations(server.deps.db, server.deps.engine, query, groups);
    expect(answer, 'the in-memory facets differ from the search statement').toEqual(await searchByStatement(server.deps.db, server.deps.engine, query, groups));
    return answer;
  };
  const keys = (r: SearchResult) => r.items.map((i) => keyOf(i.id));

  beforeAll(async () => {
    server = await createTestServer(engine);
    groups = stateGroups(server.deps);
    for (const [namespace, label, specs] of NAMESPACES) await insertRecommendations(server.deps.db, namespace, label, specs);
  });
  afterAll(async () => server.dispose());

  it.each(TEXTS)('text %j finds what it should', async (text, expected) => {
    const result = await search({ text });
    expect(keys(result).sort()).toEqual([...expected].sort());
    expect(result.total).toBe(expected.length);
    sameOnEveryEngine(`text ${text}`, result);
  });

  it.each(FILTERS)('filters and facet counts: %s', async (name, filters, text) => {
    const textKeys = text ? TEXTS.find(([t]) => t === text)![1] : null;
    const result = await search({ ...filters, text });
    expect(result).toEqual(referenceSearch(A, filters, groups, textKeys));
    sameOnEveryEngine(`filters ${name}`, result);
  });

  it('counts a joint recommendation once per regional group but once per State', async () => {
    const { facets } = await search({ text: '"rome statute"' });
    expect(facets.rs).toEqual([{ value: 'CAN', count: 1 }, { value: 'FRA', count: 1 }, { value: 'SVN', count: 1 }]);
    expect(facets.rsGroup).toEqual([{ value: 'Eastern European', count: 1 }, { value: 'WEOG', count: 1 }]);
  });

  it('pages through the result without gaps or repeats, with the total on every page', async () => {
    const all = await search({});
    const pages = await Promise.all([1, 2, 3, 4].map((page) => search({ page, pageSize: 10 })));
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 7, 0]);
    expect(pages.every((p) => p.total === 27 && p.pageSize === 10)).toBe(true);
    expect(pages.flatMap((p) => p.items.map((i) => i.id))).toEqual(all.items.map((i) => i.id));
    expect((await search({ pageSize: 1000 })).pageSize).toBe(100);
    sameOnEveryEngine('paging', pages);
  });

  it('sorts by session either way, ties in import order', async () => {
    const desc = await search({ sort: 'session-desc' });
    const asc = await search({ sort: 'session-asc' });
    expect(keys(desc)).toEqual(keys(referenceSearch(A, {}, groups) as SearchResult));
    expect(asc.items.map((i) => i.session)).toEqual([...asc.items.map((i) => i.session)].sort((a, b) => a - b));
    expect(keys(asc).filter((k) => ['L01', 'L03', 'L04'].includes(k))).toEqual(['L01', 'L03', 'L04']);
    sameOnEveryEngine('sort asc', keys(asc));
  });

  it('ranks by relevance over the same matches, a text-less search falling back to sessions', async () => {
    const ranked = await search({ text: 'death penalty', sort: 'relevance' });
    expect(keys(ranked).sort()).toEqual(['A01', 'L05', 'L06', 'L07']);
    expect(keys(ranked)[0]).toBe('L06'); // "death penalty" twice
    expect(keys(await search({ sort: 'relevance' }))).toEqual(keys(await search({ sort: 'session-desc' })));
    sameOnEveryEngine('relevance set', keys(ranked).sort());
  });

  it("keeps each organisation's imports to itself; the library is everyone's", async () => {
    const a = await search({ text: 'freedom of expression' });
    const b = await search({ text: 'freedom of expression', namespaces: B });
    expect(keys(a)).toEqual(['A02']);
    expect(keys(b)).toEqual(['B01']);
    const facetsA = JSON.stringify((await search({})).facets);
    for (const onlyB of ['"IRL"', '"BGR"', '"EST"', '"ESP"', '"CRI"']) expect(facetsA).not.toContain(onlyB);
    expect((await search({ namespaces: ['library'] })).total).toBe(24);
    expect((await search({ namespaces: B })).total).toBe(27);
    expect((await search({ namespaces: ['org-c', 'library'], rs: ['IDN'] })).total).toBe(0); // A03 is A's
    sameOnEveryEngine('isolation', [keys(a), keys(b)]);
  });

  it.each(HOSTILE.map((h) => [h.length > 40 ? `${h.slice(0, 20)}… (${h.length} chars)` : h, h]))('survives hostile text %j', async (_label, text) => {
    const result = await search({ text });
    expect(result.total).toBeGreaterThanOrEqual(0);
    expect(result.items.length).toBe(Math.min(result.total, 100));
    sameOnEveryEngine(`hostile ${text}`, keys(result).sort());
  });

  it('reads operators and SQL in the text as words', async () => {
    expect(keys(await search({ text: 'NOT torture' })).sort()).toEqual(['A03', 'L08', 'L09']);
    expect(keys(await search({ text: 'death OR penalty' })).sort()).toEqual(['A01', 'L05', 'L06', 'L07']);
    expect(keys(await search({ text: '-torture' })).sort()).toEqual(['A03', 'L08', 'L09']);
    expect((await search({ text: "'; drop table recommendation; --" })).total).toBe(0);
    expect((await search({})).total).toBe(27);
  });

  it('never fails on any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 120 }), async (text) => {
        const result = await search({ text, pageSize: 5 });
        expect(result.total).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 150, seed: 20261127 },
    );
  });
});
