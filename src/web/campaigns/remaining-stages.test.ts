import { describe, expect, it } from 'vitest';
import { remainingStages } from './remaining-stages.js';

describe('remainingStages', () => {
  it('says the whole plan is ahead when the review is more than a year away', () => {
    expect(remainingStages('2029-11-10', '2026-11-27')?.timing).toBe('ahead');
  });

  it('lists the stages still open when the review is close', () => {
    const result = remainingStages('2027-01-20', '2026-11-27');
    expect(result?.timing).toBe('soon');
    expect(result?.remaining).toContain('geneva-missions');
    expect(result?.remaining).not.toContain('embassies');
  });

  it('never lists nothing for a review long past', () => {
    const result = remainingStages('2025-01-28', '2026-11-27');
    expect(result?.timing).toBe('past');
    expect(result?.remaining).toEqual(['mid-term-report']);
  });

  it('ignores dates that are not real', () => {
    expect(remainingStages('2027-02-30', '2026-11-27')).toBeNull();
  });
});
