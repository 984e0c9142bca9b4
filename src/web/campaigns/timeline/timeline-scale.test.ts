import { describe, expect, it } from 'vitest';
import { assignLanes, percentOf, spanOf, ticks, timelineRange } from './timeline-scale.js';

describe('timeline scale', () => {
  it('spans R−12 months … R+4 years for the whole cycle and R±6 months when zoomed', () => {
    expect(timelineRange('2027-05-14', '2026-12-01', 'cycle')).toEqual({ start: '2026-05-14', end: '2031-05-14' });
    expect(timelineRange('2027-05-14', '2026-12-01', 'near')).toEqual({ start: '2026-11-14', end: '2027-11-14' });
  });

  it('stretches the whole cycle to include today when the review is far ahead', () => {
    expect(timelineRange('2027-05-14', '2025-08-20', 'cycle').start).toBe('2025-07-20');
  });

  it('places dates in percent and clips spans to the range', () => {
    const range = { start: '2027-01-01', end: '2027-01-11' };
    expect(percentOf(range, '2027-01-06')).toBe(50);
    expect(spanOf(range, '2026-12-01', '2027-01-06')).toEqual({ left: 0, width: 50 });
    expect(spanOf(range, '2027-02-01', '2027-03-01')).toBeNull();
  });

  it('puts a tick on every month when zoomed in, marking January as major', () => {
    const result = ticks({ start: '2026-11-14', end: '2027-11-14' }, 'near');
    expect(result.map((t) => t.date)).toHaveLength(12);
    expect(result.find((t) => t.major)?.date).toBe('2027-01-01');
  });

  it('stacks overlapping labels in separate lanes and reuses free lanes', () => {
    expect(
      assignLanes([
        { left: 0, width: 100 },
        { left: 50, width: 100 },
        { left: 120, width: 50 },
        { left: 300, width: 10 },
      ]),
    ).toEqual([0, 1, 0, 0]);
  });
});
