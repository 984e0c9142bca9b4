/**
 * What the target-State finder reads: per recommending State, counts of the recommendations
 * `orgId` sees (its own imports and the library), aggregated in the database with GROUP BY so
 * that only a few hundred rows come back whatever the size of the library, and a few sample
 * texts per State. A recommendation counts once per recommending State (a joint one counts for
 * each of its co-sponsors), and once however many of the campaign's issues it is tagged with.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Engine } from '../database.js';
import type { Database } from '../schema.js';
import { visibleNamespaces } from './recommendations-repo.js';

export interface TargetAggregateInput {
  surIso3: string;
  /** UPR Info issue labels (data form). */
  issues: readonly string[];
  /** The other States of the SuR's regional group (the SuR itself has its own component). */
  regionIso3s: readonly string[];
}

/** Their recommendations on the issues (to any SuR) in one cycle. */
export interface IssueCount {
  rsIso3: string;
  cycle: number;
  count: number;
  /** Of those, action category 4 or 5. */
  specific: number;
}

/** Their recommendations to the SuR (toSur) or to the other States of its region, by cycle and response. */
export interface SurRegionCount {
  rsIso3: string;
  cycle: number;
  response: string;
  toSur: boolean;
  count: number;
}

export interface TargetAggregates {
  issueCounts: IssueCount[];
  surRegionCounts: SurRegionCount[];
}

const num = (x: unknown): number => Number(x ?? 0);

/** Ids of the visible recommendations tagged with any of `issues` (a set: each id once). */
function issueRecommendationIds(db: Kysely<Database>, namespaces: readonly string[], issues: readonly string[]) {
  return db.selectFrom('recommendation_issue as i').select('i.recommendation_id').where('i.org_id', 'in', namespaces).where('i.issue', 'in', issues);
}

/** Two GROUP BY queries: issue recommendations by (State, cycle); recommendations to the SuR and its region by (State, cycle, response). */
export async function aggregateTargetEvidence(db: Kysely<Database>, orgId: string, input: TargetAggregateInput): Promise<TargetAggregates> {
  const namespaces = visibleNamespaces(orgId);
  const issueRows =
    input.issues.length === 0
      ? []
      : await db
          .selectFrom('recommendation as r')
          .innerJoin('recommendation_state as s', 's.recommendation_id', 'r.id')
          .select(['s.rs_iso3', 'r.cycle'])
          .select((eb) => [eb.fn.countAll().as('n'), sql<number>`sum(case when r.action_category >= 4 then 1 else 0 end)`.as('specific')])
          .where('r.org_id', 'in', namespaces)
          .where('r.id', 'in', issueRecommendationIds(db, namespaces, input.issues))
          .where('s.rs_iso3', '<>', input.surIso3)
          .groupBy(['s.rs_iso3', 'r.cycle'])
          .execute();
  const toSur = sql<number>`case when r.sur_iso3 = ${input.surIso3} then 1 else 0 end`;
  const surRows = await db
    .selectFrom('recommendation as r')
    .innerJoin('recommendation_state as s', 's.recommendation_id', 'r.id')
    .select(['s.rs_iso3', 'r.cycle', 'r.response', toSur.as('to_sur')])
    .select((eb) => eb.fn.countAll().as('n'))
    .where('r.org_id', 'in', namespaces)
    .where('r.sur_iso3', 'in', [input.surIso3, ...input.regionIso3s])
    .where('s.rs_iso3', '<>', input.surIso3)
    // By the output column's name: the expression repeated would bind the SuR again as a new
    // parameter, which PostgreSQL does not recognise as the selected expression.
    .groupBy(['s.rs_iso3', 'r.cycle', 'r.response', sql`to_sur`])
    .execute();
  return {
    issueCounts: issueRows.map((r) => ({ rsIso3: r.rs_iso3, cycle: num(r.cycle), count: num(r.n), specific: num(r.specific) })),
    surRegionCounts: surRows.map((r) => ({ rsIso3: r.rs_iso3, cycle: num(r.cycle), response: r.response, toSur: num(r.to_sur) === 1, count: num(r.n) })),
  };
}

export interface SampleRecommendation {
  rsIso3: string;
  id: string;
  text: string;
  session: number;
  cycle: number;
  surIso3: string;
  response: string;
  /** True when tagged with one of the campaign's issues. */
  onIssues: boolean;
}

/** How many of the latest sessions are searched first for each State's latest recommendations on the issues. */
const RECENT_SESSIONS = 2;

type SampleRow = { rs_iso3: string; id: string; session: number; cycle: number; sur_iso3: string; response: string; on_issues: number };

/**
 * Up to `perState` recommendations of each of `rsIso3s`, preferring those to the SuR on the
 * issues, then those to anyone on the issues, then other ones to the SuR; the latest first
 * (ties by id). Three small queries instead of ranking every issue recommendation of 25 States
 * (thousands, 120 ms on PostgreSQL): the recommendations to the SuR (a few hundred, by the
 * (org_id, sur_iso3) index) with an on-issues flag; the latest ones on the issues to others,
 * read from the last RECENT_SESSIONS sessions only (by the (org_id, session) index); and, for
 * the States still short of samples, their older ones from their own links. Each query ranks
 * its rows per State with ROW_NUMBER() in SQL (same collation for the id tie-break as before);
 * the tiers are then concatenated in that order. The texts come last, by id, for the chosen rows.
 */
export async function sampleRecommendations(
  db: Kysely<Database>,
  orgId: string,
  input: { surIso3: string; issues: readonly string[]; rsIso3s: readonly string[]; perState: number; engine?: Engine },
): Promise<SampleRecommendation[]> {
  if (input.rsIso3s.length === 0 || input.perState <= 0) return [];
  const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`));
  const namespaces = visibleNamespaces(orgId);
  const ns = list(namespaces);
  const sqlite = input.engine !== 'postgres';
  // Links are looked up by recommendation id alone, then filtered by State: no condition on
  // s.org_id (a link has its recommendation's namespace), and on SQLite `rs_iso3 || ''` keeps it
  // from seeking the (recommendation_id, rs_iso3) key once per State (on PostgreSQL the same
  // expression forces a sequential scan of the links). CROSS JOIN fixes SQLite's join order.
  const rsIn = (states: readonly string[]) => sql`${sqlite ? sql`s.rs_iso3 || ''` : sql`s.rs_iso3`} in (${list(states)})`;
  const onIssues = sql`exists (select 1 from recommendation_issue i where i.recommendation_id = r.id and ${sqlite ? sql`i.issue || ''` : sql`i.issue`} in (${list(input.issues)}))`;
  const ranked = async (from: RawBuilder<unknown>, where: RawBuilder<unknown>, flag: RawBuilder<unknown>) => {
    const { rows } = await sql<SampleRow>`select x.rs_iso3, x.id, x.session, x.cycle, x.sur_iso3, x.response, x.on_issues from (
        select c.*, row_number() over (partition by c.rs_iso3, c.on_issues order by c.session desc, c.id) as rn from (
          select s.rs_iso3, r.id, r.session, r.cycle, r.sur_iso3, r.response, ${flag} as on_issues from ${from} where ${where}) c
      ) x where x.rn <= ${input.perState} order by x.rs_iso3, x.on_issues desc, x.rn`.execute(db);
    return rows;
  };
  const recFirst = sql`recommendation r ${sqlite ? sql`cross join` : sql`join`} recommendation_state s on s.recommendation_id = r.id`;
  const toSur = await ranked(recFirst, sql`r.org_id in (${ns}) and r.sur_iso3 = ${input.surIso3} and ${rsIn(input.rsIso3s)}`,
    input.issues.length === 0 ? sql`0` : sql`case when ${onIssues} then 1 else 0 end`);
  const tier0 = (iso3: string) => toSur.filter((r) => r.rs_iso3 === iso3 && num(r.on_issues) === 1).length;
  const needy = input.issues.length === 0 ? [] : input.rsIso3s.filter((iso3) => tier0(iso3) < input.perState);
  const onIssuesElsewhere = sql`r.sur_iso3 <> ${input.surIso3} and ${onIssues}`;
  const latest = needy.length === 0 ? null : await latestSession(db, namespaces);
  let others: SampleRow[] = [];
  if (latest !== null) {
    const since = latest - RECENT_SESSIONS + 1;
    others = await ranked(recFirst, sql`r.org_id in (${ns}) and r.session >= ${since} and ${rsIn(needy)} and ${onIssuesElsewhere}`, sql`1`);
    const short = needy.filter((iso3) => tier0(iso3) + others.filter((r) => r.rs_iso3 === iso3).length < input.perState);
    // Few States: from their links (the (org_id, rs_iso3, recommendation_id) index) to their
    // recommendations by id; a condition on r.org_id would lead SQLite to the (org_id, session) index.
    const linkFirst = sql`recommendation_state s ${sqlite ? sql`cross join` : sql`join`} recommendation r on r.id = s.recommendation_id`;
    if (short.length > 0) others.push(...(await ranked(linkFirst, sql`s.org_id in (${ns}) and s.rs_iso3 in (${list(short)}) and r.session < ${since} and ${onIssuesElsewhere}`, sql`1`)));
  }
  // Per State: the tiers in order (to the SuR on the issues, on the issues, to the SuR), each already ordered.
  const chosen = [...input.rsIso3s].sort().flatMap((iso3) => {
    const mine = (rows: SampleRow[], flag: number) => rows.filter((r) => r.rs_iso3 === iso3 && num(r.on_issues) === flag);
    return [...mine(toSur, 1), ...mine(others, 1), ...mine(toSur, 0)].slice(0, input.perState);
  });
  // The texts in a second query by id: joined in the first, PostgreSQL (not foreseeing how few
  // rows the window keeps) hashed the whole recommendation table for them.
  const ids = [...new Set(chosen.map((r) => r.id))];
  const texts = ids.length === 0 ? [] : await db.selectFrom('recommendation').select(['id', 'text']).where('org_id', 'in', namespaces).where('id', 'in', ids).execute();
  const textOf = new Map(texts.map((t) => [t.id, t.text]));
  return chosen.map((r) => ({
    rsIso3: r.rs_iso3,
    id: r.id,
    text: textOf.get(r.id) ?? '',
    session: num(r.session),
    cycle: num(r.cycle),
    surIso3: r.sur_iso3,
    response: r.response,
    onIssues: num(r.on_issues) === 1,
  }));
}

/** The latest session of the namespaces' recommendations (one index seek per namespace), or null. */
async function latestSession(db: Kysely<Database>, namespaces: readonly string[]): Promise<number | null> {
  const each = namespaces.map((ns) => sql`select max(session) as s from recommendation where org_id = ${ns}`);
  const { rows } = await sql<{ s: number | null }>`select max(x.s) as s from (${sql.join(each, sql` union all `)}) x`.execute(db);
  return rows[0]?.s === null || rows[0]?.s === undefined ? null : Number(rows[0].s);
}

/** The campaign's UPR Info issues, in the order of the label list they were saved from. */
export async function listCampaignIssues(db: Kysely<Database>, orgId: string, campaignId: string): Promise<string[]> {
  const rows = await db.selectFrom('campaign_issue_tag').select('issue').where('org_id', '=', orgId).where('campaign_id', '=', campaignId).orderBy('issue').execute();
  return rows.map((r) => r.issue);
}

/** Replaces the campaign's issues (run inside the caller's transaction). */
export async function replaceCampaignIssues(db: Kysely<Database>, orgId: string, campaignId: string, issues: readonly string[]): Promise<void> {
  await db.deleteFrom('campaign_issue_tag').where('org_id', '=', orgId).where('campaign_id', '=', campaignId).execute();
  if (issues.length === 0) return;
  await db.insertInto('campaign_issue_tag').values(issues.map((issue) => ({ org_id: orgId, campaign_id: campaignId, issue }))).execute();
}

export interface CampaignTargetRow {
  iso3: string;
  score: number | null;
  addedBy: string;
  addedByName: string | null;
  createdAt: string;
}

export async function listCampaignTargets(db: Kysely<Database>, orgId: string, campaignId: string): Promise<CampaignTargetRow[]> {
  const rows = await db
    .selectFrom('campaign_target as t')
    .leftJoin('user as u', 'u.id', 't.added_by')
    .select(['t.state_iso3', 't.score', 't.added_by', 'u.name as added_by_name', 't.created_at'])
    .where('t.org_id', '=', orgId)
    .where('t.campaign_id', '=', campaignId)
    .orderBy('t.created_at')
    .orderBy('t.state_iso3')
    .execute();
  return rows.map((r) => ({
    iso3: r.state_iso3,
    // Stored with two decimals; PostgreSQL's single-precision `real` reads back 87.38 as 87.379997.
    score: r.score === null ? null : Math.round(Number(r.score) * 100) / 100,
    addedBy: r.added_by,
    addedByName: r.added_by_name ?? null,
    createdAt: r.created_at,
  }));
}

/** Adds the States not yet targeted by the campaign; returns the ISO3 codes actually added. */
export async function insertCampaignTargets(
  db: Kysely<Database>,
  orgId: string,
  campaignId: string,
  targets: readonly { iso3: string; score: number | null }[],
  addedBy: string,
  now: string,
): Promise<string[]> {
  if (targets.length === 0) return [];
  const existing = await db
    .selectFrom('campaign_target')
    .select('state_iso3')
    .where('org_id', '=', orgId)
    .where('campaign_id', '=', campaignId)
    .where('state_iso3', 'in', targets.map((t) => t.iso3))
    .execute();
  const have = new Set(existing.map((r) => r.state_iso3));
  const fresh = targets.filter((t) => !have.has(t.iso3));
  if (fresh.length === 0) return [];
  const values = fresh.map((t) => ({ id: crypto.randomUUID(), org_id: orgId, campaign_id: campaignId, state_iso3: t.iso3, score: t.score, added_by: addedBy, created_at: now }));
  // The unique (campaign, State) constraint keeps a concurrent add of the same State harmless.
  await db.insertInto('campaign_target').values(values).onConflict((oc) => oc.columns(['campaign_id', 'state_iso3']).doNothing()).execute();
  return fresh.map((t) => t.iso3);
}

/** Removes one target; returns whether it was there. */
export async function deleteCampaignTarget(db: Kysely<Database>, orgId: string, campaignId: string, iso3: string): Promise<boolean> {
  const result = await db.deleteFrom('campaign_target').where('org_id', '=', orgId).where('campaign_id', '=', campaignId).where('state_iso3', '=', iso3).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * Refreshes PostgreSQL's statistics (and visibility map) of the recommendation tables after a
 * bulk import. Until autovacuum gets to them, a minute or more later, the planner guesses the
 * tables are tiny and joins the finder's 20,000 issue recommendations by nested loops reading
 * the heap (0.4 s instead of 30 ms). SQLite plans these queries well without statistics.
 * VACUUM cannot run inside a transaction: call it after the import's transaction committed.
 */
export async function refreshRecommendationStatistics(db: Kysely<Database>, engine: 'sqlite' | 'postgres'): Promise<void> {
  if (engine !== 'postgres') return;
  await sql`vacuum (analyze) recommendation, recommendation_state, recommendation_issue`.execute(db);
}
