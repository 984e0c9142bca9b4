/**
 * Latency of the target-State finder on the full UPR Info file: for 40 States under Review ×
 * 4 sets of 4 issues, rankTargets (two GROUP BY queries + scoring every candidate) and the
 * ranking plus the evidence of the top 25 (describeTargets: one more query for sample texts).
 * The ranking is split into its database part and its scoring (core, re-run on the same counts).
 *
 *   npx tsx bench/target-ranking.ts     # UPR_SHARED_DATA=…, DATABASE_URL=… as for npm run bench
 */
import { describeTargets, rankTargets, toEvidence } from '../src/server/app/target-ranking.js';
import { scoreTargets } from '../src/core/targets/score-targets.js';
import { isMain, latencyFigures, percentile, round, type Figures } from './lib/figures.js';
import { runStandalone, type BenchInstance } from './lib/instance.js';

export const RANKING_TARGET_MS = 200;
const CURRENT_CYCLE = 5;
const SHOWN = 25;

export const STATES = ['KEN', 'KAZ', 'RUS', 'CHN', 'USA', 'BRA', 'IND', 'EGY', 'NGA', 'FRA', 'DEU', 'MEX', 'COL', 'PAK', 'IRN', 'SAU', 'TUR', 'UKR',
  'BLR', 'UZB', 'ZAF', 'ETH', 'COD', 'SDN', 'MMR', 'VNM', 'IDN', 'PHL', 'ARG', 'CUB', 'VEN', 'GBR', 'ITA', 'POL', 'HUN', 'SRB', 'AZE', 'TJK', 'TUV', 'MOZ'];
export const ISSUE_SETS = [
  ['Rights of the Child', "Women's rights", 'International instruments', 'Torture and other CID treatment'],
  ['Death penalty', 'Justice', 'Detention', 'Human rights defenders'],
  ['Freedom of opinion and expression', 'Freedom of the press', 'Civil society', 'Freedom of association and peaceful assembly'],
  ['Disabilities', 'Right to education', 'Right to health', 'Poverty'],
];

export async function measureRanking(instance: BenchInstance): Promise<Figures> {
  const { deps } = instance.server;
  const engine = instance.engine;
  const ranking: number[] = [];
  const scoring: number[] = [];
  const evidence: number[] = [];
  const withEvidence: number[] = [];
  let candidates = 0;
  // Warm-up: the first queries prepare statements and fill caches.
  for (const sur of STATES.slice(0, 3)) {
    const warm = await rankTargets(deps, { orgId: 'library', surIso3: sur, issues: ISSUE_SETS[0]!, currentCycle: CURRENT_CYCLE });
    await describeTargets(deps, warm, warm.ranked.slice(0, SHOWN), 'en');
  }
  for (const sur of STATES) {
    for (const issues of ISSUE_SETS) {
      const t0 = performance.now();
      const result = await rankTargets(deps, { orgId: 'library', surIso3: sur, issues, currentCycle: CURRENT_CYCLE });
      const t1 = performance.now();
      await describeTargets(deps, result, result.ranked.slice(0, SHOWN), 'en');
      const t2 = performance.now();
      scoreTargets(toEvidence(result.aggregates, sur), { currentCycle: CURRENT_CYCLE });
      scoring.push(performance.now() - t2);
      ranking.push(t1 - t0);
      evidence.push(t2 - t1);
      withEvidence.push(t2 - t0);
      candidates += result.ranked.length;
    }
  }
  const n = ranking.length;
  const what = `${STATES.length} States × ${ISSUE_SETS.length} sets of 4 issues`;
  const database = ranking.map((t, i) => t - scoring[i]!);
  return {
    ...latencyFigures(`${engine}.ranking`, engine, ranking, `rankTargets, ${what}`, RANKING_TARGET_MS),
    ...latencyFigures(`${engine}.rankingWithEvidence`, engine, withEvidence, `rankTargets + evidence of the top ${SHOWN}, ${what}`, RANKING_TARGET_MS),
    [`${engine}.ranking.aggregateQueries.p95`]: {
      value: round(percentile(database, 95)), unit: 'ms', engine, note: 'of the ranking: the two GROUP BY queries (ranking minus scoring)',
    },
    [`${engine}.ranking.scoring.p95`]: { value: round(percentile(scoring, 95)), unit: 'ms', engine, note: 'of the ranking: scoring every candidate (core, no I/O)' },
    [`${engine}.ranking.evidenceQuery.p95`]: { value: round(percentile(evidence, 95)), unit: 'ms', engine, note: `describeTargets alone: sample texts of the top ${SHOWN}` },
    [`${engine}.ranking.candidates`]: { value: Math.round(candidates / n), unit: 'States', engine, note: 'mean candidates scored per ranking' },
  };
}

if (isMain(import.meta.url)) await runStandalone('target-ranking', measureRanking);
