/**
 * The ranking of recommending States for a State under Review and a set of UPR Info issues,
 * shared by the campaign's target finder and `upr-advocate targets`: the database aggregates
 * the counts (two GROUP BY queries), core scores them (scoreTargets, explained by component),
 * and the evidence of the States shown (counts by cycle and three real texts) takes one more query.
 */
import { scoreTargets, type RankedTarget, type TargetEvidence } from '../../core/targets/score-targets.js';
import type { RankedTargetDto, SampleRecommendationDto, TargetEvidenceDto } from '../../shared/contracts/targets.js';
import { aggregateTargetEvidence, sampleRecommendations, type TargetAggregates } from '../db/repos/targets-repo.js';
import type { AppDeps } from './deps.js';

/** Real recommendation texts shown per ranked State. */
export const SAMPLES_PER_STATE = 3;

export interface RankingInput {
  /** The namespace owner: an organisation's id (its imports and the library), or 'library'. */
  orgId: string;
  surIso3: string;
  issues: readonly string[];
  currentCycle: number;
  /** States to score even without any recommendation on record (e.g. those being added as targets). */
  include?: readonly string[];
}

export interface Ranking {
  input: RankingInput;
  ranked: RankedTarget[];
  aggregates: TargetAggregates;
}

const emptyEvidence = (iso3: string): TargetEvidence => ({
  iso3, issueRecsByCycle: {}, toSurByCycle: {}, toRegion: 0, surResponses: { supported: 0, total: 0 }, specific: 0, issueRecsTotal: 0,
});

/** Turns the database's counts into scoreTargets' evidence, one entry per recommending State. */
export function toEvidence(aggregates: TargetAggregates, surIso3: string, include: readonly string[] = []): TargetEvidence[] {
  const byState = new Map<string, TargetEvidence>();
  const of = (iso3: string) => {
    let e = byState.get(iso3);
    if (!e) byState.set(iso3, (e = emptyEvidence(iso3)));
    return e;
  };
  for (const c of aggregates.issueCounts) {
    const e = of(c.rsIso3);
    e.issueRecsByCycle[c.cycle] = (e.issueRecsByCycle[c.cycle] ?? 0) + c.count;
    e.issueRecsTotal += c.count;
    e.specific += c.specific;
  }
  for (const c of aggregates.surRegionCounts) {
    const e = of(c.rsIso3);
    if (!c.toSur) {
      e.toRegion += c.count;
      continue;
    }
    e.toSurByCycle[c.cycle] = (e.toSurByCycle[c.cycle] ?? 0) + c.count;
    // Acceptance: "supported" of the recommendations already answered (pending ones are not).
    if (c.response !== 'pending') e.surResponses.total += c.count;
    if (c.response === 'supported') e.surResponses.supported += c.count;
  }
  for (const iso3 of include) of(iso3);
  byState.delete(surIso3);
  return [...byState.values()];
}

/** The other States of the SuR's regional group. */
export function regionOf(deps: Pick<AppDeps, 'states'>, surIso3: string): string[] {
  const group = deps.states.get(surIso3)?.regionalGroup ?? null;
  if (!group) return [];
  return deps.states
    .all()
    .filter((s) => s.regionalGroup === group && s.iso3 !== surIso3)
    .map((s) => s.iso3);
}

/** Every candidate ranked, best first. */
export async function rankTargets(deps: AppDeps, input: RankingInput): Promise<Ranking> {
  const aggregates = await aggregateTargetEvidence(deps.db, input.orgId, {
    surIso3: input.surIso3,
    issues: input.issues,
    regionIso3s: regionOf(deps, input.surIso3),
  });
  const ranked = scoreTargets(toEvidence(aggregates, input.surIso3, input.include), { currentCycle: input.currentCycle });
  return { input, ranked, aggregates };
}

function nameOf(deps: Pick<AppDeps, 'states'>, iso3: string, language: string): string {
  const state = deps.states.get(iso3);
  if (!state) return iso3;
  return language === 'ru' ? state.names.ru : state.names.en;
}

function chartsOf(ranking: Ranking, iso3: string): Omit<TargetEvidenceDto, 'samples'> {
  const byCycle = new Map<number, { cycle: number; supported: number; noted: number; other: number }>();
  for (const c of ranking.aggregates.surRegionCounts) {
    if (c.rsIso3 !== iso3 || !c.toSur) continue;
    const row = byCycle.get(c.cycle) ?? { cycle: c.cycle, supported: 0, noted: 0, other: 0 };
    if (c.response === 'supported') row.supported += c.count;
    else if (c.response === 'noted') row.noted += c.count;
    else row.other += c.count;
    byCycle.set(c.cycle, row);
  }
  const issueByCycle = ranking.aggregates.issueCounts.filter((c) => c.rsIso3 === iso3).map((c) => ({ cycle: c.cycle, count: c.count }));
  return {
    byCycle: [...byCycle.values()].sort((a, b) => a.cycle - b.cycle),
    issueByCycle: issueByCycle.sort((a, b) => a.cycle - b.cycle),
  };
}

/** The chosen ranked States with their names, charts and sample texts (one query for all samples). */
export async function describeTargets(deps: AppDeps, ranking: Ranking, chosen: readonly RankedTarget[], language: string): Promise<RankedTargetDto[]> {
  const { orgId, surIso3, issues } = ranking.input;
  const samples = await sampleRecommendations(deps.db, orgId, { surIso3, issues, rsIso3s: chosen.map((t) => t.iso3), perState: SAMPLES_PER_STATE, engine: deps.engine });
  const samplesOf = new Map<string, SampleRecommendationDto[]>();
  for (const s of samples) {
    const list = samplesOf.get(s.rsIso3) ?? [];
    list.push({
      id: s.id, text: s.text, session: s.session, cycle: s.cycle, response: s.response, onIssues: s.onIssues,
      sur: { iso3: s.surIso3, name: nameOf(deps, s.surIso3, language) },
    });
    samplesOf.set(s.rsIso3, list);
  }
  return chosen.map((t) => {
    const state = deps.states.get(t.iso3);
    return {
      iso3: t.iso3,
      name: nameOf(deps, t.iso3, language),
      regionalGroup: state?.regionalGroup ?? null,
      euMember: state?.euMember ?? false,
      rank: t.rank,
      score: t.score,
      components: t.components,
      facts: t.facts,
      evidence: { ...chartsOf(ranking, t.iso3), samples: samplesOf.get(t.iso3) ?? [] },
    };
  });
}
