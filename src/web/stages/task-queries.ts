/**
 * Changing one task. The change shows at once (optimistic) and is rolled back, with a
 * notification, when the server refuses it.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CampaignDto, TaskDto, UpdateTaskRequest } from '../../shared/contracts/index.js';
import { http } from '../api/http.js';
import { queryKeys } from '../api/query-keys.js';

function replaceTask(campaign: CampaignDto, stageKey: string, taskKey: string, patch: Partial<TaskDto>): CampaignDto {
  return {
    ...campaign,
    stages: campaign.stages.map((stage) =>
      stage.key !== stageKey
        ? stage
        : { ...stage, tasks: stage.tasks.map((task) => (task.key === taskKey ? { ...task, ...patch } : task)) },
    ),
  };
}

function optimisticPatch(body: UpdateTaskRequest): Partial<TaskDto> {
  const patch: Partial<TaskDto> = {};
  if (body.done !== undefined) patch.done = body.done;
  if (body.assigneeId !== undefined) patch.assigneeId = body.assigneeId;
  if (body.note !== undefined) patch.note = body.note;
  if (body.dueDate) patch.due = body.dueDate;
  return patch;
}

export function useUpdateTask(campaignId: string, stageKey: string, taskKey: string) {
  const client = useQueryClient();
  const key = queryKeys.campaign(campaignId);
  return useMutation({
    mutationFn: (body: UpdateTaskRequest) =>
      http<TaskDto>(
        `/api/campaigns/${encodeURIComponent(campaignId)}/tasks/${encodeURIComponent(stageKey)}/${encodeURIComponent(taskKey)}`,
        { method: 'PATCH', body },
      ),
    onMutate: async (body) => {
      await client.cancelQueries({ queryKey: key, exact: true });
      const previous = client.getQueryData<CampaignDto>(key);
      if (previous) client.setQueryData(key, replaceTask(previous, stageKey, taskKey, optimisticPatch(body)));
      return { previous };
    },
    onError: (_error, _body, context) => {
      if (context?.previous) client.setQueryData(key, context.previous);
    },
    onSuccess: (task) => {
      const current = client.getQueryData<CampaignDto>(key);
      if (current && task && typeof task === 'object') client.setQueryData(key, replaceTask(current, stageKey, taskKey, task));
    },
    onSettled: () => {
      void client.invalidateQueries({ queryKey: queryKeys.campaigns, exact: true });
      void client.invalidateQueries({ queryKey: queryKeys.dashboard });
    },
  });
}
