/**
 * The outcome's own tasks: "thank" one per target State that delivered (stage `thank-states`)
 * and "lobby" one per followed recommendation not supported (stage `lobby-noted`). Unlike the
 * plan's catalogue tasks they are per State or per recommendation, so they live in their own
 * table; listed per campaign and, for reminders, across the organisation's campaigns.
 */
import { addDays } from '../../core/dates.js';
import { updateOutcomeTaskSchema, type OutcomeRemindersDto, type OutcomeTaskDto } from '../../shared/contracts/outcome-campaign.js';
import * as repo from '../db/repos/outcome-repo.js';
import { loadCampaign } from './campaigns.js';
import { authorize, notFound, type Actor, type AppDeps } from './deps.js';
import { REMINDER_HORIZON_DAYS } from './follow-ups.js';
import { outcomeAudit, toTaskDto } from './outcome-common.js';

async function paragraphsOf(deps: AppDeps, orgId: string, campaignIds: readonly string[]): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const id of new Set(campaignIds)) for (const r of await repo.listRecommendations(deps.db, orgId, id)) map.set(r.id, r.paragraph);
  return map;
}

export async function listOutcomeTasks(
  deps: AppDeps,
  actor: Actor,
  campaignId: string,
  includeDone: boolean,
  language: string,
): Promise<OutcomeTaskDto[]> {
  authorize(actor, 'campaign.read');
  await loadCampaign(deps, actor, campaignId);
  const rows = await repo.listTasks(deps.db, actor.orgId, { campaignId, includeDone });
  const paragraphs = await paragraphsOf(deps, actor.orgId, [campaignId]);
  return rows.map((r) => toTaskDto(deps, r, paragraphs, language));
}

/** Open outcome tasks of one campaign or of all the organisation's campaigns (calendar feeds). */
export async function openOutcomeTasks(
  deps: AppDeps,
  orgId: string,
  campaignId: string | undefined,
  language: string,
): Promise<OutcomeTaskDto[]> {
  const rows = await repo.listTasks(deps.db, orgId, campaignId === undefined ? {} : { campaignId });
  const paragraphs = await paragraphsOf(
    deps,
    orgId,
    rows.map((r) => r.campaign_id),
  );
  return rows.map((r) => toTaskDto(deps, r, paragraphs, language));
}

/** Ticks a task off (or back on), moves its due date, or notes what was done. */
export async function updateOutcomeTask(deps: AppDeps, actor: Actor, campaignId: string, id: string, body: unknown): Promise<void> {
  authorize(actor, 'task.update');
  const patch = updateOutcomeTaskSchema.parse(body);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const row = await repo.getTask(trx, actor.orgId, campaignId, id);
    if (!row) throw notFound('Task');
    const set: Parameters<typeof repo.updateTask>[3] = {};
    if (patch.dueDate !== undefined && patch.dueDate !== row.due_date) set.due_date = patch.dueDate;
    if (patch.note !== undefined && patch.note !== row.note) set.note = patch.note;
    if (patch.done !== undefined && patch.done !== (row.done_at !== null)) {
      set.done_at = patch.done ? now : null;
      set.done_by = patch.done ? actor.userId : null;
    }
    const fields = Object.keys(set).filter((k) => k !== 'done_by');
    if (fields.length === 0) return;
    await repo.updateTask(trx, actor.orgId, id, set);
    await outcomeAudit(
      trx,
      actor,
      'outcome.task.update',
      'outcome_task',
      id,
      { kind: row.kind, fields, ...(patch.done !== undefined ? { done: patch.done } : {}) },
      now,
    );
  });
}

/**
 * Open outcome tasks of every campaign: overdue, due today and the next two weeks, shaped like
 * the follow-up reminders so the dashboard and the digest can show them side by side.
 */
export async function getOutcomeReminders(deps: AppDeps, actor: Actor, language: string): Promise<OutcomeRemindersDto> {
  authorize(actor, 'campaign.read');
  return outcomeRemindersOf(deps, actor.orgId, language);
}

/** The reminders of one organisation; also read by the daily digest, which acts for no one. */
export async function outcomeRemindersOf(deps: AppDeps, orgId: string, language: string): Promise<OutcomeRemindersDto> {
  const today = deps.clock.today();
  const rows = await repo.listTasks(deps.db, orgId, { dueBy: addDays(today, REMINDER_HORIZON_DAYS) });
  const paragraphs = await paragraphsOf(
    deps,
    orgId,
    rows.map((r) => r.campaign_id),
  );
  const tasks = rows.map((r) => toTaskDto(deps, r, paragraphs, language));
  return {
    today,
    overdue: tasks.filter((t) => t.dueDate < today),
    dueToday: tasks.filter((t) => t.dueDate === today),
    upcoming: tasks.filter((t) => t.dueDate > today),
  };
}
