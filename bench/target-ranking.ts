/**
 * Latency of the target-State finder on the full UPR Info file: for 40 States under Review ×
 * 4 sets of 4 issues, rankTargets (two GROUP BY queries + scoring every candidate) and the
 * ranking plus the evidence of the top 25 (describeTargets: one more query for sample texts).
 * The ranking is split into its database part and its scoring (core, re-run on the same counts).
 * Baseline in the same run: a plain SQL aggregate, ONE GROUP BY (recommending State, cycle) over
 * the same rows (the recommendations on the issues or to the SuR and its region), interleaved
 * with the rankings: what the database alone needs to count those rows once.
 *
 *   npx tsx bench/target-ranking.ts     # UPR_SHARED_DATA=…, DATABASE_URL=… as for npm run bench
 */
import { sql, type Kysely } from 'kysely';
import { describeTargets, rankTargets, regionOf, toEvidence } from '../src/server/app/target-ranking.js';
import type { AppDeps } from '../src/server/app/deps.js';
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

/** The baseline: one GROUP BY over the rows the ranking counts (library namespace, as the ranking here). */
function plainAggregate(deps: AppDeps, sur: string, issues: readonly string[]) {
  const states = [sur, ...regionOf(deps, sur)];
  const db = deps.db as unknown as Kysely<unknown>;
  return sql`select s.rs_iso3, r.cycle, count(*) as n from recommendation r
    join recommendation_state s on s.recommendation_id = r.id
    where r.org_id = 'library' and s.rs_iso3 <> ${sur}
      and (r.sur_iso3 in (${sql.join(states)})
        or r.id in (select i.recommendation_id from recommendation_issue i where i.org_id = 'library' and i.issue in (${sql.join([...issues])})))
    group by s.rs_iso3, r.cycle`.execute(db);
}

/** BENCH_RANKING_STATES shortens a smoke run (the figures of record use all 40). */
const statesMeasured = () => STATES.slice(0, Math.max(3, Math.min(STATES.length, Number(process.env.BENCH_RANKING_STATES ?? STATES.length))));

export async function measureRanking(instance: BenchInstance): Promise<Figures> {
  const { deps } = instance.server;
  const engine = instance.engine;
  const ranking: number[] = [];
  const scoring: number[] = [];
  const evidence: number[] = [];
  const withEvidence: number[] = [];
  const aggregate: number[] = [];
  let candidates = 0;
  // Warm-up: the first queries prepare statements and fill caches.
  for (const sur of STATES.slice(0, 3)) {
    const warm = await rankTargets(deps, { orgId: 'library', surIso3: sur, issues: ISSUE_SETS[0]!, currentCycle: CURRENT_CYCLE });
    await describeTargets(deps, warm, warm.ranked.slice(0, SHOWN), 'en');
    await plainAggregate(deps, sur, ISSUE_SETS[0]!);
  }
  const states = statesMeasured();
  for (const sur of states) {
    for (const issues of ISSUE_SETS) {
      const a0 = performance.now();
      await plainAggregate(deps, sur, issues);
      aggregate.push(performance.now() - a0);
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
  const what = `${states.length} States × ${ISSUE_SETS.length} sets of 4 issues`;
  const database = ranking.map((t, i) => t - scoring[i]!);
  return {
    ...latencyFigures(`${engine}.ranking`, engine, ranking, `rankTargets, ${what}`, RANKING_TARGET_MS),
    ...latencyFigures(`${engine}.rankingWithEvidence`, engine, withEvidence, `rankTargets + evidence of the top ${SHOWN}, ${what}`, RANKING_TARGET_MS),
    [`${engine}.ranking.aggregateQueries.p95`]: {
      value: round(percentile(database, 95)), unit: 'ms', engine, note: 'of the ranking: the two GROUP BY queries (ranking minus scoring)',
    },
    [`${engine}.ranking.scoring.p95`]: { value: round(percentile(scoring, 95)), unit: 'ms', engine, note: 'of the ranking: scoring every candidate (core, no I/O)' },
    [`${engine}.ranking.evidenceQuery.p95`]: { value: round(percentile(evidence, 95)), unit: 'ms', engine, note: `describeTargets alone: sample texts of the top ${SHOWN}` },
    ...latencyFigures(`${engine}.ranking.plainAggregate`, engine, aggregate, `baseline: one plain GROUP BY over the same rows, ${what}`),
    [`${engine}.ranking.overPlainAggregate.p95`]: {
      value: round(percentile(ranking, 95) / percentile(aggregate, 95), 2), unit: '×', engine, note: 'rankTargets p95 ÷ plain GROUP BY p95 (two GROUP BYs + scoring vs. one)',
    },
    [`${engine}.ranking.candidates`]: { value: Math.round(candidates / n), unit: 'States', engine, note: 'mean candidates scored per ranking' },
  };
}

if (isMain(import.meta.url)) await runStandalone('target-ranking', measureRanking);
