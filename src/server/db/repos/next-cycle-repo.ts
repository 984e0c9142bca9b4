/**
 * The link between a campaign and the one that starts the next cycle from it, and the baseline
 * copied into the new campaign. Every query is scoped by organisation.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { BaselineRecommendationRow, CampaignCycleRow } from '../schema-next-cycle.js';

type Db = Kysely<Database>;
/** Rows per INSERT: far below SQLite's bound-parameter limit for 17 columns. */
const CHUNK = 200;

/** The link of the campaign started from `previousId`, with the new campaign's name and date. */
export async function findNextOf(db: Db, orgId: string, previousId: string) {
  return db
    .selectFrom('campaign_cycle as l')
    .innerJoin('campaign as c', 'c.id', 'l.campaign_id')
    .select(['l.campaign_id', 'c.name', 'c.review_date', 'c.review_date_source'])
    .where('l.org_id', '=', orgId)
    .where('c.org_id', '=', orgId)
    .where('l.previous_campaign_id', '=', previousId)
    .executeTakeFirst();
}

/** How the campaign came to be, when it was started from another one. */
export async function getLink(db: Db, orgId: string, campaignId: string): Promise<CampaignCycleRow | undefined> {
  return db.selectFrom('campaign_cycle').selectAll().where('org_id', '=', orgId).where('campaign_id', '=', campaignId).executeTakeFirst();
}

export async function insertLink(db: Db, row: CampaignCycleRow): Promise<void> {
  await db.insertInto('campaign_cycle').values(row).execute();
}

export async function listBaseline(db: Db, orgId: string, campaignId: string): Promise<BaselineRecommendationRow[]> {
  return db
    .selectFrom('baseline_recommendation')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('campaign_id', '=', campaignId)
    .orderBy('position')
    .execute();
}

export async function insertBaseline(db: Db, rows: readonly BaselineRecommendationRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await db
      .insertInto('baseline_recommendation')
      .values(rows.slice(i, i + CHUNK))
      .execute();
}
