/**
 * Campaigns and the progress of their tasks. The plan itself (stages, windows, due dates) is
 * computed by core from the review date; only what users change is stored.
 */
import type { Kysely } from 'kysely';
import type { CampaignRow, CampaignTable, Database, TaskProgressRow } from '../schema.js';

export async function listCampaigns(db: Kysely<Database>, orgId: string): Promise<CampaignRow[]> {
  return db.selectFrom('campaign').selectAll().where('org_id', '=', orgId).orderBy('review_date').orderBy('name').execute();
}

/**
 * The organisation's campaigns (as listCampaigns orders them) and its counter of changes to its
 * follow-ups and briefings (raised by triggers, migration 2026-11-28T0900; '0' before the first
 * change), in one statement: the dashboard reads both on every view.
 */
export async function campaignsWithOutreachVersion(
  db: Kysely<Database>,
  orgId: string,
): Promise<{ campaigns: CampaignRow[]; version: string }> {
  const rows = await db
    .selectFrom('campaign')
    .selectAll('campaign')
    .select((eb) => eb.selectFrom('org_outreach_version as v').select('v.n').where('v.org_id', '=', orgId).as('outreach_version'))
    .where('campaign.org_id', '=', orgId)
    .orderBy('campaign.review_date')
    .orderBy('campaign.name')
    .execute();
  // Without a campaign there are no rows, and nothing for the counter to key.
  const version = rows[0]?.outreach_version;
  const campaigns = rows.map(({ outreach_version: _version, ...campaign }) => campaign);
  return { campaigns, version: version === null || version === undefined ? '0' : String(version) };
}

export async function getCampaign(db: Kysely<Database>, orgId: string, id: string): Promise<CampaignRow | undefined> {
  return db.selectFrom('campaign').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function insertCampaign(db: Kysely<Database>, campaign: CampaignTable): Promise<void> {
  await db.insertInto('campaign').values(campaign).execute();
}

export async function updateCampaign(
  db: Kysely<Database>,
  orgId: string,
  id: string,
  patch: Partial<Pick<CampaignTable, 'name' | 'review_date' | 'review_date_source' | 'session' | 'updated_at'>>,
): Promise<void> {
  await db.updateTable('campaign').set(patch).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function deleteCampaign(db: Kysely<Database>, orgId: string, id: string): Promise<void> {
  await db.deleteFrom('task_progress').where('org_id', '=', orgId).where('campaign_id', '=', id).execute();
  await db.deleteFrom('campaign').where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function listTaskProgress(db: Kysely<Database>, orgId: string, campaignIds: string[]): Promise<TaskProgressRow[]> {
  if (campaignIds.length === 0) return [];
  return db.selectFrom('task_progress').selectAll().where('org_id', '=', orgId).where('campaign_id', 'in', campaignIds).execute();
}

export interface TaskProgressPatch {
  done?: number;
  done_at?: string | null;
  done_by?: string | null;
  assignee_id?: string | null;
  due_date?: string | null;
  note?: string;
}

/**
 * Raises a campaign's progress_version and gives its row as it now is (none when the campaign is
 * not the organisation's): call it inside the transaction of a change to the campaign's progress,
 * so that the new version and the new progress commit together (campaign-views.ts).
 */
export async function raiseProgressVersion(db: Kysely<Database>, orgId: string, campaignId: string): Promise<CampaignRow | undefined> {
  return db
    .updateTable('campaign')
    .set((eb) => ({ progress_version: eb('progress_version', '+', 1) }))
    .where('org_id', '=', orgId)
    .where('id', '=', campaignId)
    .returningAll()
    .executeTakeFirst();
}

/** Changes one task's progress, creating its row on first change (one statement); see raiseProgressVersion. */
export async function upsertTaskProgress(
  db: Kysely<Database>,
  key: { orgId: string; campaignId: string; stageKey: string; taskKey: string },
  patch: TaskProgressPatch,
  now: string,
): Promise<void> {
  const row: TaskProgressRow = {
    id: crypto.randomUUID(),
    org_id: key.orgId,
    campaign_id: key.campaignId,
    stage_key: key.stageKey,
    task_key: key.taskKey,
    done: 0,
    done_at: null,
    done_by: null,
    assignee_id: null,
    due_date: null,
    note: '',
    ...patch,
    updated_at: now,
  };
  await db
    .insertInto('task_progress')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['campaign_id', 'stage_key', 'task_key'])
        .doUpdateSet({ ...patch, updated_at: now })
        .where('task_progress.org_id', '=', key.orgId),
    )
    .execute();
}
