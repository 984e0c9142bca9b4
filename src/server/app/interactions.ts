/**
 * Logging calls, e-mails, documents sent, meeting requests, meetings and briefings with a
 * channel. Each moves the channel's status forward, may create a follow-up task ("document
 * sent" → a follow-up call 7 days later; a meeting request → the meeting) and completes the
 * open task it answers. Dates with a Geneva mission inside a UPR/HRC session get a warning.
 */
import { completesFollowUp, followUpFor, isChannelStatus, statusAfter } from '../../core/outreach/outreach-rules.js';
import { AppError } from '../../core/errors.js';
import type { FollowUpDto, InteractionDto, LoggedInteractionDto } from '../../shared/contracts/outreach.js';
import { logInteractionSchema } from '../../shared/contracts/outreach.js';
import { appendAudit } from '../db/repos/audit-repo.js';
import * as interactions from '../db/repos/interaction-repo.js';
import { findChannel, getPerson, updateChannel } from '../db/repos/outreach-repo.js';
import type { FollowUpRow, InteractionRow } from '../db/schema-outreach.js';
import { loadCampaign } from './campaigns.js';
import { authorize, type Actor, type AppDeps } from './deps.js';
import { toFollowUpDto } from './follow-ups.js';
import { genevaWarning } from './geneva-warning.js';
import { ensureChannel } from './outreach.js';
import { channelKindSchema } from '../../shared/contracts/outreach.js';
import { iso3Schema } from '../../shared/contracts/common.js';

function toInteractionDto(row: InteractionRow, personName: string | null): InteractionDto {
  return {
    id: row.id, channelId: row.channel_id, kind: row.kind as InteractionDto['kind'], date: row.date, personId: row.person_id,
    personName, briefingId: row.briefing_id, note: row.note, createdAt: row.created_at,
  };
}

export async function listChannelInteractions(deps: AppDeps, actor: Actor, campaignId: string, iso3: string, kind: string): Promise<InteractionDto[]> {
  authorize(actor, 'campaign.read');
  await loadCampaign(deps, actor, campaignId);
  const channel = await findChannel(deps.db, actor.orgId, campaignId, iso3Schema.parse(iso3), channelKindSchema.parse(kind));
  if (!channel) return [];
  const rows = await interactions.listInteractions(deps.db, actor.orgId, campaignId, channel.id);
  return rows.map((r) => toInteractionDto(r, r.person_name ?? null));
}

export async function logInteraction(deps: AppDeps, actor: Actor, campaignId: string, iso3: string, kind: string, input: unknown, language: string): Promise<LoggedInteractionDto> {
  authorize(actor, 'campaign.update');
  const request = logInteractionSchema.parse(input);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const campaign = await loadCampaign({ ...deps, db: trx }, actor, campaignId);
    const channel = await ensureChannel(trx, actor, campaignId, iso3, kind, now);
    let personName: string | null = null;
    if (request.personId) {
      const person = await getPerson(trx, actor.orgId, campaignId, request.personId);
      if (!person || person.channel_id !== channel.id) {
        throw new AppError('validation', 'The person chosen does not belong to this channel.', { field: 'personId', issues: [{ path: 'personId', message: 'unknown-person' }] });
      }
      personName = person.name;
    }
    const row: InteractionRow = {
      id: crypto.randomUUID(), org_id: actor.orgId, campaign_id: campaignId, channel_id: channel.id, kind: request.kind, date: request.date,
      person_id: request.personId, briefing_id: null, note: request.note, created_by: actor.userId, created_at: now,
    };
    await interactions.insertInteraction(trx, row);

    const before = isChannelStatus(channel.status) ? channel.status : 'not-contacted';
    const status = statusAfter(before, request.kind);
    if (status !== before) await updateChannel(trx, actor.orgId, channel.id, { status, updated_at: now });

    const completedFollowUps: string[] = [];
    const completes = completesFollowUp(request.kind);
    if (completes) {
      for (const open of await interactions.openFollowUps(trx, actor.orgId, channel.id, completes)) {
        await interactions.updateFollowUp(trx, actor.orgId, open.id, { done_at: now, done_by: actor.userId });
        completedFollowUps.push(open.id);
      }
    }

    let followUp: FollowUpDto | null = null;
    const plan = followUpFor(request.kind, request.date, request.meetingDate);
    if (plan) {
      const task: FollowUpRow = {
        id: crypto.randomUUID(), org_id: actor.orgId, campaign_id: campaignId, channel_id: channel.id, kind: plan.kind, due_date: plan.due,
        interaction_id: row.id, note: '', done_at: null, done_by: null, created_at: now,
      };
      await interactions.insertFollowUp(trx, task);
      followUp = toFollowUpDto(deps, { ...task, state_iso3: channel.state_iso3, channel_kind: channel.kind }, language);
    }

    await appendAudit(trx, {
      orgId: actor.orgId, actorId: actor.userId, action: 'interaction.log', objectType: 'interaction', objectId: row.id,
      changes: { channelId: channel.id, kind: request.kind, date: request.date, status, followUpId: followUp?.id ?? null, completed: completedFollowUps }, at: now,
    });
    // Geneva timing: what gets scheduled with a mission is the meeting (asked for or held) or the follow-up call.
    const scheduled = request.kind === 'meeting-request' ? followUp?.dueDate : request.kind === 'meeting' && request.date >= deps.clock.today() ? request.date : followUp?.dueDate;
    const warning = channel.kind === 'mission' && scheduled ? genevaWarning(deps, campaign, scheduled) : null;
    return { interaction: toInteractionDto(row, personName), status, followUp, completedFollowUps, genevaWarning: warning };
  });
}
