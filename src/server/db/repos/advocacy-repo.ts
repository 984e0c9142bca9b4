/**
 * Key issues and document settings of a campaign. Every function takes the organisation:
 * another organisation's campaign simply has no rows here.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { CampaignDocumentRow, KeyIssueRow } from '../schema-outreach.js';

export async function listKeyIssues(db: Kysely<Database>, orgId: string, campaignId: string): Promise<KeyIssueRow[]> {
  return db.selectFrom('key_issue').selectAll().where('org_id', '=', orgId).where('campaign_id', '=', campaignId).orderBy('position').orderBy('created_at').execute();
}

export async function getKeyIssue(db: Kysely<Database>, orgId: string, campaignId: string, id: string): Promise<KeyIssueRow | undefined> {
  return db.selectFrom('key_issue').selectAll().where('org_id', '=', orgId).where('campaign_id', '=', campaignId).where('id', '=', id).executeTakeFirst();
}

export async function countKeyIssues(db: Kysely<Database>, orgId: string, campaignId: string): Promise<number> {
  const row = await db.selectFrom('key_issue').select((eb) => eb.fn.countAll().as('n')).where('org_id', '=', orgId).where('campaign_id', '=', campaignId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function insertKeyIssue(db: Kysely<Database>, row: KeyIssueRow): Promise<void> {
  await db.insertInto('key_issue').values(row).execute();
}

export type KeyIssuePatch = Partial<Pick<KeyIssueRow, 'title' | 'upr_info_issues' | 'summary' | 'recommendations' | 'questions' | 'source_refs' | 'position' | 'updated_at'>>;

export async function updateKeyIssue(db: Kysely<Database>, orgId: string, id: string, patch: KeyIssuePatch): Promise<void> {
  await db.updateTable('key_issue').set(patch).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function deleteKeyIssue(db: Kysely<Database>, orgId: string, id: string): Promise<void> {
  await db.deleteFrom('key_issue').where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function getDocumentSettings(db: Kysely<Database>, orgId: string, campaignId: string): Promise<CampaignDocumentRow | undefined> {
  return db.selectFrom('campaign_document').selectAll().where('org_id', '=', orgId).where('campaign_id', '=', campaignId).executeTakeFirst();
}

/** Insert or replace the settings row of a campaign (one per campaign). */
export async function saveDocumentSettings(db: Kysely<Database>, row: CampaignDocumentRow): Promise<void> {
  const { campaign_id: _key, ...rest } = row;
  await db
    .insertInto('campaign_document')
    .values(row)
    .onConflict((oc) => oc.column('campaign_id').doUpdateSet(rest))
    .execute();
}
