/**
 * Channels (a target State's embassy or Geneva mission), their posts and the people who held
 * them. Every query is scoped by organisation; a post or person is reached through its channel
 * so that an id from another campaign or organisation finds nothing.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { OutreachChannelRow, OutreachPersonRow, OutreachPostRow } from '../schema-outreach.js';

export async function listChannels(db: Kysely<Database>, orgId: string, campaignId: string): Promise<OutreachChannelRow[]> {
  return db.selectFrom('outreach_channel').selectAll().where('org_id', '=', orgId).where('campaign_id', '=', campaignId).execute();
}

export async function findChannel(db: Kysely<Database>, orgId: string, campaignId: string, iso3: string, kind: string): Promise<OutreachChannelRow | undefined> {
  return db
    .selectFrom('outreach_channel')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('campaign_id', '=', campaignId)
    .where('state_iso3', '=', iso3)
    .where('kind', '=', kind)
    .executeTakeFirst();
}

export async function getChannelById(db: Kysely<Database>, orgId: string, campaignId: string, id: string): Promise<OutreachChannelRow | undefined> {
  return db.selectFrom('outreach_channel').selectAll().where('org_id', '=', orgId).where('campaign_id', '=', campaignId).where('id', '=', id).executeTakeFirst();
}

export async function insertChannel(db: Kysely<Database>, row: OutreachChannelRow): Promise<void> {
  await db.insertInto('outreach_channel').values(row).execute();
}

export type ChannelPatch = Partial<Pick<OutreachChannelRow, 'status' | 'city' | 'email' | 'phone' | 'note' | 'updated_at'>>;

export async function updateChannel(db: Kysely<Database>, orgId: string, id: string, patch: ChannelPatch): Promise<void> {
  await db.updateTable('outreach_channel').set(patch).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function listPosts(db: Kysely<Database>, orgId: string, channelIds: readonly string[]): Promise<OutreachPostRow[]> {
  if (channelIds.length === 0) return [];
  return db.selectFrom('outreach_post').selectAll().where('org_id', '=', orgId).where('channel_id', 'in', channelIds).orderBy('created_at').orderBy('id').execute();
}

export async function listPeople(db: Kysely<Database>, orgId: string, postIds: readonly string[]): Promise<OutreachPersonRow[]> {
  if (postIds.length === 0) return [];
  return db.selectFrom('outreach_person').selectAll().where('org_id', '=', orgId).where('post_id', 'in', postIds).orderBy('created_at').orderBy('id').execute();
}

/**
 * The posts of channels with everyone who held them, in one statement (the outreach board's;
 * on PostgreSQL each statement is a round trip): posts and people each ordered as the two
 * lists above order them.
 */
export async function listPostsWithPeople(
  db: Kysely<Database>,
  orgId: string,
  channelIds: readonly string[],
): Promise<{ posts: OutreachPostRow[]; people: OutreachPersonRow[] }> {
  if (channelIds.length === 0) return { posts: [], people: [] };
  const rows = await db
    .selectFrom('outreach_post as po')
    .leftJoin('outreach_person as pe', (join) => join.onRef('pe.post_id', '=', 'po.id').on('pe.org_id', '=', orgId))
    .select(['po.id as po_id', 'po.org_id as po_org_id', 'po.channel_id as po_channel_id', 'po.title as po_title', 'po.created_at as po_created_at'])
    .select(['pe.id', 'pe.org_id', 'pe.post_id', 'pe.name', 'pe.email', 'pe.phone', 'pe.note', 'pe.since', 'pe.until', 'pe.created_at'])
    .where('po.org_id', '=', orgId)
    .where('po.channel_id', 'in', channelIds)
    .orderBy('po.created_at')
    .orderBy('po.id')
    .execute();
  const posts = new Map<string, OutreachPostRow>();
  const people: OutreachPersonRow[] = [];
  for (const r of rows) {
    if (!posts.has(r.po_id)) posts.set(r.po_id, { id: r.po_id, org_id: r.po_org_id, channel_id: r.po_channel_id, title: r.po_title, created_at: r.po_created_at });
    if (r.id !== null) {
      people.push({ id: r.id, org_id: r.org_id!, post_id: r.post_id!, name: r.name!, email: r.email!, phone: r.phone!, note: r.note!, since: r.since, until: r.until, created_at: r.created_at! });
    }
  }
  people.sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { posts: [...posts.values()], people };
}

export async function insertPost(db: Kysely<Database>, row: OutreachPostRow): Promise<void> {
  await db.insertInto('outreach_post').values(row).execute();
}

/** A post of one of the campaign's channels, with its channel. */
export async function getPost(db: Kysely<Database>, orgId: string, campaignId: string, postId: string) {
  return db
    .selectFrom('outreach_post as p')
    .innerJoin('outreach_channel as c', 'c.id', 'p.channel_id')
    .select(['p.id', 'p.title', 'p.channel_id', 'c.state_iso3', 'c.kind', 'c.status'])
    .where('p.org_id', '=', orgId)
    .where('c.org_id', '=', orgId)
    .where('c.campaign_id', '=', campaignId)
    .where('p.id', '=', postId)
    .executeTakeFirst();
}

/** A person of one of the campaign's posts, with the post's channel. */
export async function getPerson(db: Kysely<Database>, orgId: string, campaignId: string, personId: string) {
  return db
    .selectFrom('outreach_person as r')
    .innerJoin('outreach_post as p', 'p.id', 'r.post_id')
    .innerJoin('outreach_channel as c', 'c.id', 'p.channel_id')
    .selectAll('r')
    .select(['c.id as channel_id'])
    .where('r.org_id', '=', orgId)
    .where('c.org_id', '=', orgId)
    .where('c.campaign_id', '=', campaignId)
    .where('r.id', '=', personId)
    .executeTakeFirst();
}

export async function currentHolder(db: Kysely<Database>, orgId: string, postId: string): Promise<OutreachPersonRow | undefined> {
  return db.selectFrom('outreach_person').selectAll().where('org_id', '=', orgId).where('post_id', '=', postId).where('until', 'is', null).executeTakeFirst();
}

export async function insertPerson(db: Kysely<Database>, row: OutreachPersonRow): Promise<void> {
  await db.insertInto('outreach_person').values(row).execute();
}

export type PersonPatch = Partial<Pick<OutreachPersonRow, 'name' | 'email' | 'phone' | 'note' | 'since' | 'until'>>;

export async function updatePerson(db: Kysely<Database>, orgId: string, id: string, patch: PersonPatch): Promise<void> {
  await db.updateTable('outreach_person').set(patch).where('org_id', '=', orgId).where('id', '=', id).execute();
}
