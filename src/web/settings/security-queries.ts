/** Account security: my two-step sign-in status, my sessions, the organisation's policy. */
import { queryOptions } from '@tanstack/react-query';
import type { SecurityPolicyDto, SecurityStatusDto, SessionDto } from '../../shared/contracts/account-security.js';
import { http } from '../api/http.js';

export const securityKeys = {
  status: ['account-security'] as const,
  sessions: ['account-sessions'] as const,
  policy: ['security-policy'] as const,
};

export const securityStatusQuery = queryOptions({
  queryKey: securityKeys.status,
  queryFn: () => http<SecurityStatusDto>('/api/account/security'),
  staleTime: 60_000,
});

export const sessionsQuery = queryOptions({ queryKey: securityKeys.sessions, queryFn: () => http<SessionDto[]>('/api/account/sessions') });

export const securityPolicyQuery = queryOptions({ queryKey: securityKeys.policy, queryFn: () => http<SecurityPolicyDto>('/api/admin/security-policy') });
