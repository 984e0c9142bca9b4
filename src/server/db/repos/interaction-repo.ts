/**
 * Interactions with channels, the follow-up tasks they create, and group briefings. Scoped by
 * organisation (and campaign where a campaign is in hand).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { BriefingRow, FollowUpRow, InteractionRow } from '../schema-outreach.js';

export async function insertInteraction(db: Kysely<Database>, row: InteractionRow): Promise<void> {
  await db.insertInto('interaction').values(row).execute();
}

export async function listInteractions(db: Kysely<Database>, orgId: string, campaignId: string, channelId: string) {
  return db
    .selectFrom('interaction as i')
    .leftJoin('outreach_person as p', (join) => join.onRef('p.id', '=', 'i.person_id').on('p.org_id', '=', orgId))
    .selectAll('i')
    .select('p.name as person_name')
    .where('i.org_id', '=', orgId)
    .where('i.campaign_id', '=', campaignId)
    .where('i.channel_id', '=', channelId)
    .orderBy('i.date', 'desc')
    .orderBy('i.created_at', 'desc')
    .limit(500)
    .execute();
}

/**
 * The most recent interaction (latest date, then latest logged) of each channel of a campaign:
 * one index seek per channel on (org_id, channel_id, date), one row per channel, rather than
 * reading the campaign's whole history (a thousand rows for a campaign of an organisation with
 * 50,000 interactions; bench/scale.ts). A window function over the campaign's interactions is
 * no better: SQLite then walks that index over the whole organisation. No condition on the
 * campaign (a channel belongs to one): with it, PostgreSQL chose the (org, campaign) index and
 * read the campaign's thousand interactions once per channel (5.8 ms instead of 1.5).
 */
export async function lastInteractions(db: Kysely<Database>, orgId: string, campaignId: string): Promise<Map<string, { date: string; kind: string }>> {
  const { rows } = await sql<{ channel_id: string; date: string; kind: string }>`
    select i.channel_id, i.date, i.kind
    from outreach_channel c
    join interaction i on i.id = (
      select j.id from interaction j
      where j.org_id = ${orgId} and j.channel_id = c.id
      order by j.date desc, j.created_at desc
      limit 1)
    where c.org_id = ${orgId} and c.campaign_id = ${campaignId}`.execute(db);
  return new Map(rows.map((row) => [row.channel_id, { date: row.date, kind: row.kind }]));
}

export async function insertFollowUp(db: Kysely<Database>, row: FollowUpRow): Promise<void> {
  await db.insertInto('follow_up').values(row).execute();
}

export async function getFollowUp(db: Kysely<Database>, orgId: string, campaignId: string, id: string): Promise<FollowUpRow | undefined> {
  return db.selectFrom('follow_up').selectAll().where('org_id', '=', orgId).where('campaign_id', '=', campaignId).where('id', '=', id).executeTakeFirst();
}

export async function updateFollowUp(db: Kysely<Database>, orgId: string, id: string, patch: Partial<Pick<FollowUpRow, 'due_date' | 'note' | 'done_at' | 'done_by'>>): Promise<void> {
  await db.updateTable('follow_up').set(patch).where('org_id', '=', orgId).where('id', '=', id).execute();
}

/** Open follow-ups of a channel of the given kind (what a call or meeting completes). */
export async function openFollowUps(db: Kysely<Database>, orgId: string, channelId: string, kind: string): Promise<FollowUpRow[]> {
  return db.selectFrom('follow_up').selectAll().where('org_id', '=', orgId).where('channel_id', '=', channelId).where('kind', '=', kind).where('done_at', 'is', null).execute();
}

export interface FollowUpQuery {
  campaignId?: string;
  /** Only follow-ups due on or after this date. */
  dueFrom?: string;
  /** Only open follow-ups due on or before this date. */
  dueBy?: string;
  kind?: string;
  includeDone?: boolean;
  /** Only the done ones, the latest due first (the outreach board shows them on request). */
  doneOnly?: boolean;
}

/** Follow-ups with their channel's State and kind, ordered by due date. */
export async function listFollowUps(db: Kysely<Database>, orgId: string, query: FollowUpQuery) {
  let q = db
    .selectFrom('follow_up as f')
    .innerJoin('outreach_channel as c', 'c.id', 'f.channel_id')
    .selectAll('f')
    .select(['c.state_iso3', 'c.kind as channel_kind'])
    .where('f.org_id', '=', orgId)
    .where('c.org_id', '=', orgId);
  if (query.campaignId) q = q.where('f.campaign_id', '=', query.campaignId);
  if (query.doneOnly) q = q.where('f.done_at', 'is not', null);
  else if (!query.includeDone) q = q.where('f.done_at', 'is', null);
  if (query.dueFrom) q = q.where('f.due_date', '>=', query.dueFrom);
  if (query.dueBy) q = q.where('f.due_date', '<=', query.dueBy);
  if (query.kind) q = q.where('f.kind', '=', query.kind);
  const direction = query.doneOnly ? 'desc' : 'asc';
  return q.orderBy('f.due_date', direction).orderBy('f.created_at', direction).limit(1000).execute();
}

export async function insertBriefing(db: Kysely<Database>, row: BriefingRow, channelIds: readonly string[]): Promise<void> {
  await db.insertInto('briefing').values(row).execute();
  if (channelIds.length > 0) {
    await db
      .insertInto('briefing_invitee')
      .values(channelIds.map((channel_id) => ({ briefing_id: row.id, org_id: row.org_id, channel_id, attended: null })))
      .execute();
  }
}

export async function getBriefing(db: Kysely<Database>, orgId: string, campaignId: string, id: string): Promise<BriefingRow | undefined> {
  return db.selectFrom('briefing').selectAll().where('org_id', '=', orgId).where('campaign_id', '=', campaignId).where('id', '=', id).executeTakeFirst();
}

export async function listBriefings(db: Kysely<Database>, orgId: string, campaignId: string): Promise<BriefingRow[]> {
  return db.selectFrom('briefing').selectAll().where('org_id', '=', orgId).where('campaign_id', '=', campaignId).orderBy('date', 'desc').execute();
}

/** Briefings not yet held, dated `from`–`to`, of every campaign of the organisation (the dashboard's, in one query). */
export async function listUpcomingBriefings(db: Kysely<Database>, orgId: string, from: string, to: string): Promise<BriefingRow[]> {
  return db
    .selectFrom('briefing')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('held', '=', 0)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('date')
    .execute();
}

export async function listInvitees(db: Kysely<Database>, orgId: string, briefingIds: readonly string[]) {
  if (briefingIds.length === 0) return [];
  return db
    .selectFrom('briefing_invitee as b')
    .innerJoin('outreach_channel as c', 'c.id', 'b.channel_id')
    .select(['b.briefing_id', 'b.channel_id', 'b.attended', 'c.state_iso3', 'c.kind'])
    .where('b.org_id', '=', orgId)
    .where('b.briefing_id', 'in', briefingIds)
    .orderBy('c.state_iso3')
    .execute();
}

export async function setAttendance(db: Kysely<Database>, orgId: string, briefingId: string, attended: ReadonlySet<string>): Promise<void> {
  const invitees = await db.selectFrom('briefing_invitee').select('channel_id').where('org_id', '=', orgId).where('briefing_id', '=', briefingId).execute();
  for (const { channel_id } of invitees) {
    await db
      .updateTable('briefing_invitee')
      .set({ attended: attended.has(channel_id) ? 1 : 0 })
      .where('org_id', '=', orgId)
      .where('briefing_id', '=', briefingId)
      .where('channel_id', '=', channel_id)
      .execute();
  }
  await db.updateTable('briefing').set({ held: 1 }).where('org_id', '=', orgId).where('id', '=', briefingId).execute();
}

/**
 * The organisation's follow-ups to act on: every open one already overdue (a meeting whose date
 * passed unrecorded too) and the calls due by `weekEnd`, soonest first, the first `limit` of
 * them, with how many there are in all. An organisation with 50 campaigns can have hundreds
 * overdue: reading them all cost the dashboard 3 ms and 100 KB of JSON a request (bench/findings.md).
 * The total is counted apart, and only when the list is full: counting beside the rows
 * (`count(*) over ()`) read and sorted every row due before the first `limit` could be given.
 */
export async function listDueFollowUps(db: Kysely<Database>, orgId: string, today: string, weekEnd: string, limit: number) {
  // Due by the week's end, and either overdue or not a meeting (a meeting ahead is not a task):
  // the due-date bound comes first so that the (org, done, due date) index limits the rows read.
  const due = db
    .selectFrom('follow_up as f')
    .innerJoin('outreach_channel as c', 'c.id', 'f.channel_id')
    .where('f.org_id', '=', orgId)
    .where('c.org_id', '=', orgId)
    .where('f.done_at', 'is', null)
    .where('f.due_date', '<=', weekEnd)
    .where((eb) => eb.or([eb('f.due_date', '<', today), eb('f.kind', '<>', 'meeting')]));
  const rows = await due
    .selectAll('f')
    .select(['c.state_iso3', 'c.kind as channel_kind'])
    .orderBy('f.due_date')
    .orderBy('f.created_at')
    .limit(limit)
    .execute();
  if (rows.length < limit) return { rows, total: rows.length };
  const { n } = await due.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(n) };
}
