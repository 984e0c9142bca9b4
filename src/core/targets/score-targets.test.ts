import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WEIGHTS,
  recencyWeight,
  scoreTargets,
  TARGET_COMPONENTS,
  type RankedTarget,
  type TargetEvidence,
} from './score-targets.js';

const evidence = (iso3: string, over: Partial<TargetEvidence> = {}): TargetEvidence => ({
  iso3,
  issueRecsByCycle: {},
  toSurByCycle: {},
  toRegion: 0,
  surResponses: { supported: 0, total: 0 },
  specific: 0,
  issueRecsTotal: 0,
  ...over,
});
const byIso = (ranked: RankedTarget[]) => new Map(ranked.map((t) => [t.iso3, t]));

describe('scoreTargets', () => {
  const candidates = [
    evidence('FRA', {
      issueRecsByCycle: { 1: 60, 2: 60 },
      issueRecsTotal: 120,
      specific: 90,
      toSurByCycle: { 1: 5, 2: 7 },
      toRegion: 300,
      surResponses: { supported: 9, total: 12 },
    }),
    evidence('CUB', {
      issueRecsByCycle: { 1: 10 },
      issueRecsTotal: 10,
      specific: 1,
      toSurByCycle: { 2: 2 },
      toRegion: 40,
      surResponses: { supported: 2, total: 2 },
    }),
    evidence('ZZZ'),
  ];
  const ranked = scoreTargets(candidates, { currentCycle: 4 });

  it('ranks best first with 1-based ranks, and explains each score by its components', () => {
    expect(ranked.map((t) => [t.rank, t.iso3])).toEqual([
      [1, 'FRA'],
      [2, 'CUB'],
      [3, 'ZZZ'],
    ]);
    for (const t of ranked) {
      const points = TARGET_COMPONENTS.reduce((s, k) => s + t.components[k].points, 0);
      expect(points).toBeCloseTo(t.score, 9);
      for (const k of TARGET_COMPONENTS) expect(t.components[k].weight).toBeCloseTo(DEFAULT_WEIGHTS[k], 12);
    }
    const fra = ranked[0] as RankedTarget;
    // The best candidate on a count gets the full value of that component.
    expect(fra.components.issues.value).toBe(1);
    expect(fra.components.issues.points).toBeCloseTo(100 * DEFAULT_WEIGHTS.issues, 9);
    expect(fra.facts).toMatchObject({
      issueRecs: 120,
      issueRecsRecencyWeighted: 60 / 8 + 60 / 4,
      toSur: 12,
      surTotal: 12,
      specificShare: 0.75,
    });
  });

  it('normalises counts on a log scale against the best candidate', () => {
    const cub = byIso(ranked).get('CUB') as RankedTarget;
    expect(cub.components.issues.value).toBeCloseTo(Math.log1p(10 / 8) / Math.log1p(60 / 8 + 60 / 4), 12);
    expect(cub.components.region.value).toBeCloseTo(Math.log1p(40) / Math.log1p(300), 12);
  });

  it('a State with no evidence scores only the neutral acceptance prior', () => {
    const zzz = byIso(ranked).get('ZZZ') as RankedTarget;
    expect(zzz.components.issues.value).toBe(0);
    expect(zzz.components.specificity.value).toBe(0);
    expect(zzz.facts.acceptanceRate).toBeNull();
    expect(zzz.components.acceptance.value).toBeCloseTo(11 / 14, 12); // pooled: (9 + 2) / (12 + 2)
  });

  it('weighs recent cycles more: 2^(cycle − current)', () => {
    expect(recencyWeight(4, 4)).toBe(1);
    expect(recencyWeight(3, 4)).toBe(0.5);
    expect(recencyWeight(1, 4)).toBe(0.125);
    expect(recencyWeight(5, 4)).toBe(1);
    const r = byIso(
      scoreTargets([evidence('OLD', { issueRecsByCycle: { 1: 10 } }), evidence('NEW', { issueRecsByCycle: { 3: 10 } })], {
        currentCycle: 4,
      }),
    );
    expect(r.get('NEW')?.rank).toBe(1);
  });

  it('does not let "1 of 1 supported" beat "20 of 25"', () => {
    const r = byIso(
      scoreTargets(
        [
          evidence('ONE', { surResponses: { supported: 1, total: 1 } }),
          evidence('MANY', { surResponses: { supported: 20, total: 25 } }),
          evidence('LOW', { surResponses: { supported: 0, total: 10 } }),
        ],
        { currentCycle: 2 },
      ),
    );
    expect(r.get('MANY')?.components.acceptance.value).toBeGreaterThan(r.get('ONE')?.components.acceptance.value ?? 1);
  });

  it('accepts custom weights, normalised to sum 1, and rejects invalid ones', () => {
    const onlyIssues = scoreTargets(candidates, {
      currentCycle: 4,
      weights: { issues: 2, surHistory: 0, region: 0, acceptance: 0, specificity: 0 },
    });
    expect(onlyIssues[0]?.score).toBe(100);
    expect(() => scoreTargets(candidates, { currentCycle: 4, weights: { ...DEFAULT_WEIGHTS, region: -1 } })).toThrow(RangeError);
    expect(() =>
      scoreTargets(candidates, { currentCycle: 4, weights: { issues: 0, surHistory: 0, region: 0, acceptance: 0, specificity: 0 } }),
    ).toThrow(RangeError);
  });

  it('breaks ties by ISO3 and survives empty or malformed input', () => {
    expect(scoreTargets([evidence('BBB'), evidence('AAA')], { currentCycle: 3 }).map((t) => t.iso3)).toEqual(['AAA', 'BBB']);
    expect(scoreTargets([], { currentCycle: 3 })).toEqual([]);
    const bad = scoreTargets([evidence('BAD', { toRegion: -5, issueRecsByCycle: { 1: Number.NaN }, specific: 9, issueRecsTotal: 3 })], {
      currentCycle: 3,
    });
    expect(bad[0]?.score).toBeGreaterThanOrEqual(0);
    expect(bad[0]?.facts.specific).toBe(3);
  });
});

// Arbitrary candidates with distinct ISO3 codes, cycles 1–5.
const counts = fc
  .dictionary(fc.constantFrom('1', '2', '3', '4', '5'), fc.nat({ max: 500 }))
  .map((d) => Object.fromEntries(Object.entries(d).map(([k, v]) => [Number(k), v])));
const candidate = fc
  .record({
    issueRecsByCycle: counts,
    toSurByCycle: counts,
    toRegion: fc.nat({ max: 2000 }),
    supported: fc.nat({ max: 60 }),
    total: fc.nat({ max: 60 }),
    specificShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map((c) => {
    const issueRecsTotal = Object.values(c.issueRecsByCycle).reduce((s, n) => s + n, 0);
    return {
      issueRecsByCycle: c.issueRecsByCycle,
      toSurByCycle: c.toSurByCycle,
      toRegion: c.toRegion,
      surResponses: { supported: Math.min(c.supported, c.total), total: c.total },
      specific: Math.floor(issueRecsTotal * c.specificShare),
      issueRecsTotal,
    };
  });
const field = fc
  .uniqueArray(fc.stringMatching(/^[A-Z]{3}$/), { minLength: 1, maxLength: 12 })
  .chain((isos) => fc.tuple(...isos.map((iso3) => candidate.map((c): TargetEvidence => ({ iso3, ...c })))));
const currentCycle = fc.integer({ min: 1, max: 6 });

describe('scoreTargets properties', () => {
  it('scores and components stay in range, points add up, the list is sorted', () => {
    fc.assert(
      fc.property(field, currentCycle, (ev, cycle) => {
        const ranked = scoreTargets(ev, { currentCycle: cycle });
        expect(ranked).toHaveLength(ev.length);
        ranked.forEach((t, i) => {
          expect(t.rank).toBe(i + 1);
          expect(t.score).toBeGreaterThanOrEqual(0);
          expect(t.score).toBeLessThanOrEqual(100);
          for (const k of TARGET_COMPONENTS) {
            expect(t.components[k].value).toBeGreaterThanOrEqual(0);
            expect(t.components[k].value).toBeLessThanOrEqual(1);
          }
          const prev = ranked[i - 1];
          if (prev) expect(prev.score > t.score || (prev.score === t.score && prev.iso3 < t.iso3)).toBe(true);
        });
      }),
    );
  });

  it('the order does not depend on the order of the input', () => {
    fc.assert(
      fc.property(
        field.chain((ev) => fc.tuple(fc.constant(ev), fc.shuffledSubarray(ev, { minLength: ev.length, maxLength: ev.length }))),
        currentCycle,
        ([ev, shuffled], cycle) => {
          expect(scoreTargets(shuffled, { currentCycle: cycle })).toEqual(scoreTargets(ev, { currentCycle: cycle }));
        },
      ),
    );
  });

  it('monotonic: more (specific) recommendations on the issues, to the SuR or to its region never lower a score', () => {
    fc.assert(
      fc.property(
        field,
        currentCycle,
        fc.nat(),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 300 }),
        fc.constantFrom('specific-issue-recs', 'sur', 'region'),
        (ev, cycle, pick, recCycle, added, kind) => {
          const i = pick % ev.length;
          const before = ev[i] as TargetEvidence;
          const after: TargetEvidence = { ...before };
          if (kind === 'specific-issue-recs') {
            after.issueRecsByCycle = { ...before.issueRecsByCycle, [recCycle]: (before.issueRecsByCycle[recCycle] ?? 0) + added };
            after.issueRecsTotal = before.issueRecsTotal + added;
            after.specific = before.specific + added;
          } else if (kind === 'sur') {
            after.toSurByCycle = { ...before.toSurByCycle, [recCycle]: (before.toSurByCycle[recCycle] ?? 0) + added };
          } else {
            after.toRegion = before.toRegion + added;
          }
          const old = byIso(scoreTargets(ev, { currentCycle: cycle })).get(before.iso3) as RankedTarget;
          const now = byIso(
            scoreTargets(
              ev.map((e, j) => (j === i ? after : e)),
              { currentCycle: cycle },
            ),
          ).get(before.iso3) as RankedTarget;
          expect(now.score).toBeGreaterThanOrEqual(old.score - 1e-9);
        },
      ),
    );
  });

  it('adding any issue recommendations (even vague ones) never lowers the issues component', () => {
    fc.assert(
      fc.property(
        field,
        currentCycle,
        fc.nat(),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 300 }),
        (ev, cycle, pick, recCycle, added) => {
          const i = pick % ev.length;
          const before = ev[i] as TargetEvidence;
          const after = {
            ...before,
            issueRecsByCycle: { ...before.issueRecsByCycle, [recCycle]: (before.issueRecsByCycle[recCycle] ?? 0) + added },
            issueRecsTotal: before.issueRecsTotal + added,
          };
          const old = byIso(scoreTargets(ev, { currentCycle: cycle })).get(before.iso3) as RankedTarget;
          const now = byIso(
            scoreTargets(
              ev.map((e, j) => (j === i ? after : e)),
              { currentCycle: cycle },
            ),
          ).get(before.iso3) as RankedTarget;
          expect(now.components.issues.value).toBeGreaterThanOrEqual(old.components.issues.value);
        },
      ),
    );
  });
});
