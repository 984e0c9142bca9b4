/**
 * The advocacy document workspace of a campaign (stage `advocacy-document`): at most four key
 * issues, each with one or two recommendations, plus the settings of the printed factsheet.
 * The 4-issue limit is checked inside the insert's transaction, so two people adding at once
 * cannot end with five.
 */
import { DEFAULT_WORD_BUDGET, documentWordCount, MAX_KEY_ISSUES } from '../../core/campaign/key-issue-rules.js';
import { AppError } from '../../core/errors.js';
import type { AdvocacyWorkspaceDto, DocumentSettingsDto, KeyIssueDto } from '../../shared/contracts/advocacy.js';
import { documentSettingsSchema, keyIssueInputSchema, reorderKeyIssuesSchema } from '../../shared/contracts/advocacy.js';
import type { Language } from '../../shared/contracts/common.js';
import * as repo from '../db/repos/advocacy-repo.js';
import { appendAudit } from '../db/repos/audit-repo.js';
import { getOrganization } from '../db/repos/members-repo.js';
import { listCampaignIssues, replaceCampaignIssues } from '../db/repos/targets-repo.js';
import type { Database } from '../db/schema.js';
import type { CampaignDocumentRow, KeyIssueRow } from '../db/schema-outreach.js';
import type { Kysely } from 'kysely';
import { resolveIssues } from './campaign-issues.js';
import { loadCampaign } from './campaigns.js';
import { authorize, notFound, type Actor, type AppDeps } from './deps.js';
import { MAX_CAMPAIGN_ISSUES } from '../../shared/contracts/targets.js';

const parseList = (json: string): string[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.map(String) : [];
};

export function toKeyIssueDto(row: KeyIssueRow): KeyIssueDto {
  return {
    id: row.id,
    position: Number(row.position),
    title: row.title,
    uprInfoIssues: parseList(row.upr_info_issues),
    summary: row.summary,
    recommendations: parseList(row.recommendations),
    questions: parseList(row.questions),
    references: parseList(row.source_refs),
    updatedAt: row.updated_at,
  };
}

function toSettingsDto(row: CampaignDocumentRow): DocumentSettingsDto {
  return {
    language: row.language === 'ru' ? 'ru' : 'en',
    organisationName: row.organisation_name,
    about: row.about,
    wordBudget: Number(row.word_budget),
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
  };
}

/** The stored settings, or the defaults: the organisation's name, the user's language, a one-to-two-page budget. */
export async function loadDocumentSettings(db: Kysely<Database>, actor: Actor, campaignId: string, language: string): Promise<CampaignDocumentRow> {
  const stored = await repo.getDocumentSettings(db, actor.orgId, campaignId);
  if (stored) return stored;
  const org = await getOrganization(db, actor.orgId);
  return {
    campaign_id: campaignId, org_id: actor.orgId, language: language === 'ru' ? 'ru' : 'en', organisation_name: org?.name ?? '',
    about: '', word_budget: DEFAULT_WORD_BUDGET, contact_name: '', contact_email: '', contact_phone: '', updated_at: '',
  };
}

export async function getAdvocacyWorkspace(deps: AppDeps, actor: Actor, campaignId: string, language: string): Promise<AdvocacyWorkspaceDto> {
  authorize(actor, 'campaign.read');
  await loadCampaign(deps, actor, campaignId);
  const settings = toSettingsDto(await loadDocumentSettings(deps.db, actor, campaignId, language));
  const issues = (await repo.listKeyIssues(deps.db, actor.orgId, campaignId)).map(toKeyIssueDto);
  return { campaignId, settings, issues, maxIssues: MAX_KEY_ISSUES, wordCount: documentWordCount({ about: settings.about, issues }) };
}

export async function updateDocumentSettings(deps: AppDeps, actor: Actor, campaignId: string, input: unknown, language: string): Promise<AdvocacyWorkspaceDto> {
  authorize(actor, 'campaign.update');
  const patch = documentSettingsSchema.parse(input);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await loadCampaign({ ...deps, db: trx }, actor, campaignId);
    const before = await loadDocumentSettings(trx, actor, campaignId, language);
    const after: CampaignDocumentRow = {
      ...before,
      language: patch.language ?? before.language,
      organisation_name: patch.organisationName ?? before.organisation_name,
      about: patch.about ?? before.about,
      word_budget: patch.wordBudget ?? before.word_budget,
      contact_name: patch.contactName ?? before.contact_name,
      contact_email: patch.contactEmail ?? before.contact_email,
      contact_phone: patch.contactPhone ?? before.contact_phone,
      updated_at: now,
    };
    const changed = (Object.keys(after) as (keyof CampaignDocumentRow)[]).filter((k) => k !== 'updated_at' && after[k] !== before[k]);
    if (changed.length === 0 && before.updated_at !== '') return;
    await repo.saveDocumentSettings(trx, after);
    await appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action: 'document.settings.update', objectType: 'campaign', objectId: campaignId, changes: { fields: changed }, at: now });
  });
  return getAdvocacyWorkspace(deps, actor, campaignId, language);
}

function parseKeyIssue(input: unknown) {
  const parsed = keyIssueInputSchema.parse(input);
  try {
    return { ...parsed, uprInfoIssues: resolveIssues(parsed.uprInfoIssues) };
  } catch (error) {
    // The same check as the finder's issues, reported on this form's field.
    if (!(error instanceof AppError)) throw error;
    const issues = (error.details.issues ?? []).map((i) => ({ ...i, path: 'uprInfoIssues' }));
    throw new AppError(error.code, error.message, { ...error.details, field: 'uprInfoIssues', issues });
  }
}

/** The key issues' UPR Info tags join the campaign's finder issues, so the target finder ranks on them. */
async function adoptTags(trx: Kysely<Database>, actor: Actor, campaignId: string, tags: readonly string[]): Promise<void> {
  const current = await listCampaignIssues(trx, actor.orgId, campaignId);
  const added = tags.filter((t) => !current.includes(t));
  if (added.length === 0) return;
  await replaceCampaignIssues(trx, actor.orgId, campaignId, [...current, ...added].slice(0, MAX_CAMPAIGN_ISSUES));
}

export async function addKeyIssue(deps: AppDeps, actor: Actor, campaignId: string, input: unknown): Promise<KeyIssueDto> {
  authorize(actor, 'campaign.update');
  const issue = parseKeyIssue(input);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    await loadCampaign({ ...deps, db: trx }, actor, campaignId);
    const count = await repo.countKeyIssues(trx, actor.orgId, campaignId);
    if (count >= MAX_KEY_ISSUES) {
      throw new AppError('validation', `The document already has ${MAX_KEY_ISSUES} key issues, the most a diplomat will read. Merge this one into an existing issue or remove one first.`, {
        field: 'issues', issues: [{ path: 'issues', message: 'too-many-key-issues' }], max: MAX_KEY_ISSUES,
      });
    }
    const row: KeyIssueRow = {
      id: crypto.randomUUID(), org_id: actor.orgId, campaign_id: campaignId, position: count + 1, title: issue.title,
      upr_info_issues: JSON.stringify(issue.uprInfoIssues), summary: issue.summary, recommendations: JSON.stringify(issue.recommendations),
      questions: JSON.stringify(issue.questions), source_refs: JSON.stringify(issue.references), created_at: now, updated_at: now,
    };
    await repo.insertKeyIssue(trx, row);
    await adoptTags(trx, actor, campaignId, issue.uprInfoIssues);
    await appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action: 'key-issue.create', objectType: 'key_issue', objectId: row.id, changes: { campaignId, title: row.title }, at: now });
    return toKeyIssueDto(row);
  });
}

export async function updateKeyIssue(deps: AppDeps, actor: Actor, campaignId: string, id: string, input: unknown): Promise<KeyIssueDto> {
  authorize(actor, 'campaign.update');
  const issue = parseKeyIssue(input);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const before = await repo.getKeyIssue(trx, actor.orgId, campaignId, id);
    if (!before) throw notFound('Key issue');
    const patch = {
      title: issue.title, upr_info_issues: JSON.stringify(issue.uprInfoIssues), summary: issue.summary,
      recommendations: JSON.stringify(issue.recommendations), questions: JSON.stringify(issue.questions), source_refs: JSON.stringify(issue.references),
    };
    const changed = (Object.keys(patch) as (keyof typeof patch)[]).filter((k) => patch[k] !== before[k]);
    if (changed.length === 0) return toKeyIssueDto(before);
    await repo.updateKeyIssue(trx, actor.orgId, id, { ...patch, updated_at: now });
    await adoptTags(trx, actor, campaignId, issue.uprInfoIssues);
    await appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action: 'key-issue.update', objectType: 'key_issue', objectId: id, changes: { fields: changed }, at: now });
    return toKeyIssueDto({ ...before, ...patch, updated_at: now });
  });
}

export async function deleteKeyIssue(deps: AppDeps, actor: Actor, campaignId: string, id: string): Promise<void> {
  authorize(actor, 'campaign.update');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const before = await repo.getKeyIssue(trx, actor.orgId, campaignId, id);
    if (!before) throw notFound('Key issue');
    await repo.deleteKeyIssue(trx, actor.orgId, id);
    const rest = await repo.listKeyIssues(trx, actor.orgId, campaignId);
    for (const [index, row] of rest.entries()) if (Number(row.position) !== index + 1) await repo.updateKeyIssue(trx, actor.orgId, row.id, { position: index + 1 });
    await appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action: 'key-issue.delete', objectType: 'key_issue', objectId: id, changes: { campaignId, title: before.title }, at: now });
  });
}

/** Puts the issues in the order of `ids`, which must name every issue of the campaign once. */
export async function reorderKeyIssues(deps: AppDeps, actor: Actor, campaignId: string, input: unknown, language: Language): Promise<AdvocacyWorkspaceDto> {
  authorize(actor, 'campaign.update');
  const { ids } = reorderKeyIssuesSchema.parse(input);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await loadCampaign({ ...deps, db: trx }, actor, campaignId);
    const rows = await repo.listKeyIssues(trx, actor.orgId, campaignId);
    const known = new Set(rows.map((r) => r.id));
    if (ids.length !== rows.length || new Set(ids).size !== ids.length || !ids.every((id) => known.has(id))) {
      throw new AppError('validation', 'The new order must list every key issue of the campaign exactly once.', { field: 'ids', issues: [{ path: 'ids', message: 'invalid-order' }] });
    }
    for (const [index, id] of ids.entries()) await repo.updateKeyIssue(trx, actor.orgId, id, { position: index + 1 });
    await appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action: 'key-issue.reorder', objectType: 'campaign', objectId: campaignId, changes: { order: ids }, at: now });
  });
  return getAdvocacyWorkspace(deps, actor, campaignId, language);
}
