/**
 * Implementation monitoring of supported recommendations (stages `follow-up-accepted`,
 * `mid-term-report`, `update-recommending-states`): a status per recommendation, a dated
 * timeline of evidence and status changes, and a summary per key issue for the mid-term report.
 */
export const MONITORING_STATUSES = ['not-started', 'in-progress', 'partially-implemented', 'implemented', 'regressed'] as const;
export type MonitoringStatus = (typeof MONITORING_STATUSES)[number];

export function isMonitoringStatus(value: unknown): value is MonitoringStatus {
  return typeof value === 'string' && (MONITORING_STATUSES as readonly string[]).includes(value);
}

export interface TimelineEntry {
  id: string;
  date: string;
  /** Entries of one day keep the order they were recorded in. */
  createdAt: string;
}

/** A recommendation's timeline: by date, then by when it was recorded. */
export function sortTimeline<T extends TimelineEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

export interface StatusSummary {
  total: number;
  counts: Record<MonitoringStatus, number>;
  /** Implemented, plus half of partially implemented, over all: one number for a report's headline. */
  progress: number;
}

/** Counts of each status and the share of the work done, for one issue or the whole campaign. */
export function summarizeStatuses(statuses: readonly MonitoringStatus[]): StatusSummary {
  const counts = Object.fromEntries(MONITORING_STATUSES.map((s) => [s, 0])) as Record<MonitoringStatus, number>;
  for (const s of statuses) counts[s] += 1;
  const done = counts.implemented + counts['partially-implemented'] / 2;
  return { total: statuses.length, counts, progress: statuses.length === 0 ? 0 : Math.round((done / statuses.length) * 100) / 100 };
}
