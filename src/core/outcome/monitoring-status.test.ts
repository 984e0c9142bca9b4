import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMonitoringStatus, MONITORING_STATUSES, sortTimeline, summarizeStatuses } from './monitoring-status.js';

describe('monitoring status', () => {
  it('summarises an issue: counts and progress (half for partially implemented)', () => {
    const s = summarizeStatuses(['implemented', 'partially-implemented', 'regressed', 'not-started']);
    expect(s.total).toBe(4);
    expect(s.counts).toEqual({ 'not-started': 1, 'in-progress': 0, 'partially-implemented': 1, implemented: 1, regressed: 1 });
    expect(s.progress).toBe(0.38);
    expect(summarizeStatuses([]).progress).toBe(0);
  });

  it('counts add up and progress stays within [0, 1]', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...MONITORING_STATUSES), { maxLength: 50 }), (statuses) => {
        const s = summarizeStatuses(statuses);
        expect(Object.values(s.counts).reduce((a, b) => a + b, 0)).toBe(statuses.length);
        expect(s.progress).toBeGreaterThanOrEqual(0);
        expect(s.progress).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('orders a timeline by date, then by when entries were recorded', () => {
    const t = sortTimeline([
      { id: 'c', date: '2026-03-01', createdAt: '2026-03-02T10:00:00Z' },
      { id: 'b', date: '2025-12-01', createdAt: '2026-03-02T11:00:00Z' },
      { id: 'a', date: '2026-03-01', createdAt: '2026-03-01T09:00:00Z' },
    ]);
    expect(t.map((e) => e.id)).toEqual(['b', 'a', 'c']);
  });

  it('recognises only the five statuses', () => {
    expect(isMonitoringStatus('regressed')).toBe(true);
    expect(isMonitoringStatus('done')).toBe(false);
  });
});
