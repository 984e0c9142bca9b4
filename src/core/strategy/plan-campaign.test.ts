import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { UprCalendar } from '../upr/calendar.js';
import { STAGE_KEYS, type StageKey } from './catalogue.js';
import { planCampaign, type CampaignPlan, type PlannedStage } from './plan-campaign.js';

const EMPTY: UprCalendar = { sessions: [], hrcSessions: [], reviews: [] };

// Independent civil-date helpers (deliberately not dates.ts) to compute expected windows.
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
function plusMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  let year = y;
  let month = m + months;
  while (month > 12) {
    month -= 12;
    year++;
  }
  while (month < 1) {
    month += 12;
    year--;
  }
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, monthLength(year, month)))}`;
}
function plusDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  let year = y;
  let month = m;
  let day = d + days;
  while (day > monthLength(year, month)) {
    day -= monthLength(year, month);
    if (++month > 12) {
      month = 1;
      year++;
    }
  }
  while (day < 1) {
    if (--month < 1) {
      month = 12;
      year--;
    }
    day += monthLength(year, month);
  }
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** STRATEGY.md windows as [months, days] from R; lobby-noted ends at adoption (R+5 mo with no calendar). */
const OFFSETS: Record<StageKey, [[number, number], [number, number]]> = {
  'national-consultations': [[-12, 0], [-6, 0]],
  'advocacy-document': [[-6, 0], [-4, 0]],
  'target-states': [[-6, 0], [-4, 0]],
  embassies: [[-4, 0], [-3, 0]],
  'stakeholders-summary': [[-3, 0], [-2, 0]],
  'national-report': [[-2, 0], [-1, 0]],
  'geneva-missions': [[-2, 0], [-1, 0]],
  'pre-session': [[-2, 0], [-1, 0]],
  review: [[0, 0], [0, 0]],
  'outcome-report': [[0, 2], [0, 2]],
  // STRATEGY.md gives no end; the catalogue closes the window a month later.
  'thank-states': [[0, 2], [1, 2]],
  'lobby-noted': [[0, 0], [5, 0]],
  'follow-up-accepted': [[5, 0], [12, 0]],
  'dialogue-noted': [[5, 0], [12, 0]],
  'mid-term-report': [[24, 0], [30, 0]],
  'next-cycle': [[42, 0], [48, 0]],
  'update-recommending-states': [[42, 0], [48, 0]],
  // Next review unknown: 56 months (14 sessions) after R.
  'start-again': [[48, 0], [56, 0]],
};
const at = (r: string, [months, days]: [number, number]) => plusDays(plusMonths(r, months), days);

function stage(plan: CampaignPlan, key: StageKey): PlannedStage {
  const found = plan.stages.find((s) => s.key === key);
  if (!found) throw new Error(`stage ${key} missing`);
  return found;
}

describe('planCampaign for a review on 2027-08-31', () => {
  const R = '2027-08-31';
  const plan = planCampaign({ reviewDate: R, today: '2027-01-10', calendar: EMPTY });

  it.each([
    ['national-consultations', '2026-08-31', '2027-02-28'],
    ['advocacy-document', '2027-02-28', '2027-04-30'],
    ['target-states', '2027-02-28', '2027-04-30'],
    ['embassies', '2027-04-30', '2027-05-31'],
    ['stakeholders-summary', '2027-05-31', '2027-06-30'],
    ['national-report', '2027-06-30', '2027-07-31'],
    ['geneva-missions', '2027-06-30', '2027-07-31'],
    ['pre-session', '2027-06-30', '2027-07-31'],
    ['review', '2027-08-31', '2027-08-31'],
    ['outcome-report', '2027-09-02', '2027-09-02'],
    ['thank-states', '2027-09-02', '2027-10-02'],
    ['lobby-noted', '2027-08-31', '2028-01-31'],
    ['follow-up-accepted', '2028-01-31', '2028-08-31'],
    ['dialogue-noted', '2028-01-31', '2028-08-31'],
    ['mid-term-report', '2029-08-31', '2030-02-28'],
    ['next-cycle', '2031-02-28', '2031-08-31'],
    ['update-recommending-states', '2031-02-28', '2031-08-31'],
    ['start-again', '2031-08-31', '2032-04-30'],
  ] as const)('%s runs %s … %s', (key, start, end) => {
    const s = stage(plan, key);
    expect([s.start, s.end]).toEqual([start, end]);
  });

  it('lists every stage key of STRATEGY.md exactly once, in catalogue order', () => {
    expect(plan.stages.map((s) => s.key)).toEqual([...STAGE_KEYS]);
  });

  it('deadlines: national report R−3 months, draft R+2 days, adoption R+5 months estimated', () => {
    expect(plan.deadlines).toMatchObject({
      nationalReport: '2027-05-31',
      review: R,
      draftReport: '2027-09-02',
      outcomeAdoption: '2028-01-31',
      midTermReport: '2030-02-28',
      nextReview: '2032-04-30',
    });
    expect(plan.adoption).toEqual({ date: '2028-01-31', hrcSession: null, estimated: true });
    expect(plan.session).toBeNull();
  });

  it('takes the adoption from the adopting HRC session when the calendar has it', () => {
    const calendar: UprCalendar = {
      sessions: [{ number: 57, cycle: 5, start: '2027-08-23', end: '2027-09-03', dateStatus: 'confirmed', adoptedAtHrc: 67 }],
      hrcSessions: [{ number: 67, start: '2028-02-21', end: '2028-03-31', dateStatus: 'confirmed' }],
      reviews: [],
    };
    const p = planCampaign({ reviewDate: R, today: '2027-01-10', calendar });
    expect(p.session).toBe(57);
    expect(p.adoption).toEqual({ date: '2028-02-21', hrcSession: 67, estimated: false });
    expect(stage(p, 'lobby-noted').end).toBe('2028-02-21');
  });

  it('uses a known next review date for start-again', () => {
    const p = planCampaign({ reviewDate: R, today: '2027-01-10', calendar: EMPTY, nextReviewDate: '2032-02-10' });
    expect(stage(p, 'start-again')).toMatchObject({ start: '2031-08-31', end: '2032-02-10' });
    expect(p.deadlines.nextReview).toBe('2032-02-10');
  });
});

describe('stage status relative to today', () => {
  const R = '2027-08-31';

  it('today = R−5 months: advocacy document and target States are current', () => {
    const plan = planCampaign({ reviewDate: R, today: '2027-03-31', calendar: EMPTY });
    expect(plan.currentStages).toEqual(['advocacy-document', 'target-states']);
    expect(stage(plan, 'national-consultations')).toMatchObject({ status: 'past', actionableLate: true });
    expect(stage(plan, 'embassies')).toMatchObject({ status: 'upcoming', actionableLate: false });
    expect(stage(plan, 'review')).toMatchObject({ status: 'upcoming', actionableLate: false });
  });

  it('boundaries are inclusive: a stage is current on its first and last day', () => {
    expect(stage(planCampaign({ reviewDate: R, today: '2027-04-30', calendar: EMPTY }), 'embassies').status).toBe('current');
    expect(stage(planCampaign({ reviewDate: R, today: '2027-04-30', calendar: EMPTY }), 'advocacy-document').status).toBe('current');
    expect(stage(planCampaign({ reviewDate: R, today: '2027-05-01', calendar: EMPTY }), 'advocacy-document').status).toBe('past');
    expect(planCampaign({ reviewDate: R, today: R, calendar: EMPTY }).currentStages).toEqual(['review', 'lobby-noted']);
  });

  it('after the review: past stages stay in the plan, late-worthy ones flagged actionable', () => {
    const plan = planCampaign({ reviewDate: R, today: '2027-12-01', calendar: EMPTY });
    expect(plan.stages).toHaveLength(STAGE_KEYS.length);
    expect(stage(plan, 'advocacy-document')).toMatchObject({ status: 'past', actionableLate: true });
    expect(stage(plan, 'review')).toMatchObject({ status: 'past', actionableLate: false });
    expect(stage(plan, 'pre-session')).toMatchObject({ status: 'past', actionableLate: false });
    expect(stage(plan, 'thank-states')).toMatchObject({ status: 'past', actionableLate: true });
    expect(plan.currentStages).toEqual(['lobby-noted']);
    expect(stage(plan, 'follow-up-accepted').status).toBe('upcoming');
  });

  it('no stage is ever both current and flagged late; statuses agree with the window', () => {
    for (const today of ['2026-01-01', '2026-09-15', '2027-06-30', '2028-03-01', '2033-01-01']) {
      const plan = planCampaign({ reviewDate: R, today, calendar: EMPTY });
      for (const s of plan.stages) {
        const expected = s.end < today ? 'past' : s.start > today ? 'upcoming' : 'current';
        expect(s.status).toBe(expected);
        if (s.status !== 'past') expect(s.actionableLate).toBe(false);
      }
    }
  });
});

describe('plan invariants for every review date 2008–2040', () => {
  const PRE_REVIEW: StageKey[] = ['national-consultations', 'advocacy-document', 'embassies', 'stakeholders-summary', 'geneva-missions', 'review'];

  function checkPlan(reviewDate: string, today: string) {
    const plan = planCampaign({ reviewDate, today, calendar: EMPTY });
    for (const s of plan.stages) {
      const [startOffset, endOffset] = OFFSETS[s.key];
      expect({ key: s.key, start: s.start, end: s.end }).toEqual({ key: s.key, start: at(reviewDate, startOffset), end: at(reviewDate, endOffset) });
      expect(s.start <= s.end).toBe(true);
      for (const t of s.tasks) expect(t.due >= s.start && t.due <= s.end, `${s.key}/${t.key}`).toBe(true);
    }
    const starts = PRE_REVIEW.map((k) => stage(plan, k).start);
    expect(starts).toEqual([...starts].sort());
    expect(plan.deadlines.nationalReport).toBe(plusMonths(reviewDate, -3));
    expect(plan.adoption.date).toBe(plusMonths(reviewDate, 5));
    expect(plan.genevaOutreach.window).toEqual({ start: plusMonths(reviewDate, -2), end: plusMonths(reviewDate, -1) });
  }

  it('month ends and 29 February of every year', () => {
    for (let year = 2008; year <= 2040; year++) {
      for (let month = 1; month <= 12; month++) {
        const r = `${year}-${pad(month)}-${pad(monthLength(year, month))}`;
        checkPlan(r, '2020-01-01');
      }
      if (isLeap(year)) checkPlan(`${year}-02-29`, `${year}-02-29`);
    }
  });

  it('random review dates (fast-check)', () => {
    const lo = Date.UTC(2008, 0, 1) / 86_400_000;
    const hi = Date.UTC(2040, 11, 31) / 86_400_000;
    const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), fc.integer({ min: -800, max: 2000 }), (r, t) => {
        checkPlan(iso(r), iso(r + t));
      }),
      { numRuns: 600 },
    );
  });
});
