/**
 * Reading and changing a campaign's outcome: the saved report with the State's responses, the
 * matches of our asks, the scoreboard, the thank and lobbying tasks, and monitoring. All keys
 * live under ['campaigns', id, 'outcome'], so one invalidation refreshes every outcome view.
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  MatchDto,
  MatchStatus,
  MonitoringDto,
  MonitoringEntryDto,
  OutcomeDto,
  OutcomeRemindersDto,
  ResponsesImportDto,
  SaveOutcomeInput,
  SaveOutcomeResultDto,
  SavedRecommendationDto,
  ScoreboardDto,
  SuggestMatchesResultDto,
  ThankTasksResultDto,
} from '../../shared/contracts/outcome-campaign.js';
import type { OutcomeParseDto } from '../../shared/contracts/outcome.js';
import type { MonitoringStatus } from '../../core/outcome/monitoring-status.js';
import type { Response } from '../../core/recommendations/responses.js';
import { http } from '../api/http.js';
import { queryKeys } from '../api/query-keys.js';
import { uploadFile, type UploadProgress } from './upload-file.js';

export const outcomeKeys = {
  all: (id: string) => ['campaigns', id, 'outcome'] as const,
  scoreboard: (id: string) => ['campaigns', id, 'outcome', 'scoreboard'] as const,
  monitoring: (id: string) => ['campaigns', id, 'outcome', 'monitoring'] as const,
  reminders: ['outcome-reminders'] as const,
};

const outcomePath = (id: string) => `/api/campaigns/${encodeURIComponent(id)}/outcome`;
const monitoringPath = (id: string) => `/api/campaigns/${encodeURIComponent(id)}/monitoring`;
const withFileName = (path: string, fileName: string, extra: Record<string, string> = {}) =>
  `${path}?${new URLSearchParams({ fileName, ...extra }).toString()}`;

export function outcomeQuery(id: string) {
  return queryOptions({ queryKey: outcomeKeys.all(id), queryFn: () => http<OutcomeDto>(outcomePath(id)) });
}

export function scoreboardQuery(id: string) {
  return queryOptions({ queryKey: outcomeKeys.scoreboard(id), queryFn: () => http<ScoreboardDto>(`${outcomePath(id)}/scoreboard`) });
}

export function monitoringQuery(id: string) {
  return queryOptions({ queryKey: outcomeKeys.monitoring(id), queryFn: () => http<MonitoringDto>(monitoringPath(id)) });
}

export const outcomeRemindersQuery = queryOptions({
  queryKey: outcomeKeys.reminders,
  queryFn: () => http<OutcomeRemindersDto>('/api/outcome-reminders'),
});

/**
 * Refreshes every view an outcome change can touch, the Monday dashboard included; resolves when
 * they are fresh, so that a mutation returning it from onSuccess stays pending until then (a ticked
 * task keeps its tick instead of flicking back while its list is read again).
 */
function useRefreshOutcome(id: string) {
  const client = useQueryClient();
  return async () => {
    await Promise.all(
      [outcomeKeys.all(id), outcomeKeys.reminders, queryKeys.dashboard].map((queryKey) => client.invalidateQueries({ queryKey })),
    );
  };
}

/** A report or addendum: pasted text, or a file sent with upload progress. */
export type OutcomeSourceInput = { text: string } | { file: File; onProgress?: UploadProgress };

export function usePreviewOutcome(id: string) {
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (source: OutcomeSourceInput) =>
      'file' in source
        ? uploadFile<OutcomeParseDto>(withFileName(`${outcomePath(id)}/preview`, source.file.name), source.file, source.onProgress)
        : http<OutcomeParseDto>(`${outcomePath(id)}/preview`, { method: 'POST', body: { text: source.text } }),
  });
}

export function useSaveOutcome(id: string) {
  const refresh = useRefreshOutcome(id);
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (input: SaveOutcomeInput) => http<SaveOutcomeResultDto>(outcomePath(id), { method: 'PUT', body: input }),
    onSuccess: refresh,
  });
}

/** Sets a response or "we follow it"; the row shows the new value at once, the tasks and counts follow. */
export function useUpdateRecommendation(id: string) {
  const client = useQueryClient();
  const refresh = useRefreshOutcome(id);
  return useMutation({
    mutationFn: ({ recommendationId, patch }: { recommendationId: string; patch: { response?: Response | null; ofInterest?: boolean } }) =>
      http<{ recommendation: SavedRecommendationDto; lobbyTasks: { created: number; removed: number } }>(
        `${outcomePath(id)}/recommendations/${encodeURIComponent(recommendationId)}`,
        { method: 'PATCH', body: patch },
      ),
    onSuccess: ({ recommendation }) => {
      client.setQueryData<OutcomeDto>(outcomeKeys.all(id), (old) =>
        old ? { ...old, recommendations: old.recommendations.map((r) => (r.id === recommendation.id ? recommendation : r)) } : old,
      );
      void refresh();
    },
  });
}

/** The addendum (Add.1): a dry run first shows what would change, then the same call applies it. */
export function useImportResponses(id: string) {
  const refresh = useRefreshOutcome(id);
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: ({ source, dryRun }: { source: OutcomeSourceInput; dryRun: boolean }) =>
      'file' in source
        ? uploadFile<ResponsesImportDto>(
            withFileName(`${outcomePath(id)}/responses`, source.file.name, { dryRun: String(dryRun) }),
            source.file,
            source.onProgress,
          )
        : http<ResponsesImportDto>(`${outcomePath(id)}/responses`, { method: 'POST', body: { text: source.text, dryRun } }),
    onSuccess: (result) => {
      if (!result.dryRun) void refresh();
    },
  });
}

export function useSuggestMatches(id: string) {
  const refresh = useRefreshOutcome(id);
  return useMutation({
    mutationFn: () => http<SuggestMatchesResultDto>(`${outcomePath(id)}/matches/suggest`, { method: 'POST', body: {} }),
    onSuccess: refresh,
  });
}

/** Confirms, rejects or undoes a suggestion; the list shows the decision at once, the rest follows. */
export function useDecideMatch(id: string) {
  const client = useQueryClient();
  const refresh = useRefreshOutcome(id);
  return useMutation({
    mutationFn: ({ matchId, status }: { matchId: string; status: MatchStatus }) =>
      http<MatchDto>(`${outcomePath(id)}/matches/${encodeURIComponent(matchId)}`, { method: 'PATCH', body: { status } }),
    onSuccess: (match) => {
      client.setQueryData<OutcomeDto>(outcomeKeys.all(id), (old) =>
        old ? { ...old, matches: old.matches.map((m) => (m.id === match.id ? match : m)) } : old,
      );
      void refresh();
    },
  });
}

export function useCreateThankTasks(id: string) {
  const refresh = useRefreshOutcome(id);
  return useMutation({
    mutationFn: () => http<ThankTasksResultDto>(`${outcomePath(id)}/thank-tasks`, { method: 'POST', body: {} }),
    onSuccess: refresh,
  });
}

export function useUpdateOutcomeTask(id: string) {
  const refresh = useRefreshOutcome(id);
  return useMutation({
    mutationFn: ({ taskId, patch }: { taskId: string; patch: { done?: boolean; dueDate?: string; note?: string } }) =>
      http<void>(`${outcomePath(id)}/tasks/${encodeURIComponent(taskId)}`, { method: 'PATCH', body: patch }),
    onSuccess: refresh,
  });
}

export function useUpdateMonitoring(id: string) {
  const refresh = useRefreshOutcome(id);
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: ({
      recommendationId,
      patch,
    }: {
      recommendationId: string;
      patch: { status?: MonitoringStatus; ministry?: string; date?: string };
    }) => http<void>(`${monitoringPath(id)}/${encodeURIComponent(recommendationId)}`, { method: 'PATCH', body: patch }),
    onSuccess: refresh,
  });
}

export function useAddEvidence(id: string) {
  const refresh = useRefreshOutcome(id);
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: ({ recommendationId, entry }: { recommendationId: string; entry: { date: string; text: string; source: string } }) =>
      http<MonitoringEntryDto>(`${monitoringPath(id)}/${encodeURIComponent(recommendationId)}/evidence`, { method: 'POST', body: entry }),
    onSuccess: refresh,
  });
}
