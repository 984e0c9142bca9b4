/** Query keys in one place, so invalidation after a change never misses a cache entry. */
export const queryKeys = {
  setupStatus: ['setup-status'] as const,
  me: ['me'] as const,
  states: (q: string) => ['states', q] as const,
  reviewDate: (iso3: string) => ['review-date', iso3] as const,
  campaigns: ['campaigns'] as const,
  campaign: (id: string) => ['campaigns', id] as const,
  dashboard: ['dashboard'] as const,
  members: ['members'] as const,
  invitations: ['invitations'] as const,
  invitation: (token: string) => ['invitation', token] as const,
  calendarFeed: ['calendar-feed'] as const,
  audit: ['audit'] as const,
};
