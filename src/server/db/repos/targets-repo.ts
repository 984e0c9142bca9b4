/**
 * What the target-State finder reads: per recommending State, counts of the recommendations
 * `orgId` sees (its own imports and the library), aggregated in the database with GROUP BY so
 * that only a few hundred rows come back whatever the size of the library, and a few sample
 * texts per State. A recommendation counts once per recommending State (a joint one counts for
 * each of its co-sponsors), and once however many of the campaign's issues it is tagged with.
 */
import { sql, type Kysely } from 'kysely';
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

/**
 * Up to `perState` recommendations of each of `rsIso3s`, preferring those to the SuR on the
 * issues, then those to anyone on the issues, then other ones to the SuR; the latest first.
 * ROW_NUMBER() over each State's candidates (both engines have window functions), computed on
 * the narrow columns of the covering indexes; then the texts of the chosen rows only.
 * The candidates are a UNION ALL of the issue recommendations (an `IN (subquery)` filter, a
 * semi-join in PostgreSQL) and the other ones to the SuR (a small set, checked with NOT EXISTS),
 * each found from the recommendations first and their links second, so that the plan does not
 * depend on the planner's statistics (just after an import PostgreSQL has none). A flag
 * `IN (subquery)` in the select list instead once took PostgreSQL 49 s instead of 0.1 s.
 */
export async function sampleRecommendations(
  db: Kysely<Database>,
  orgId: string,
  input: { surIso3: string; issues: readonly string[]; rsIso3s: readonly string[]; perState: number; engine?: Engine },
): Promise<SampleRecommendation[]> {
  if (input.rsIso3s.length === 0 || input.perState <= 0) return [];
  const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`));
  const ns = list(visibleNamespaces(orgId));
  // The links are looked up by recommendation id alone, then filtered by State. No condition on
  // s.org_id (a link has its recommendation's namespace): with one, PostgreSQL without statistics
  // read the whole namespace of the (org_id, rs_iso3, …) index for each recommendation. And
  // `rs_iso3 || ''` keeps SQLite from seeking the (recommendation_id, rs_iso3) key once per State;
  // on PostgreSQL the same expression forces a sequential scan of the links, so it is SQLite's only.
  const rsColumn = input.engine === 'postgres' ? sql`s.rs_iso3` : sql`s.rs_iso3 || ''`;
  const from = sql`from recommendation r join recommendation_state s on s.recommendation_id = r.id
    where r.org_id in (${ns}) and ${rsColumn} in (${list(input.rsIso3s)})`;
  const columns = sql`s.rs_iso3, r.id, r.session, r.cycle, r.sur_iso3, r.response`;
  const candidates =
    input.issues.length === 0
      ? sql`select ${columns}, 0 as on_issues ${from} and r.sur_iso3 = ${input.surIso3}`
      : sql`select ${columns}, 1 as on_issues ${from}
          and r.id in (select i.recommendation_id from recommendation_issue i where i.org_id in (${ns}) and i.issue in (${list(input.issues)}))
        union all
        select ${columns}, 0 as on_issues ${from} and r.sur_iso3 = ${input.surIso3}
          and not exists (select 1 from recommendation_issue i where i.recommendation_id = r.id and i.issue in (${list(input.issues)}))`;
  const rows = await sql<{ rs_iso3: string; id: string; session: number; cycle: number; sur_iso3: string; response: string; on_issues: number }>`
    select x.rs_iso3, x.id, x.session, x.cycle, x.sur_iso3, x.response, x.on_issues from (
      select c.*, row_number() over (
        partition by c.rs_iso3
        order by case when c.on_issues = 1 and c.sur_iso3 = ${input.surIso3} then 0 when c.on_issues = 1 then 1 else 2 end, c.session desc, c.id
      ) as rn
      from (${candidates}) c
    ) x
    where x.rn <= ${input.perState}
    order by x.rs_iso3, x.rn`.execute(db);
  // The texts in a second query by id: joined in the first, PostgreSQL (not foreseeing how few
  // rows the window keeps) hashed the whole recommendation table for them.
  const ids = [...new Set(rows.rows.map((r) => r.id))];
  const texts = ids.length === 0 ? [] : await db.selectFrom('recommendation').select(['id', 'text']).where('org_id', 'in', visibleNamespaces(orgId)).where('id', 'in', ids).execute();
  const textOf = new Map(texts.map((t) => [t.id, t.text]));
  return rows.rows.map((r) => ({
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
