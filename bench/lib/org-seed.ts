/**
 * An organisation at scale, seeded fast: campaigns through the createCampaign use case (real
 * plans, sessions, audit), everything else in batched inserts straight through Kysely (not HTTP):
 * target States, an embassy and a mission per target, posts and the people holding them
 * (the contacts), interactions over the last two years, the follow-ups they created (mostly done),
 * briefings, and a third of the tasks ticked. Grows in place: `growTo` adds what is missing
 * to reach a size, spread over all the campaigns, so a curve can be measured on one database.
 * Deterministic (no randomness): the same size gives the same rows.
 */
import { addDays } from '../../src/core/dates.js';
import { createCampaign } from '../../src/server/app/campaigns.js';
import type { Actor, AppDeps } from '../../src/server/app/deps.js';

export interface OrgSize {
  campaigns: number;
  /** People holding (or having held) a post at an embassy or mission. */
  contacts: number;
  interactions: number;
}

/** The target size: 50 campaigns, 5,000 contacts, 50,000 interactions (factor 100 of BASE). */
export const BASE_SIZE: OrgSize = { campaigns: 0.5, contacts: 50, interactions: 500 };
export const sizeAt = (factor: number): OrgSize => ({
  campaigns: Math.max(1, Math.round(BASE_SIZE.campaigns * factor)),
  contacts: Math.round(BASE_SIZE.contacts * factor),
  interactions: Math.round(BASE_SIZE.interactions * factor),
});

/** Target States per campaign (each with an embassy and a Geneva mission: two channels). */
const TARGETS_PER_CAMPAIGN = 25;
const CHUNK = 400;
const KINDS = ['email', 'call', 'document-sent', 'meeting-request', 'meeting', 'call', 'email'] as const;

export interface SeededCampaign {
  id: string;
  stateIso3: string;
  channels: { id: string; iso3: string; kind: 'embassy' | 'mission'; postId: string }[];
  /** Open task keys (stage/task) of the plan, for writes that tick one. */
  openTasks: { stageKey: string; taskKey: string }[];
}

export interface SeededOrg {
  actor: Actor;
  campaigns: SeededCampaign[];
  size: OrgSize;
}

async function insertChunked(deps: AppDeps, table: string, rows: Record<string, unknown>[]): Promise<void> {
  const db = deps.db as any;
  for (let i = 0; i < rows.length; i += CHUNK)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK))
      .execute();
}

/** States with a regional group, in a fixed order, for SuRs and targets. */
function statePool(deps: AppDeps): string[] {
  return deps.states
    .all()
    .filter((s) => s.regionalGroup !== null)
    .map((s) => s.iso3)
    .sort();
}

async function addCampaign(deps: AppDeps, org: SeededOrg, k: number, pool: string[]): Promise<void> {
  const { actor } = org;
  const today = deps.clock.today();
  const stateIso3 = pool[(k * 7) % pool.length]!;
  // Reviews spread over the next two years: some campaigns in full swing, some starting.
  const dto = await createCampaign(
    deps,
    actor,
    { stateIso3, reviewDate: addDays(today, 60 + ((k * 37) % 700)), name: `Scale campaign ${k + 1}` },
    'en',
  );
  const now = deps.clock.now();
  const targets = Array.from({ length: TARGETS_PER_CAMPAIGN }, (_, t) => pool[(k * 11 + t * 3 + 1) % pool.length]!).filter(
    (iso3, i, all) => iso3 !== stateIso3 && all.indexOf(iso3) === i,
  );
  await insertChunked(
    deps,
    'campaign_target',
    targets.map((iso3) => ({
      id: crypto.randomUUID(),
      org_id: actor.orgId,
      campaign_id: dto.id,
      state_iso3: iso3,
      score: null,
      added_by: actor.userId,
      created_at: now,
    })),
  );
  const channels: SeededCampaign['channels'] = targets.flatMap((iso3) =>
    (['embassy', 'mission'] as const).map((kind) => ({ id: crypto.randomUUID(), iso3, kind, postId: crypto.randomUUID() })),
  );
  await insertChunked(
    deps,
    'outreach_channel',
    channels.map((c, i) => ({
      id: c.id,
      org_id: actor.orgId,
      campaign_id: dto.id,
      state_iso3: c.iso3,
      kind: c.kind,
      status: i % 3 === 0 ? 'followed-up' : 'contact-found',
      city: c.kind === 'mission' ? 'Geneva' : 'Capital',
      email: `${c.iso3.toLowerCase()}@example.org`,
      phone: '',
      note: '',
      created_at: now,
      updated_at: now,
    })),
  );
  await insertChunked(
    deps,
    'outreach_post',
    channels.map((c) => ({ id: c.postId, org_id: actor.orgId, channel_id: c.id, title: 'Human rights officer', created_at: now })),
  );
  const stages = dto.stages;
  const tasks = stages.flatMap((s) => s.tasks.map((t) => ({ stageKey: s.key, taskKey: t.key })));
  const ticked = tasks.filter((_, i) => i % 3 === 0);
  await insertChunked(
    deps,
    'task_progress',
    ticked.map((t) => ({
      id: crypto.randomUUID(),
      org_id: actor.orgId,
      campaign_id: dto.id,
      stage_key: t.stageKey,
      task_key: t.taskKey,
      done: 1,
      done_at: now,
      done_by: actor.userId,
      assignee_id: null,
      due_date: null,
      note: '',
      updated_at: now,
    })),
  );
  // As upsertTaskProgress does: cached plan views are keyed by the version.
  await deps.db.updateTable('campaign').set({ progress_version: 1 }).where('org_id', '=', actor.orgId).where('id', '=', dto.id).execute();
  await insertChunked(
    deps,
    'briefing',
    [-20, 10].map((days, i) => ({
      id: crypto.randomUUID(),
      org_id: actor.orgId,
      campaign_id: dto.id,
      title: `Briefing ${i + 1}`,
      date: addDays(today, days),
      venue: 'geneva',
      note: '',
      held: days < 0 ? 1 : 0,
      created_by: actor.userId,
      created_at: now,
    })),
  );
  org.campaigns.push({ id: dto.id, stateIso3, channels, openTasks: tasks.filter((_, i) => i % 3 !== 0) });
}

/** People, spread over every post of every campaign: the first of a post holds it, later ones succeed earlier ones. */
async function addContacts(deps: AppDeps, org: SeededOrg, from: number, to: number): Promise<void> {
  const posts = org.campaigns.flatMap((c) => c.channels.map((ch) => ch.postId));
  const now = deps.clock.now();
  const rows = [];
  for (let n = from; n < to; n++) {
    const round = Math.floor(n / posts.length);
    rows.push({
      id: crypto.randomUUID(),
      org_id: org.actor.orgId,
      post_id: posts[n % posts.length]!,
      name: `Contact ${n + 1}`,
      email: `contact${n + 1}@example.org`,
      phone: '',
      note: '',
      // The first round holds the posts; later rounds are predecessors who left.
      since: addDays(deps.clock.today(), -900 - round * 400),
      until: round === 0 ? null : addDays(deps.clock.today(), -901 - (round - 1) * 400),
      created_at: now,
    });
  }
  await insertChunked(deps, 'outreach_person', rows);
}

/**
 * Interactions over the last two years, one follow-up per four. Logging a call or meeting
 * completes a channel's open follow-ups, so few stay open: one per hundred interactions (about
 * one channel in five), due from a month ago to a month ahead; the others are done.
 */
async function addInteractions(deps: AppDeps, org: SeededOrg, from: number, to: number): Promise<void> {
  const channels = org.campaigns.flatMap((c) => c.channels.map((ch) => ({ campaignId: c.id, channelId: ch.id })));
  const today = deps.clock.today();
  const now = deps.clock.now();
  const interactions = [];
  const followUps = [];
  for (let n = from; n < to; n++) {
    const ch = channels[(n * 13) % channels.length]!;
    const id = crypto.randomUUID();
    const date = addDays(today, -((n * 17) % 730));
    interactions.push({
      id,
      org_id: org.actor.orgId,
      campaign_id: ch.campaignId,
      channel_id: ch.channelId,
      kind: KINDS[n % KINDS.length]!,
      date,
      person_id: null,
      briefing_id: null,
      note: `Interaction ${n + 1}`,
      created_by: org.actor.userId,
      created_at: now,
    });
    if (n % 4 === 0) {
      const open = n % 100 === 0;
      followUps.push({
        id: crypto.randomUUID(),
        org_id: org.actor.orgId,
        campaign_id: ch.campaignId,
        channel_id: ch.channelId,
        kind: (n / 4) % 3 === 0 ? 'meeting' : 'follow-up-call',
        due_date: open ? addDays(today, ((n / 100) % 60) - 30) : addDays(date, 7),
        interaction_id: id,
        note: '',
        done_at: open ? null : now,
        done_by: open ? null : org.actor.userId,
        created_at: now,
      });
    }
  }
  await insertChunked(deps, 'interaction', interactions);
  await insertChunked(deps, 'follow_up', followUps);
}

export function emptyOrg(actor: Actor): SeededOrg {
  return { actor, campaigns: [], size: { campaigns: 0, contacts: 0, interactions: 0 } };
}

/** Adds campaigns, contacts and interactions until the organisation has `size` of each. */
export async function growTo(deps: AppDeps, org: SeededOrg, size: OrgSize): Promise<void> {
  const pool = statePool(deps);
  for (let k = org.size.campaigns; k < size.campaigns; k++) await addCampaign(deps, org, k, pool);
  await addContacts(deps, org, org.size.contacts, size.contacts);
  await addInteractions(deps, org, org.size.interactions, size.interactions);
  org.size = {
    campaigns: Math.max(org.size.campaigns, size.campaigns),
    contacts: Math.max(org.size.contacts, size.contacts),
    interactions: Math.max(org.size.interactions, size.interactions),
  };
}
