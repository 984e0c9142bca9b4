/**
 * The outcome of a campaign's review: its imported report, the report's recommendations with
 * the State's responses, the matches to the campaign's asks, and the thank and lobbying tasks.
 * Every function takes the organisation: another organisation's rows are never seen.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { OutcomeImportRow, OutcomeMatchRow, OutcomeRecommendationRow, OutcomeTaskRow } from '../schema-outcome.js';

type Db = Kysely<Database>;
/** Rows per INSERT: far below SQLite's bound-parameter limit for any column count here. */
const CHUNK = 200;

export async function getImport(db: Db, orgId: string, campaignId: string): Promise<OutcomeImportRow | undefined> {
  return db.selectFrom('outcome_import').selectAll().where('org_id', '=', orgId).where('campaign_id', '=', campaignId).executeTakeFirst();
}

export async function insertImport(db: Db, row: OutcomeImportRow): Promise<void> {
  await db.insertInto('outcome_import').values(row).execute();
}

export async function updateImport(
  db: Db,
  orgId: string,
  id: string,
  patch: Pick<OutcomeImportRow, 'document_symbol' | 'file_name' | 'updated_at'>,
): Promise<void> {
  await db.updateTable('outcome_import').set(patch).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function listRecommendations(db: Db, orgId: string, campaignId: string): Promise<OutcomeRecommendationRow[]> {
  return db
    .selectFrom('outcome_recommendation')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('campaign_id', '=', campaignId)
    .orderBy('position')
    .execute();
}

export async function getRecommendation(
  db: Db,
  orgId: string,
  campaignId: string,
  id: string,
): Promise<OutcomeRecommendationRow | undefined> {
  return db
    .selectFrom('outcome_recommendation')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('campaign_id', '=', campaignId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertRecommendations(db: Db, rows: readonly OutcomeRecommendationRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await db
      .insertInto('outcome_recommendation')
      .values(rows.slice(i, i + CHUNK))
      .execute();
}

export type RecommendationPatch = Partial<
  Pick<
    OutcomeRecommendationRow,
    'position' | 'text' | 'recommending_states' | 'response' | 'response_source' | 'of_interest' | 'updated_at'
  >
>;

export async function updateRecommendation(db: Db, orgId: string, id: string, patch: RecommendationPatch): Promise<void> {
  await db.updateTable('outcome_recommendation').set(patch).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function deleteRecommendations(db: Db, orgId: string, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) {
    await db
      .deleteFrom('outcome_recommendation')
      .where('org_id', '=', orgId)
      .where('id', 'in', ids.slice(i, i + CHUNK))
      .execute();
  }
}

export async function listMatches(db: Db, orgId: string, campaignId: string): Promise<OutcomeMatchRow[]> {
  return db
    .selectFrom('outcome_match')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('campaign_id', '=', campaignId)
    .orderBy('confidence', 'desc')
    .orderBy('id')
    .execute();
}

export async function getMatch(db: Db, orgId: string, campaignId: string, id: string): Promise<OutcomeMatchRow | undefined> {
  return db
    .selectFrom('outcome_match')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('campaign_id', '=', campaignId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertMatches(db: Db, rows: readonly OutcomeMatchRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await db
      .insertInto('outcome_match')
      .values(rows.slice(i, i + CHUNK))
      .execute();
}

export async function updateMatch(
  db: Db,
  orgId: string,
  id: string,
  patch: Pick<OutcomeMatchRow, 'status' | 'decided_by' | 'decided_at'>,
): Promise<void> {
  await db.updateTable('outcome_match').set(patch).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function deleteMatches(db: Db, orgId: string, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK)
    await db
      .deleteFrom('outcome_match')
      .where('org_id', '=', orgId)
      .where('id', 'in', ids.slice(i, i + CHUNK))
      .execute();
}

export interface TaskFilter {
  campaignId?: string;
  includeDone?: boolean;
  /** Open tasks due on or before this date. */
  dueBy?: string;
}

export async function listTasks(db: Db, orgId: string, filter: TaskFilter): Promise<OutcomeTaskRow[]> {
  let query = db.selectFrom('outcome_task').selectAll().where('org_id', '=', orgId);
  if (filter.campaignId !== undefined) query = query.where('campaign_id', '=', filter.campaignId);
  if (!filter.includeDone) query = query.where('done_at', 'is', null);
  if (filter.dueBy !== undefined) query = query.where('due_date', '<=', filter.dueBy);
  return query.orderBy('due_date').orderBy('kind').orderBy('state_iso3').orderBy('id').execute();
}

export async function getTask(db: Db, orgId: string, campaignId: string, id: string): Promise<OutcomeTaskRow | undefined> {
  return db
    .selectFrom('outcome_task')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('campaign_id', '=', campaignId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findTask(db: Db, orgId: string, campaignId: string, dedupeKey: string): Promise<OutcomeTaskRow | undefined> {
  return db
    .selectFrom('outcome_task')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('campaign_id', '=', campaignId)
    .where('dedupe_key', '=', dedupeKey)
    .executeTakeFirst();
}

export async function insertTask(db: Db, row: OutcomeTaskRow): Promise<void> {
  await db.insertInto('outcome_task').values(row).execute();
}

export async function updateTask(
  db: Db,
  orgId: string,
  id: string,
  patch: Partial<Pick<OutcomeTaskRow, 'due_date' | 'note' | 'done_at' | 'done_by'>>,
): Promise<void> {
  await db.updateTable('outcome_task').set(patch).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function deleteTask(db: Db, orgId: string, id: string): Promise<void> {
  await db.deleteFrom('outcome_task').where('org_id', '=', orgId).where('id', '=', id).execute();
}
