/**
 * Ticking, assigning, re-dating and annotating the tasks of a campaign's plan.
 */
import { AppError } from '../../core/errors.js';
import { stageDef, STAGE_KEYS, type StageKey } from '../../core/strategy/catalogue.js';
import type { TaskDto } from '../../shared/contracts/campaigns.js';
import { updateTaskSchema } from '../../shared/contracts/campaigns.js';
import { appendAudit } from '../db/repos/audit-repo.js';
import { raiseProgressVersion, upsertTaskProgress, type TaskProgressPatch } from '../db/repos/campaigns-repo.js';
import { isMemberUser } from '../db/repos/members-repo.js';
import { campaignView } from './campaigns.js';
import { authorize, notFound, type Actor, type AppDeps } from './deps.js';

function requireTask(stageKey: string, taskKey: string): StageKey {
  if (!(STAGE_KEYS as readonly string[]).includes(stageKey)) throw notFound('Stage');
  const stage = stageDef(stageKey as StageKey);
  if (!stage.tasks.some((t) => t.key === taskKey)) throw notFound('Task');
  return stage.key;
}

export async function updateTask(deps: AppDeps, actor: Actor, campaignId: string, stageKey: string, taskKey: string, input: unknown): Promise<TaskDto> {
  authorize(actor, 'task.update');
  const patch = updateTaskSchema.parse(input);
  const stage = requireTask(stageKey, taskKey);
  const now = deps.clock.now();
  const campaign = await deps.db.transaction().execute(async (trx) => {
    // Raising the version first also finds the campaign, as it will be once this commits.
    const row = await raiseProgressVersion(trx, actor.orgId, campaignId);
    if (!row) throw notFound('Campaign');
    const set: TaskProgressPatch = {};
    if (patch.done !== undefined) {
      set.done = patch.done ? 1 : 0;
      set.done_at = patch.done ? now : null;
      set.done_by = patch.done ? actor.userId : null;
    }
    if (patch.assigneeId !== undefined) {
      if (patch.assigneeId !== null && !(await isMemberUser(trx, actor.orgId, patch.assigneeId))) {
        throw new AppError('validation', 'The assignee must be a member of your organisation.', { issues: [{ path: 'assigneeId', message: 'not-member' }] });
      }
      set.assignee_id = patch.assigneeId;
    }
    if (patch.dueDate !== undefined) set.due_date = patch.dueDate;
    if (patch.note !== undefined) set.note = patch.note;
    await upsertTaskProgress(trx, { orgId: actor.orgId, campaignId, stageKey: stage, taskKey }, set, now);
    await appendAudit(trx, {
      orgId: actor.orgId, actorId: actor.userId, action: 'task.update', objectType: 'task', objectId: `${campaignId}/${stage}/${taskKey}`,
      changes: { ...patch }, at: now,
    });
    return row;
  });
  const view = await campaignView(deps, actor, campaign, 'en');
  const task = view.stages.find((s) => s.key === stage)?.tasks.find((t) => t.key === taskKey);
  if (!task) throw notFound('Task');
  return task;
}
