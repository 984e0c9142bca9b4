/**
 * The outreach board (stages `embassies` and `geneva-missions`): per target State its embassy
 * and its Geneva mission, each with a status, posts and the people who hold them. When someone
 * leaves, the successor takes the post and the post keeps its history (STRATEGY tip of
 * `update-recommending-states`: people change, posts stay).
 */
import { isChannelStatus, statusWithContact, type ChannelKind } from '../../core/outreach/outreach-rules.js';
import { AppError } from '../../core/errors.js';
import type { ChannelDto, OutreachBoardDto, PersonDto, PostDto } from '../../shared/contracts/outreach.js';
import { channelKindSchema, createPostSchema, personInputSchema, personLeavesSchema, updateChannelSchema } from '../../shared/contracts/outreach.js';
import { iso3Schema } from '../../shared/contracts/common.js';
import { appendAudit } from '../db/repos/audit-repo.js';
import { lastInteractions, listFollowUps } from '../db/repos/interaction-repo.js';
import * as repo from '../db/repos/outreach-repo.js';
import { listCampaignTargets } from '../db/repos/targets-repo.js';
import type { Database } from '../db/schema.js';
import type { OutreachChannelRow, OutreachPersonRow } from '../db/schema-outreach.js';
import type { Kysely } from 'kysely';
import { loadCampaign } from './campaigns.js';
import { authorize, notFound, type Actor, type AppDeps } from './deps.js';
import { toFollowUpDto } from './follow-ups.js';

export function toPersonDto(row: OutreachPersonRow): PersonDto {
  return { id: row.id, name: row.name, email: row.email, phone: row.phone, note: row.note, since: row.since, until: row.until };
}

function emptyChannel(kind: ChannelKind): ChannelDto {
  return { id: null, kind, status: 'not-contacted', city: '', email: '', phone: '', note: '', posts: [], lastInteraction: null, nextFollowUp: null };
}

export async function getOutreachBoard(deps: AppDeps, actor: Actor, campaignId: string, language: string): Promise<OutreachBoardDto> {
  authorize(actor, 'campaign.read');
  await loadCampaign(deps, actor, campaignId);
  const targets = await listCampaignTargets(deps.db, actor.orgId, campaignId);
  const channels = await repo.listChannels(deps.db, actor.orgId, campaignId);
  const { posts, people } = await repo.listPostsWithPeople(deps.db, actor.orgId, channels.map((c) => c.id));
  const last = await lastInteractions(deps.db, actor.orgId, campaignId);
  const followUps = (await listFollowUps(deps.db, actor.orgId, { campaignId })).map((f) => toFollowUpDto(deps, f, language));
  const channelDto = (row: OutreachChannelRow): ChannelDto => ({
    id: row.id,
    kind: row.kind as ChannelKind,
    status: isChannelStatus(row.status) ? row.status : 'not-contacted',
    city: row.city,
    email: row.email,
    phone: row.phone,
    note: row.note,
    posts: posts.filter((p) => p.channel_id === row.id).map((post): PostDto => {
      const holders = people.filter((p) => p.post_id === post.id);
      const current = holders.find((p) => p.until === null) ?? null;
      const previous = holders.filter((p) => p.until !== null).sort((a, b) => (a.until! < b.until! ? 1 : -1));
      return { id: post.id, title: post.title, current: current ? toPersonDto(current) : null, previous: previous.map(toPersonDto) };
    }),
    lastInteraction: (last.get(row.id) as ChannelDto['lastInteraction']) ?? null,
    nextFollowUp: followUps.find((f) => f.channelId === row.id) ?? null,
  });
  return {
    campaignId,
    targets: targets.map((t) => {
      const state = deps.states.get(t.iso3);
      const of = (kind: ChannelKind) => {
        const row = channels.find((c) => c.state_iso3 === t.iso3 && c.kind === kind);
        return row ? channelDto(row) : emptyChannel(kind);
      };
      return {
        iso3: t.iso3,
        name: state ? state.names[language === 'ru' ? 'ru' : 'en'] : t.iso3,
        regionalGroup: state?.regionalGroup ?? null,
        euMember: state?.euMember ?? false,
        channels: { embassy: of('embassy'), mission: of('mission') },
      };
    }),
  };
}

/** The channel of a target State, created on first use; a State that is not a target is refused. */
export async function ensureChannel(trx: Kysely<Database>, actor: Actor, campaignId: string, iso3Input: string, kindInput: string, now: string): Promise<OutreachChannelRow> {
  const iso3 = iso3Schema.parse(iso3Input);
  const kind = channelKindSchema.parse(kindInput);
  const existing = await repo.findChannel(trx, actor.orgId, campaignId, iso3, kind);
  if (existing) return existing;
  const targets = await listCampaignTargets(trx, actor.orgId, campaignId);
  if (!targets.some((t) => t.iso3 === iso3)) {
    throw new AppError('validation', `${iso3} is not a target State of this campaign: add it to the targets first.`, { field: 'iso3', issues: [{ path: 'iso3', message: 'not-a-target' }] });
  }
  const row: OutreachChannelRow = {
    id: crypto.randomUUID(), org_id: actor.orgId, campaign_id: campaignId, state_iso3: iso3, kind, status: 'not-contacted',
    city: kind === 'mission' ? 'Geneva' : '', email: '', phone: '', note: '', created_at: now, updated_at: now,
  };
  await repo.insertChannel(trx, row);
  return row;
}

async function withCampaign<T>(deps: AppDeps, actor: Actor, campaignId: string, work: (trx: Kysely<Database>, now: string) => Promise<T>): Promise<T> {
  authorize(actor, 'campaign.update');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    await loadCampaign({ ...deps, db: trx }, actor, campaignId);
    return work(trx, now);
  });
}

const audit = (trx: Kysely<Database>, actor: Actor, action: string, objectType: string, objectId: string, changes: Record<string, unknown>, at: string) =>
  appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action, objectType, objectId, changes, at });

export async function updateChannel(deps: AppDeps, actor: Actor, campaignId: string, iso3: string, kind: string, input: unknown): Promise<void> {
  const patch = updateChannelSchema.parse(input);
  await withCampaign(deps, actor, campaignId, async (trx, now) => {
    const channel = await ensureChannel(trx, actor, campaignId, iso3, kind, now);
    const changed = (Object.keys(patch) as (keyof typeof patch)[]).filter((k) => patch[k] !== undefined && patch[k] !== channel[k]);
    if (changed.length === 0) return;
    await repo.updateChannel(trx, actor.orgId, channel.id, { ...patch, updated_at: now });
    await audit(trx, actor, 'channel.update', 'outreach_channel', channel.id, { fields: changed, ...(patch.status ? { status: patch.status } : {}) }, now);
  });
}

function newPerson(actor: Actor, postId: string, input: ReturnType<typeof personInputSchema.parse>, now: string): OutreachPersonRow {
  return { id: crypto.randomUUID(), org_id: actor.orgId, post_id: postId, ...input, until: null, created_at: now };
}

export async function createPost(deps: AppDeps, actor: Actor, campaignId: string, iso3: string, kind: string, input: unknown): Promise<{ postId: string }> {
  const request = createPostSchema.parse(input);
  return withCampaign(deps, actor, campaignId, async (trx, now) => {
    const channel = await ensureChannel(trx, actor, campaignId, iso3, kind, now);
    const postId = crypto.randomUUID();
    await repo.insertPost(trx, { id: postId, org_id: actor.orgId, channel_id: channel.id, title: request.title, created_at: now });
    if (request.person) {
      await repo.insertPerson(trx, newPerson(actor, postId, personInputSchema.parse(request.person), now));
      const status = statusWithContact(isChannelStatus(channel.status) ? channel.status : 'not-contacted');
      if (status !== channel.status) await repo.updateChannel(trx, actor.orgId, channel.id, { status, updated_at: now });
    }
    await audit(trx, actor, 'post.create', 'outreach_post', postId, { channelId: channel.id, title: request.title, withPerson: Boolean(request.person) }, now);
    return { postId };
  });
}

/** A new holder of the post: the current one (if any) leaves the day before the successor starts (or today). */
export async function appointPerson(deps: AppDeps, actor: Actor, campaignId: string, postId: string, input: unknown): Promise<PersonDto> {
  const person = personInputSchema.parse(input);
  return withCampaign(deps, actor, campaignId, async (trx, now) => {
    const post = await repo.getPost(trx, actor.orgId, campaignId, postId);
    if (!post) throw notFound('Post');
    const current = await repo.currentHolder(trx, actor.orgId, postId);
    const handover = person.since ?? deps.clock.today();
    if (current) await repo.updatePerson(trx, actor.orgId, current.id, { until: handover });
    const row = newPerson(actor, postId, person, now);
    await repo.insertPerson(trx, row);
    const status = statusWithContact(isChannelStatus(post.status) ? post.status : 'not-contacted');
    if (status !== post.status) await repo.updateChannel(trx, actor.orgId, post.channel_id, { status, updated_at: now });
    await audit(trx, actor, 'person.appoint', 'outreach_person', row.id, { postId, succeeds: current?.id ?? null }, now);
    return toPersonDto(row);
  });
}

export async function updatePerson(deps: AppDeps, actor: Actor, campaignId: string, personId: string, input: unknown): Promise<void> {
  const patch = personInputSchema.partial().strict().parse(input);
  await withCampaign(deps, actor, campaignId, async (trx, now) => {
    const person = await repo.getPerson(trx, actor.orgId, campaignId, personId);
    if (!person) throw notFound('Person');
    const changed = (Object.keys(patch) as (keyof typeof patch)[]).filter((k) => patch[k] !== undefined && patch[k] !== person[k]);
    if (changed.length === 0) return;
    await repo.updatePerson(trx, actor.orgId, personId, patch);
    await audit(trx, actor, 'person.update', 'outreach_person', personId, { fields: changed }, now);
  });
}

/** The person left the post (which stays, vacant, with its history). */
export async function personLeaves(deps: AppDeps, actor: Actor, campaignId: string, personId: string, input: unknown): Promise<void> {
  const { until } = personLeavesSchema.parse(input);
  await withCampaign(deps, actor, campaignId, async (trx, now) => {
    const person = await repo.getPerson(trx, actor.orgId, campaignId, personId);
    if (!person) throw notFound('Person');
    if (person.until !== null) throw new AppError('conflict', 'This person has already left the post.');
    await repo.updatePerson(trx, actor.orgId, personId, { until });
    await audit(trx, actor, 'person.leave', 'outreach_person', personId, { until }, now);
  });
}
