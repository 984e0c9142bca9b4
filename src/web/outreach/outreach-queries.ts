/**
 * Reading and changing the outreach board: channels, posts and people, interactions,
 * follow-ups and group briefings. Every change refreshes the board and what depends on it
 * (follow-ups, reminders, the Monday dashboard).
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelKind } from '../../core/outreach/outreach-rules.js';
import type {
  BriefingDto,
  CreateBriefingInput,
  FollowUpDto,
  InteractionDto,
  LogInteractionInput,
  LoggedInteractionDto,
  OutreachBoardDto,
  PersonDto,
  PersonInput,
} from '../../shared/contracts/outreach.js';
import { http } from '../api/http.js';
import { queryKeys } from '../api/query-keys.js';

export const campaignPath = (id: string) => `/api/campaigns/${encodeURIComponent(id)}`;
const channelPath = (id: string, iso3: string, kind: ChannelKind) => `${campaignPath(id)}/outreach/${encodeURIComponent(iso3)}/${kind}`;

export interface ChannelRef {
  iso3: string;
  kind: ChannelKind;
}

export function outreachBoardQuery(id: string) {
  return queryOptions({ queryKey: queryKeys.outreach(id), queryFn: () => http<OutreachBoardDto>(`${campaignPath(id)}/outreach`) });
}

export function channelInteractionsQuery(id: string, ref: ChannelRef) {
  return queryOptions({
    queryKey: queryKeys.channelInteractions(id, ref.iso3, ref.kind),
    queryFn: () => http<InteractionDto[]>(`${channelPath(id, ref.iso3, ref.kind)}/interactions`),
  });
}

/** The open follow-ups, which the board lists. */
export function followUpsQuery(id: string) {
  return queryOptions({ queryKey: queryKeys.followUps(id), queryFn: () => http<FollowUpDto[]>(`${campaignPath(id)}/follow-ups`) });
}

/** The done ones, latest due first: history, read only when asked for (under the open ones' key, so refreshed with them). */
export function doneFollowUpsQuery(id: string) {
  return queryOptions({ queryKey: [...queryKeys.followUps(id), 'done'], queryFn: () => http<FollowUpDto[]>(`${campaignPath(id)}/follow-ups?done=true`) });
}

export function briefingsQuery(id: string) {
  return queryOptions({ queryKey: queryKeys.briefings(id), queryFn: () => http<BriefingDto[]>(`${campaignPath(id)}/briefings`) });
}

/**
 * Refreshes everything an outreach change can touch; resolves when the lists on screen are fresh.
 * A mutation returns this from onSuccess so that it stays pending until then: a ticked follow-up
 * keeps its tick until the fresh list takes it away, instead of flicking back for a moment.
 */
export function useRefreshOutreach(id: string) {
  const client = useQueryClient();
  return async () => {
    // The board's key is the prefix of each channel's interactions.
    await Promise.all(
      [queryKeys.outreach(id), queryKeys.followUps(id), queryKeys.briefings(id), queryKeys.reminders, queryKeys.dashboard].map((queryKey) =>
        client.invalidateQueries({ queryKey }),
      ),
    );
  };
}

function useOutreachMutation<TInput, TResult>(id: string, request: (input: TInput) => Promise<TResult>, inlineErrors = true) {
  const refresh = useRefreshOutreach(id);
  return useMutation({ meta: { inlineErrors }, mutationFn: request, onSuccess: refresh });
}

export interface ChannelPatch {
  status?: string;
  city?: string;
  email?: string;
  phone?: string;
  note?: string;
}

export function useUpdateChannel(id: string) {
  return useOutreachMutation(id, ({ ref, patch }: { ref: ChannelRef; patch: ChannelPatch }) =>
    http<void>(channelPath(id, ref.iso3, ref.kind), { method: 'PATCH', body: patch }),
  );
}

export function useCreatePost(id: string) {
  return useOutreachMutation(id, ({ ref, title, person }: { ref: ChannelRef; title: string; person?: PersonInput }) =>
    http<{ postId: string }>(`${channelPath(id, ref.iso3, ref.kind)}/posts`, { method: 'POST', body: person ? { title, person } : { title } }),
  );
}

export function useAppointPerson(id: string) {
  return useOutreachMutation(id, ({ postId, person }: { postId: string; person: PersonInput }) =>
    http<PersonDto>(`${campaignPath(id)}/posts/${encodeURIComponent(postId)}/people`, { method: 'POST', body: person }),
  );
}

export function useUpdatePerson(id: string) {
  return useOutreachMutation(id, ({ personId, patch }: { personId: string; patch: Partial<PersonInput> }) =>
    http<void>(`${campaignPath(id)}/people/${encodeURIComponent(personId)}`, { method: 'PATCH', body: patch }),
  );
}

export function usePersonLeaves(id: string) {
  return useOutreachMutation(id, ({ personId, until }: { personId: string; until: string }) =>
    http<void>(`${campaignPath(id)}/people/${encodeURIComponent(personId)}/leave`, { method: 'POST', body: { until } }),
  );
}

export function useLogInteraction(id: string) {
  return useOutreachMutation(id, ({ ref, input }: { ref: ChannelRef; input: LogInteractionInput }) =>
    http<LoggedInteractionDto>(`${channelPath(id, ref.iso3, ref.kind)}/interactions`, { method: 'POST', body: input }),
  );
}

export function useUpdateFollowUp(id: string) {
  return useOutreachMutation(
    id,
    ({ followUpId, patch }: { followUpId: string; patch: { done?: boolean; dueDate?: string } }) =>
      http<void>(`${campaignPath(id)}/follow-ups/${encodeURIComponent(followUpId)}`, { method: 'PATCH', body: patch }),
    false,
  );
}

export function useCreateBriefing(id: string) {
  return useOutreachMutation(id, (input: CreateBriefingInput) => http<BriefingDto>(`${campaignPath(id)}/briefings`, { method: 'POST', body: input }));
}

export function useRecordAttendance(id: string) {
  return useOutreachMutation(
    id,
    ({ briefingId, attendedChannelIds }: { briefingId: string; attendedChannelIds: string[] }) =>
      http<BriefingDto>(`${campaignPath(id)}/briefings/${encodeURIComponent(briefingId)}/attendance`, { method: 'PUT', body: { attendedChannelIds } }),
    false,
  );
}
