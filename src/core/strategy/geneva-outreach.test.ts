import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, diffDays, fromDayNumber, rangesOverlap, toDayNumber, type DateRange } from '../dates.js';
import type { HrcSession, UprCalendar, UprSession } from '../upr/calendar.js';
import { genevaSessionsOverlapping } from '../upr/sessions.js';
import { planGenevaOutreach, DAYS_AFTER_SESSION, DAYS_BEFORE_SESSION, type GenevaOutreachPlan } from './geneva-outreach.js';
import { planCampaign } from './plan-campaign.js';

const upr = (number: number, start: string, end: string | null): UprSession => ({
  number,
  cycle: 5,
  start,
  end,
  dateStatus: end ? 'confirmed' : 'approximate',
  adoptedAtHrc: null,
});
const hrc = (number: number, start: string, end: string): HrcSession => ({ number, start, end, dateStatus: 'confirmed' });
const windowOf = (r: string): DateRange => ({ start: addMonths(r, -2), end: addMonths(r, -1) });

function days(range: DateRange): string[] {
  const out: string[] = [];
  for (let d = range.start; d <= range.end; d = addDays(d, 1)) out.push(d);
  return out;
}
const covered = (plan: GenevaOutreachPlan, day: string) => plan.suggested.some((s) => s.start <= day && day <= s.end);

/** The invariants every plan must satisfy, whatever the calendar. */
function expectSound(plan: GenevaOutreachPlan, calendar: UprCalendar, reviewDate: string) {
  const everything = genevaSessionsOverlapping(calendar, { start: addDays(reviewDate, -800), end: addDays(reviewDate, 400) });
  for (const [i, s] of plan.suggested.entries()) {
    expect(s.start <= s.end).toBe(true);
    expect(s.end < reviewDate).toBe(true);
    for (const session of everything) expect(rangesOverlap(s, session), `${s.start}..${s.end} vs ${session.kind} ${session.number}`).toBe(false);
    const prev = plan.suggested[i - 1];
    if (prev) expect(diffDays(prev.end, s.start)).toBeGreaterThan(1);
  }
  // Free days of the window itself are always offered.
  for (const d of days(plan.window)) {
    const busy = everything.some((s) => s.start <= d && d <= s.end);
    if (!busy && d < reviewDate) expect(covered(plan, d), d).toBe(true);
  }
}

describe('planGenevaOutreach with a UPR and an HRC session in the window', () => {
  const R = '2027-05-10';
  const calendar: UprCalendar = {
    sessions: [upr(55, '2027-03-15', '2027-03-26'), upr(56, '2027-05-03', '2027-05-14')],
    hrcSessions: [hrc(64, '2027-04-01', '2027-04-20')],
    reviews: [],
  };
  const plan = planGenevaOutreach(calendar, windowOf(R), R);

  it('the window is R−2 … R−1 months', () => {
    expect(plan.window).toEqual({ start: '2027-03-10', end: '2027-04-10' });
  });

  it('lists the sessions overlapping the window as conflicts, ordered by start', () => {
    expect(plan.conflicts).toEqual([
      { kind: 'upr', number: 55, start: '2027-03-15', end: '2027-03-26', estimated: false },
      { kind: 'hrc', number: 64, start: '2027-04-01', end: '2027-04-20', estimated: false },
    ]);
  });

  it('suggests the free parts of the window plus two weeks before and a week after each conflict', () => {
    expect(plan.suggested).toEqual([
      { start: '2027-03-01', end: '2027-03-14' },
      { start: '2027-03-27', end: '2027-03-31' },
      { start: '2027-04-21', end: '2027-04-27' },
    ]);
    expectSound(plan, calendar, R);
  });

  it('planCampaign passes the geneva-missions window and the calendar through', () => {
    const campaign = planCampaign({ reviewDate: R, today: '2027-01-01', calendar });
    expect(campaign.genevaOutreach).toEqual(plan);
    expect(campaign.session).toBe(56);
  });
});

describe('the seed rule: a session about a month before the review', () => {
  const R = '2027-05-10';
  const session = hrc(64, '2027-03-15', '2027-04-08');
  // A short UPR session inside the "two weeks before" must be cut out of it.
  const calendar: UprCalendar = { sessions: [upr(55, '2027-03-03', '2027-03-05')], hrcSessions: [session], reviews: [] };
  const plan = planGenevaOutreach(calendar, windowOf(R), R);

  it('covers the 14 days before its start, minus other sessions', () => {
    const before = days({ start: addDays(session.start, -DAYS_BEFORE_SESSION), end: addDays(session.start, -1) });
    expect(before).toHaveLength(14);
    for (const d of before) expect(covered(plan, d), d).toBe(d < '2027-03-03' || d > '2027-03-05');
  });

  it('covers the 7 days after its end', () => {
    const after = days({ start: addDays(session.end, 1), end: addDays(session.end, DAYS_AFTER_SESSION) });
    expect(after).toHaveLength(7);
    for (const d of after) expect(covered(plan, d), d).toBe(true);
    expect(plan.suggested).toContainEqual({ start: '2027-04-09', end: '2027-04-15' });
    expectSound(plan, calendar, R);
  });

  it('never extends the week after past the day before the review', () => {
    const late = hrc(64, '2027-04-01', '2027-05-05');
    const p = planGenevaOutreach({ sessions: [], hrcSessions: [late], reviews: [] }, windowOf(R), R);
    expect(p.suggested.at(-1)).toEqual({ start: '2027-05-06', end: '2027-05-09' });
    expectSound(p, { sessions: [], hrcSessions: [late], reviews: [] }, R);
  });

  it('a very long conflict: its "two weeks before" still avoids an earlier session', () => {
    const calendarLong: UprCalendar = {
      sessions: [],
      hrcSessions: [hrc(60, '2026-12-08', '2026-12-12'), hrc(61, '2026-12-20', '2027-03-15')],
      reviews: [],
    };
    const p = planGenevaOutreach(calendarLong, windowOf(R), R);
    expect(p.suggested[0]).toEqual({ start: '2026-12-06', end: '2026-12-07' });
    expectSound(p, calendarLong, R);
  });

  it('a long conflict whose "two weeks before" straddles an earlier session: that session is cut out', () => {
    const calendarLong: UprCalendar = {
      sessions: [],
      hrcSessions: [hrc(60, '2026-12-20', '2026-12-24'), hrc(61, '2027-01-05', '2027-03-15')],
      reviews: [],
    };
    const p = planGenevaOutreach(calendarLong, windowOf(R), R);
    expect(p.suggested[0]).toEqual({ start: '2026-12-25', end: '2027-01-04' });
    expectSound(p, calendarLong, R);
  });
});

describe('projected sessions', () => {
  // Only 2026 is published; the 2027 HRC sessions are projected a year on.
  const calendar: UprCalendar = {
    sessions: [],
    hrcSessions: [hrc(61, '2026-02-23', '2026-03-31'), hrc(62, '2026-06-15', '2026-07-10'), hrc(63, '2026-09-07', '2026-10-09')],
    reviews: [],
  };
  const R = '2027-08-10';
  const plan = planGenevaOutreach(calendar, windowOf(R), R);

  it('a projected HRC session in the window is a conflict, marked estimated', () => {
    expect(plan.conflicts).toEqual([{ kind: 'hrc', number: 65, start: '2027-06-15', end: '2027-07-10', estimated: true }]);
  });

  it('suggestions avoid the projected session', () => {
    expect(plan.suggested).toEqual([
      { start: '2027-06-01', end: '2027-06-14' },
      { start: '2027-07-11', end: '2027-07-17' },
    ]);
    expectSound(plan, calendar, R);
  });
});

describe('random calendars (fast-check)', () => {
  const lo = toDayNumber('2010-01-01');
  const hi = toDayNumber('2038-12-31');
  const sessionArb = fc.record({
    kind: fc.constantFrom('upr', 'hrc'),
    offset: fc.integer({ min: -130, max: 5 }),
    length: fc.integer({ min: 2, max: 90 }),
    openEnd: fc.boolean(),
  });

  it('suggestions never overlap a session, lie before R, are ordered and disjoint', () => {
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), fc.array(sessionArb, { minLength: 1, maxLength: 4 }), (r, specs) => {
        const R = fromDayNumber(r);
        const sessions: UprSession[] = [];
        const hrcSessions: HrcSession[] = [];
        specs.forEach((s, i) => {
          const start = addDays(R, s.offset);
          const end = addDays(start, s.length);
          if (s.kind === 'upr') sessions.push(upr(50 + i, start, s.openEnd ? null : end));
          else hrcSessions.push(hrc(60 + i, start, end));
        });
        const calendar: UprCalendar = { sessions, hrcSessions, reviews: [] };
        const plan = planGenevaOutreach(calendar, windowOf(R), R);
        expectSound(plan, calendar, R);
        for (const c of plan.conflicts) expect(rangesOverlap(c, plan.window)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
