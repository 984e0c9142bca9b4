import { describe, expect, it } from 'vitest';
import type { UprCalendar } from '../upr/calendar.js';
import { genevaSessionsOn, nearestFreeDays } from './geneva-date-check.js';

const calendar: UprCalendar = {
  sessions: [
    { number: 48, cycle: 4, start: '2025-01-20', end: '2025-01-31', dateStatus: 'confirmed', adoptedAtHrc: null },
    { number: 49, cycle: 4, start: '2025-04-28', end: '2025-05-09', dateStatus: 'confirmed', adoptedAtHrc: null },
    { number: 50, cycle: 4, start: '2025-11-03', end: '2025-11-14', dateStatus: 'confirmed', adoptedAtHrc: null },
  ],
  hrcSessions: [
    { number: 58, start: '2025-02-24', end: '2025-04-04', dateStatus: 'confirmed' },
    { number: 59, start: '2025-06-16', end: '2025-07-09', dateStatus: 'confirmed' },
    { number: 60, start: '2025-09-08', end: '2025-10-08', dateStatus: 'confirmed' },
  ],
  reviews: [],
};

describe('Geneva date check', () => {
  it('finds the HRC or UPR session on a date', () => {
    expect(genevaSessionsOn(calendar, '2025-03-10').map((s) => `${s.kind}${s.number}`)).toEqual(['hrc58']);
    expect(genevaSessionsOn(calendar, '2025-01-31').map((s) => `${s.kind}${s.number}`)).toEqual(['upr48']);
    expect(genevaSessionsOn(calendar, '2025-02-10')).toEqual([]);
  });
  it('offers the nearest free days on both sides', () => {
    expect(nearestFreeDays(calendar, '2025-03-10')).toEqual({ before: '2025-02-23', after: '2025-04-05' });
    expect(nearestFreeDays(calendar, '2025-02-10')).toEqual({ before: '2025-02-10', after: '2025-02-10' });
  });
});
