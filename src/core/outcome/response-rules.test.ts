import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from '../dates.js';
import { RESPONSES } from '../recommendations/responses.js';
import { consequencesOf, LOBBY_LEAD_DAYS, lobbyDueDate, thankDueDate } from './response-rules.js';

describe('consequencesOf', () => {
  it.each([
    ['supported', { lobby: false, monitor: true }],
    ['noted', { lobby: true, monitor: false }],
    ['partially-supported', { lobby: true, monitor: true }],
    ['no-clear-response', { lobby: true, monitor: false }],
    ['pending', { lobby: true, monitor: false }],
  ] as const)('%s of interest → %o', (response, expected) => {
    expect(consequencesOf(response, true)).toEqual(expected);
  });

  it('supported ones need no more lobbying (STRATEGY.md, lobby-noted)', () => {
    expect(consequencesOf('supported', true).lobby).toBe(false);
  });

  it('sets off nothing for recommendations not of interest, or without a response', () => {
    for (const r of RESPONSES) expect(consequencesOf(r, false)).toEqual({ lobby: false, monitor: false });
    expect(consequencesOf(null, true)).toEqual({ lobby: false, monitor: false });
  });
});

describe('due dates', () => {
  it('lobbying is due a week before the adopting HRC session opens', () => {
    expect(lobbyDueDate('2025-06-16', '2025-02-03')).toBe('2025-06-09');
    expect(lobbyDueDate('2025-06-16', '2025-06-12')).toBe('2025-06-12');
    expect(lobbyDueDate('2025-06-16', '2025-06-17')).toBeNull();
  });

  it('lobbying is due between today and the adoption', () => {
    const day = fc.integer({ min: toDayNumber('2008-01-01'), max: toDayNumber('2040-12-31') }).map(fromDayNumber);
    fc.assert(
      fc.property(day, day, (adoption, today) => {
        const due = lobbyDueDate(adoption, today);
        if (today > adoption) {
          expect(due).toBeNull();
        } else {
          expect(due! >= today && due! <= adoption).toBe(true);
          expect(due! >= addDays(adoption, -LOBBY_LEAD_DAYS)).toBe(true);
        }
      }),
    );
  });

  it('thanks are due a week after the draft report is public, or a week from today when later', () => {
    expect(thankDueDate('2025-01-28', '2025-01-28')).toBe('2025-02-06');
    expect(thankDueDate('2025-01-28', '2025-03-01')).toBe('2025-03-08');
  });
});
