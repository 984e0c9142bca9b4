/**
 * Export and import of a whole campaign as a portable file (`upr-advocate/campaign@1`): the
 * document (issues, organisation paragraph, settings) and the outreach contacts (targets, their
 * channels, posts and people, former holders included). Import creates a new campaign in the
 * importer's organisation in one transaction: all of it or nothing.
 */
import type { Kysely } from 'kysely';
import { DEFAULT_WORD_BUDGET, keyIssueProblems, describeKeyIssueProblem } from '../../core/campaign/key-issue-rules.js';
import { AppError } from '../../core/errors.js';
import { isChannelStatus } from '../../core/outreach/outreach-rules.js';
import { campaignFileSchema, CAMPAIGN_FILE_FORMAT, type CampaignFile, type CampaignFileInput } from '../../shared/contracts/campaign-file.js';
import type { CampaignDto } from '../../shared/contracts/campaigns.js';
import * as advocacyRepo from '../db/repos/advocacy-repo.js';
import { appendAudit } from '../db/repos/audit-repo.js';
import { insertCampaign } from '../db/repos/campaigns-repo.js';
import * as outreachRepo from '../db/repos/outreach-repo.js';
import { insertCampaignTargets } from '../db/repos/targets-repo.js';
import type { CampaignRow, Database } from '../db/schema.js';
import { loadDocumentSettings, toKeyIssueDto } from './advocacy.js';
import { resolveIssues } from './campaign-issues.js';
import { describeFileErrors, jsonPath } from './campaign-file-document.js';
import { getCampaign, loadCampaign, sessionOf } from './campaigns.js';
import { authorize, type Actor, type AppDeps } from './deps.js';
import { getOutreachBoard } from './outreach.js';
import { requireState } from './states.js';

export async function exportCampaignFile(deps: AppDeps, actor: Actor, campaignId: string): Promise<CampaignFileInput> {
  authorize(actor, 'campaign.read');
  const campaign = await loadCampaign(deps, actor, campaignId);
  const settings = await loadDocumentSettings(deps.db, actor, campaignId, 'en');
  const issues = (await advocacyRepo.listKeyIssues(deps.db, actor.orgId, campaignId)).map(toKeyIssueDto);
  const board = await getOutreachBoard(deps, actor, campaignId, 'en');
  return {
    format: CAMPAIGN_FILE_FORMAT,
    name: campaign.name,
    state: campaign.state_iso3,
    reviewDate: campaign.review_date,
    language: settings.language === 'ru' ? 'ru' : 'en',
    organisation: { name: settings.organisation_name, about: settings.about },
    wordBudget: Number(settings.word_budget),
    contact: { name: settings.contact_name, email: settings.contact_email, phone: settings.contact_phone },
    issues: issues.map(({ title, uprInfoIssues, summary, recommendations, questions, references }) => ({ title, uprInfoIssues, summary, recommendations, questions, references })),
    targets: board.targets.map((t) => ({
      state: t.iso3,
      channels: [t.channels.embassy, t.channels.mission]
        .filter((c) => c.id !== null)
        .map((c) => ({
          kind: c.kind,
          status: c.status,
          posts: c.posts.map((p) => ({
            title: p.title,
            people: [...p.previous].reverse().concat(p.current ? [p.current] : []).map(({ name, email, phone, note, since, until }) => ({ name, email, phone, note, since, until })),
          })),
        })),
    })),
  };
}

/** The file checked like the web forms check the same data; every refusal names where to look. */
function parseFile(deps: AppDeps, json: unknown): CampaignFile {
  const parsed = campaignFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError('validation', describeFileErrors(parsed.error), { issues: parsed.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })) });
  }
  const problems = keyIssueProblems(parsed.data.issues);
  if (problems.length > 0) throw new AppError('validation', describeKeyIssueProblem(problems[0]!), { field: 'issues', issues: [{ path: 'issues', message: problems[0]!.code }] });
  requireState(deps, parsed.data.state);
  // A State is a target once, with at most one channel of each kind (the tables are unique on both).
  const seen = new Set<string>();
  for (const [i, target] of (parsed.data.targets ?? []).entries()) {
    const iso3 = requireState(deps, target.state).iso3;
    const kinds = target.channels.map((c) => c.kind);
    const twice = seen.has(iso3) ? 'state' : new Set(kinds).size < kinds.length ? 'channels' : null;
    if (twice) {
      const path = `targets[${i}].${twice}`;
      throw new AppError('validation', `${path}: ${twice === 'state' ? `${iso3} is listed twice among the targets` : `${iso3} has two channels of the same kind`}.`, {
        issues: [{ path, message: 'duplicate' }],
      });
    }
    seen.add(iso3);
  }
  return parsed.data;
}

async function importOutreach(trx: Kysely<Database>, actor: Actor, campaignId: string, file: CampaignFile, now: string): Promise<void> {
  const targets = file.targets ?? [];
  await insertCampaignTargets(trx, actor.orgId, campaignId, targets.map((t) => ({ iso3: t.state, score: null })), actor.userId, now);
  for (const target of targets) {
    for (const channel of target.channels) {
      const channelId = crypto.randomUUID();
      const status = channel.status && isChannelStatus(channel.status) ? channel.status : 'not-contacted';
      await outreachRepo.insertChannel(trx, {
        id: channelId, org_id: actor.orgId, campaign_id: campaignId, state_iso3: target.state, kind: channel.kind, status,
        city: channel.kind === 'mission' ? 'Geneva' : '', email: '', phone: '', note: '', created_at: now, updated_at: now,
      });
      for (const post of channel.posts) {
        const postId = crypto.randomUUID();
        await outreachRepo.insertPost(trx, { id: postId, org_id: actor.orgId, channel_id: channelId, title: post.title, created_at: now });
        for (const person of post.people) {
          await outreachRepo.insertPerson(trx, { id: crypto.randomUUID(), org_id: actor.orgId, post_id: postId, ...person, created_at: now });
        }
      }
    }
  }
}

export async function importCampaignFile(deps: AppDeps, actor: Actor, json: unknown, language: string): Promise<CampaignDto> {
  authorize(actor, 'campaign.create');
  const file = parseFile(deps, json);
  const issueTags = file.issues.map((issue) => resolveIssues(issue.uprInfoIssues));
  const state = requireState(deps, file.state);
  const now = deps.clock.now();
  const campaign: CampaignRow = {
    id: crypto.randomUUID(), org_id: actor.orgId, name: file.name?.trim() || `UPR ${state.names[file.language]} ${file.reviewDate.slice(0, 4)}`,
    state_iso3: state.iso3, review_date: file.reviewDate, review_date_source: 'user', session: sessionOf(deps, file.reviewDate),
    created_by: actor.userId, created_at: now, updated_at: now, progress_version: 0,
  };
  await deps.db.transaction().execute(async (trx) => {
    await insertCampaign(trx, campaign);
    const contact = file.contact ?? { name: '', email: '', phone: '' };
    await advocacyRepo.saveDocumentSettings(trx, {
      campaign_id: campaign.id, org_id: actor.orgId, language: file.language, organisation_name: file.organisation.name, about: file.organisation.about,
      word_budget: file.wordBudget ?? DEFAULT_WORD_BUDGET, contact_name: contact.name, contact_email: contact.email, contact_phone: contact.phone, updated_at: now,
    });
    for (const [index, issue] of file.issues.entries()) {
      await advocacyRepo.insertKeyIssue(trx, {
        id: crypto.randomUUID(), org_id: actor.orgId, campaign_id: campaign.id, position: index + 1, title: issue.title,
        upr_info_issues: JSON.stringify(issueTags[index]), summary: issue.summary, recommendations: JSON.stringify(issue.recommendations.filter((r) => r.trim() !== '')),
        questions: JSON.stringify(issue.questions), source_refs: JSON.stringify(issue.references), created_at: now, updated_at: now,
      });
    }
    await importOutreach(trx, actor, campaign.id, file, now);
    await appendAudit(trx, {
      orgId: actor.orgId, actorId: actor.userId, action: 'campaign.import', objectType: 'campaign', objectId: campaign.id,
      changes: { name: campaign.name, stateIso3: campaign.state_iso3, issues: file.issues.length, targets: (file.targets ?? []).length }, at: now,
    });
  });
  return getCampaign(deps, actor, campaign.id, language);
}
