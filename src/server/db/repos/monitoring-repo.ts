/**
 * Implementation monitoring of a campaign's followed recommendations: one item (status,
 * responsible ministry) per recommendation and its dated entries (evidence, status changes).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { MonitoringEntryRow, MonitoringItemRow } from '../schema-outcome.js';

type Db = Kysely<Database>;

export async function listItems(db: Db, orgId: string, campaignId: string): Promise<MonitoringItemRow[]> {
  return db.selectFrom('monitoring_item').selectAll().where('org_id', '=', orgId).where('campaign_id', '=', campaignId).execute();
}

export async function getItem(db: Db, orgId: string, recommendationId: string): Promise<MonitoringItemRow | undefined> {
  return db
    .selectFrom('monitoring_item')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('outcome_recommendation_id', '=', recommendationId)
    .executeTakeFirst();
}

/** Insert or replace the item of a recommendation (one per recommendation). */
export async function saveItem(db: Db, row: MonitoringItemRow): Promise<void> {
  const { outcome_recommendation_id: _key, ...rest } = row;
  await db
    .insertInto('monitoring_item')
    .values(row)
    .onConflict((oc) => oc.column('outcome_recommendation_id').doUpdateSet(rest))
    .execute();
}

export async function listEntries(db: Db, orgId: string, campaignId: string): Promise<MonitoringEntryRow[]> {
  return db
    .selectFrom('monitoring_entry')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('campaign_id', '=', campaignId)
    .orderBy('date')
    .orderBy('created_at')
    .execute();
}

export async function insertEntry(db: Db, row: MonitoringEntryRow): Promise<void> {
  await db.insertInto('monitoring_entry').values(row).execute();
}
