/** Team, invitations, calendar feed and audit log. */
import { queryOptions } from '@tanstack/react-query';
import type { InvitationDto } from '../../shared/contracts/index.js';
import { http } from '../api/http.js';
import { queryKeys } from '../api/query-keys.js';

export interface CalendarFeedStatus {
  active: boolean;
  createdAt: string | null;
}

export interface AuditEntry {
  id: string | number;
  at: string;
  actorName: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  changes: unknown;
}

export const invitationsQuery = queryOptions({
  queryKey: queryKeys.invitations,
  queryFn: () => http<InvitationDto[]>('/api/invitations'),
});

export const calendarFeedQuery = queryOptions({
  queryKey: queryKeys.calendarFeed,
  queryFn: () => http<CalendarFeedStatus>('/api/calendar-feed'),
});

export const auditQuery = queryOptions({
  queryKey: queryKeys.audit,
  queryFn: () => http<AuditEntry[]>('/api/audit?limit=50'),
});
