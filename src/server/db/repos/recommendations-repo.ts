/**
 * Imported UPR recommendations with their recommending States and UPR Info issues. `orgId` is
 * the namespace: an organisation's id, or LIBRARY_NAMESPACE for the instance-wide library that
 * every organisation sees. A recommendation already present (same dedupe key) in the
 * organisation's namespace or in the library is not inserted again.
 */
import { sql, type Kysely } from 'kysely';
import type { Engine } from '../database.js';
import type { Database, RecommendationImportTable } from '../schema.js';
import { insertLinksPostgres, insertRecommendationRowsPostgres, type RecommendationInsert } from './recommendations-bulk-pg.js';

export const LIBRARY_NAMESPACE = 'library';

export interface NewRecommendation {
  dedupeKey: string;
  cycle: number;
  session: number;
  surIso3: string;
  text: string;
  response: string;
  actionCategory: number | null;
  paragraph: string | null;
  document: string | null;
  source: string;
  states: readonly string[];
  issues: readonly string[];
}

export interface InsertCounts {
  added: number;
  /** Recommendations of the batch that were already there (in this namespace or the library). */
  duplicates: number;
  statesAdded: number;
  issuesAdded: number;
}

/** Rows per INSERT: ~15 bound values a recommendation stay far below both engines' limits. */
export const RECOMMENDATION_CHUNK = 500;
const LINK_CHUNK = 2000;

/** The namespaces an organisation reads: its own and the library. */
export function visibleNamespaces(orgId: string): string[] {
  return orgId === LIBRARY_NAMESPACE ? [LIBRARY_NAMESPACE] : [orgId, LIBRARY_NAMESPACE];
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function insertLinks(
  db: Kysely<Database>,
  engine: Engine,
  orgId: string,
  states: { recommendation_id: string; rs_iso3: string }[],
  issues: { recommendation_id: string; issue: string }[],
): Promise<{ states: number; issues: number }> {
  if (engine === 'postgres') {
    return {
      states: await insertLinksPostgres(db, 'recommendation_state', orgId, states.map((s) => ({ recommendation_id: s.recommendation_id, value: s.rs_iso3 }))),
      issues: await insertLinksPostgres(db, 'recommendation_issue', orgId, issues.map((i) => ({ recommendation_id: i.recommendation_id, value: i.issue }))),
    };
  }
  let statesAdded = 0;
  let issuesAdded = 0;
  for (const part of chunks(states, LINK_CHUNK)) {
    const values = part.map((s) => ({ org_id: orgId, ...s }));
    const result = await db.insertInto('recommendation_state').values(values).onConflict((oc) => oc.doNothing()).executeTakeFirst();
    statesAdded += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  for (const part of chunks(issues, LINK_CHUNK)) {
    const values = part.map((i) => ({ org_id: orgId, ...i }));
    const result = await db.insertInto('recommendation_issue').values(values).onConflict((oc) => oc.doNothing()).executeTakeFirst();
    issuesAdded += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return { states: statesAdded, issues: issuesAdded };
}

/**
 * States and issues already linked to these recommendations of `orgId`, as `id|state` and
 * `id|#issue` keys. The ids come from a query of that namespace; filtering on org_id as well would
 * lead SQLite to the (org_id, …) index and a scan of the whole namespace per chunk.
 */
async function existingLinks(db: Kysely<Database>, ids: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  if (ids.length === 0) return found;
  const states = await db.selectFrom('recommendation_state').select(['recommendation_id', 'rs_iso3']).where('recommendation_id', 'in', ids).execute();
  for (const s of states) found.add(`${s.recommendation_id}|${s.rs_iso3}`);
  const issues = await db.selectFrom('recommendation_issue').select(['recommendation_id', 'issue']).where('recommendation_id', 'in', ids).execute();
  for (const i of issues) found.add(`${i.recommendation_id}|#${i.issue}`);
  return found;
}

/** A recommendation's States or issues as its PostgreSQL list holds them: once each, sorted; none is null. */
function linkList(values: readonly string[]): string[] | null {
  return values.length === 0 ? null : [...new Set(values)].sort();
}

/**
 * Rebuilds the PostgreSQL lists of States and issues (decision record 0007) of recommendations
 * whose links changed. Anything writing links other than through insertRecommendations calls it.
 */
export async function refreshLinkLists(db: Kysely<Database>, ids: readonly string[]): Promise<void> {
  for (const part of chunks(ids, LINK_CHUNK)) {
    await sql`update recommendation r set
        rs_list = (select array_agg(l.rs_iso3 order by l.rs_iso3) from recommendation_state l where l.recommendation_id = r.id),
        issue_list = (select array_agg(l.issue order by l.issue) from recommendation_issue l where l.recommendation_id = r.id)
      where r.id in (${sql.join(part)})`.execute(db);
  }
}

/**
 * Inserts one chunk of recommendations (run inside the caller's transaction). A recommendation
 * already in `orgId`'s own namespace gains the States and issues it lacks (a joint
 * recommendation split over two files); one only in the library is left alone.
 */
async function insertChunk(
  db: Kysely<Database>,
  engine: Engine,
  orgId: string,
  importId: string,
  batch: readonly NewRecommendation[],
  now: string,
): Promise<InsertCounts> {
  const existing = await db
    .selectFrom('recommendation')
    .select(['id', 'org_id', 'dedupe_key'])
    .where('org_id', 'in', visibleNamespaces(orgId))
    .where('dedupe_key', 'in', batch.map((r) => r.dedupeKey))
    .execute();
  const own = new Map(existing.filter((r) => r.org_id === orgId).map((r) => [r.dedupe_key, r.id]));
  const elsewhere = new Set(existing.map((r) => r.dedupe_key));
  // Re-reading the links of known recommendations is cheaper than re-inserting them all.
  const linked = await existingLinks(db, [...own.values()]);

  const rows: RecommendationInsert[] = [];
  /** Recommendations already stored that gain States or issues: their PostgreSQL lists are rebuilt. */
  const grown = new Set<string>();
  const states: { recommendation_id: string; rs_iso3: string }[] = [];
  const issues: { recommendation_id: string; issue: string }[] = [];
  let duplicates = 0;
  for (const rec of batch) {
    let id = own.get(rec.dedupeKey);
    if (id !== undefined || elsewhere.has(rec.dedupeKey)) duplicates++;
    else {
      id = crypto.randomUUID();
      rows.push({
        id, org_id: orgId, dedupe_key: rec.dedupeKey, cycle: rec.cycle, session: rec.session, sur_iso3: rec.surIso3, text: rec.text,
        response: rec.response, action_category: rec.actionCategory, paragraph: rec.paragraph, document: rec.document,
        source: rec.source, import_id: importId, created_at: now, rs_list: linkList(rec.states), issue_list: linkList(rec.issues),
      });
    }
    if (id === undefined) continue; // only in the library: not ours to change
    const before = states.length + issues.length;
    for (const rs of rec.states) if (!linked.has(`${id}|${rs}`)) states.push({ recommendation_id: id, rs_iso3: rs });
    for (const issue of rec.issues) if (!linked.has(`${id}|#${issue}`)) issues.push({ recommendation_id: id, issue });
    if (own.has(rec.dedupeKey) && states.length + issues.length > before) grown.add(id);
  }
  if (rows.length > 0 && engine === 'postgres') await insertRecommendationRowsPostgres(db, rows);
  // SQLite has no copies of the lists (decision record 0007).
  else if (rows.length > 0) await db.insertInto('recommendation').values(rows.map(({ rs_list: _rs, issue_list: _issues, ...row }) => row)).execute();
  const links = await insertLinks(db, engine, orgId, states, issues);
  if (engine === 'postgres') await refreshLinkLists(db, [...grown]);
  return { added: rows.length, duplicates, statesAdded: links.states, issuesAdded: links.issues };
}

/** Inserts a batch of recommendations into `orgId`'s namespace; `onChunk` reports how many are done. */
export async function insertRecommendations(
  db: Kysely<Database>,
  engine: Engine,
  orgId: string,
  importId: string,
  recommendations: readonly NewRecommendation[],
  now: string,
  onChunk?: (done: number) => void,
): Promise<InsertCounts> {
  const total: InsertCounts = { added: 0, duplicates: 0, statesAdded: 0, issuesAdded: 0 };
  let done = 0;
  for (const batch of chunks(recommendations, RECOMMENDATION_CHUNK)) {
    const counts = await insertChunk(db, engine, orgId, importId, batch, now);
    total.added += counts.added;
    total.duplicates += counts.duplicates;
    total.statesAdded += counts.statesAdded;
    total.issuesAdded += counts.issuesAdded;
    done += batch.length;
    onChunk?.(done);
    // better-sqlite3 is synchronous: yield to the event loop so progress lines reach the browser.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return total;
}

export async function insertImportRecord(db: Kysely<Database>, orgId: string, record: Omit<RecommendationImportTable, 'org_id'>): Promise<void> {
  await db.insertInto('recommendation_import').values({ ...record, org_id: orgId }).execute();
}

export async function listImports(db: Kysely<Database>, orgId: string, limit = 50) {
  return db.selectFrom('recommendation_import').selectAll().where('org_id', '=', orgId).orderBy('created_at', 'desc').limit(limit).execute();
}

export interface RecommendationStats {
  recommendations: number;
  /** Recommendation–recommending State pairs. */
  statePairs: number;
  statesUnderReview: number;
  bySession: Record<number, number>;
  /** Recommendation–State pairs by the recommendation's response. */
  pairsByResponse: Record<string, number>;
}

/** Counts of the recommendations `orgId` sees (its own and the library's). */
export async function recommendationStats(db: Kysely<Database>, orgId: string): Promise<RecommendationStats> {
  const namespaces = visibleNamespaces(orgId);
  const sessions = await db
    .selectFrom('recommendation')
    .select(['session', (eb) => eb.fn.countAll<number>().as('n')])
    .where('org_id', 'in', namespaces)
    .groupBy('session')
    .execute();
  const sur = await db
    .selectFrom('recommendation')
    .select((eb) => eb.fn.count<number>('sur_iso3').distinct().as('n'))
    .where('org_id', 'in', namespaces)
    .executeTakeFirstOrThrow();
  const pairs = await db
    .selectFrom('recommendation_state as s')
    .innerJoin('recommendation as r', 'r.id', 's.recommendation_id')
    .select(['r.response', (eb) => eb.fn.countAll<number>().as('n')])
    .where('s.org_id', 'in', namespaces)
    .groupBy('r.response')
    .execute();
  const bySession = Object.fromEntries(sessions.map((r) => [Number(r.session), Number(r.n)]));
  const pairsByResponse = Object.fromEntries(pairs.map((r) => [r.response, Number(r.n)]));
  return {
    recommendations: Object.values(bySession).reduce((a, b) => a + b, 0),
    statePairs: Object.values(pairsByResponse).reduce((a, b) => a + b, 0),
    statesUnderReview: Number(sur.n),
    bySession,
    pairsByResponse,
  };
}
