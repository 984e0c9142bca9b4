/**
 * Group briefings: invite several channels at once — picked one by one, or every EU member or
 * regional group among the campaign's targets in one click — then record who came. Each
 * attendee's channel gets a "briefing" interaction (and its status moves to "meeting held").
 */
import { statusAfter, isChannelStatus, type ChannelKind } from '../../core/outreach/outreach-rules.js';
import { AppError } from '../../core/errors.js';
import type { BriefingDto } from '../../shared/contracts/outreach.js';
import { briefingAttendanceSchema, createBriefingSchema } from '../../shared/contracts/outreach.js';
import { appendAudit } from '../db/repos/audit-repo.js';
import * as interactions from '../db/repos/interaction-repo.js';
import { listChannels, updateChannel } from '../db/repos/outreach-repo.js';
import { listCampaignTargets } from '../db/repos/targets-repo.js';
import type { BriefingRow } from '../db/schema-outreach.js';
import type { CampaignRow } from '../db/schema.js';
import { loadCampaign } from './campaigns.js';
import { authorize, notFound, type Actor, type AppDeps } from './deps.js';
import { genevaWarning } from './geneva-warning.js';
import { ensureChannel } from './outreach.js';

type BriefingRequest = ReturnType<typeof createBriefingSchema.parse>;

/** The channels invited: the ones picked plus, for the groups chosen, each target's channel of the venue's kind. */
function inviteList(deps: AppDeps, request: BriefingRequest, targets: readonly string[]): { iso3: string; kind: ChannelKind }[] {
  const kindOfVenue: ChannelKind = request.venue === 'geneva' ? 'mission' : 'embassy';
  const wanted = new Map<string, { iso3: string; kind: ChannelKind }>();
  for (const ref of request.channels) wanted.set(`${ref.iso3}/${ref.kind}`, ref);
  const groups = new Set(request.regionalGroups);
  for (const iso3 of targets) {
    const state = deps.states.get(iso3);
    if ((request.euMembers && state?.euMember) || (state?.regionalGroup && groups.has(state.regionalGroup))) wanted.set(`${iso3}/${kindOfVenue}`, { iso3, kind: kindOfVenue });
  }
  return [...wanted.values()];
}

async function toDtos(deps: AppDeps, actor: Actor, campaign: CampaignRow, rows: BriefingRow[], language: string): Promise<BriefingDto[]> {
  const invitees = await interactions.listInvitees(deps.db, actor.orgId, rows.map((r) => r.id));
  const name = (iso3: string) => deps.states.get(iso3)?.names[language === 'ru' ? 'ru' : 'en'] ?? iso3;
  return rows.map((row) => {
    const mine = invitees.filter((i) => i.briefing_id === row.id);
    const withMission = row.venue === 'geneva' || mine.some((i) => i.kind === 'mission');
    return {
      id: row.id, title: row.title, date: row.date, venue: row.venue as BriefingDto['venue'], note: row.note, held: Number(row.held) === 1,
      invitees: mine.map((i) => ({ channelId: i.channel_id, iso3: i.state_iso3, stateName: name(i.state_iso3), kind: i.kind as ChannelKind, attended: i.attended === null ? null : Number(i.attended) === 1 })),
      genevaWarning: withMission && Number(row.held) !== 1 ? genevaWarning(deps, campaign, row.date) : null,
    };
  });
}

export async function listBriefings(deps: AppDeps, actor: Actor, campaignId: string, language: string): Promise<BriefingDto[]> {
  authorize(actor, 'campaign.read');
  const campaign = await loadCampaign(deps, actor, campaignId);
  return toDtos(deps, actor, campaign, await interactions.listBriefings(deps.db, actor.orgId, campaignId), language);
}

export async function createBriefing(deps: AppDeps, actor: Actor, campaignId: string, input: unknown, language: string): Promise<BriefingDto> {
  authorize(actor, 'campaign.update');
  const request = createBriefingSchema.parse(input);
  const now = deps.clock.now();
  const row = await deps.db.transaction().execute(async (trx) => {
    await loadCampaign({ ...deps, db: trx }, actor, campaignId);
    const targets = (await listCampaignTargets(trx, actor.orgId, campaignId)).map((t) => t.iso3);
    const invited = inviteList(deps, request, targets);
    if (invited.length === 0) {
      throw new AppError('validation', 'Nobody is invited: pick channels, or a group that has target States in this campaign.', { field: 'channels', issues: [{ path: 'channels', message: 'no-invitees' }] });
    }
    const channelIds: string[] = [];
    for (const ref of invited) channelIds.push((await ensureChannel(trx, actor, campaignId, ref.iso3, ref.kind, now)).id);
    const briefing: BriefingRow = {
      id: crypto.randomUUID(), org_id: actor.orgId, campaign_id: campaignId, title: request.title, date: request.date, venue: request.venue,
      note: request.note, held: 0, created_by: actor.userId, created_at: now,
    };
    await interactions.insertBriefing(trx, briefing, channelIds);
    await appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action: 'briefing.create', objectType: 'briefing', objectId: briefing.id, changes: { title: request.title, date: request.date, invited: channelIds.length }, at: now });
    return briefing;
  });
  const campaign = await loadCampaign(deps, actor, campaignId);
  return (await toDtos(deps, actor, campaign, [row], language))[0]!;
}

export async function recordAttendance(deps: AppDeps, actor: Actor, campaignId: string, briefingId: string, input: unknown, language: string): Promise<BriefingDto> {
  authorize(actor, 'campaign.update');
  const { attendedChannelIds } = briefingAttendanceSchema.parse(input);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const briefing = await interactions.getBriefing(trx, actor.orgId, campaignId, briefingId);
    if (!briefing) throw notFound('Briefing');
    if (Number(briefing.held) === 1) throw new AppError('conflict', 'Attendance of this briefing is already recorded.');
    const invited = new Set((await interactions.listInvitees(trx, actor.orgId, [briefingId])).map((i) => i.channel_id));
    const attended = new Set(attendedChannelIds);
    for (const id of attended) {
      if (!invited.has(id)) throw new AppError('validation', 'Only invited channels can be marked as present.', { field: 'attendedChannelIds', issues: [{ path: 'attendedChannelIds', message: 'not-invited' }] });
    }
    await interactions.setAttendance(trx, actor.orgId, briefingId, attended);
    const channels = await listChannels(trx, actor.orgId, campaignId);
    for (const channel of channels.filter((c) => attended.has(c.id))) {
      await interactions.insertInteraction(trx, {
        id: crypto.randomUUID(), org_id: actor.orgId, campaign_id: campaignId, channel_id: channel.id, kind: 'briefing', date: briefing.date,
        person_id: null, briefing_id: briefingId, note: briefing.title, created_by: actor.userId, created_at: now,
      });
      const status = statusAfter(isChannelStatus(channel.status) ? channel.status : 'not-contacted', 'briefing');
      if (status !== channel.status) await updateChannel(trx, actor.orgId, channel.id, { status, updated_at: now });
    }
    await appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action: 'briefing.attendance', objectType: 'briefing', objectId: briefingId, changes: { attended: attended.size, invited: invited.size }, at: now });
  });
  return (await listBriefings(deps, actor, campaignId, language)).find((b) => b.id === briefingId)!;
}
