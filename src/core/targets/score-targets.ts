/**
 * The explained ranking of recommending States for a campaign ("whom should we lobby?").
 * Each candidate gets five components in [0, 1], a weighted sum scaled to 0–100, and the
 * points each component contributed, so the UI can say "42 of the 61 points come from their
 * 120 recommendations on your issues". Inputs are counts the database layer aggregated.
 *
 * Choices, and why:
 * - Recency: a recommendation made k cycles before the current one counts 2^-k (cycle 4 = 1,
 *   cycle 3 = ½, cycle 2 = ¼). A cycle lasts about 4½ years; governments and their priorities
 *   change on that scale, so the last cycle should count as much as all older ones together.
 *   Cycles after `currentCycle` count 1 (they are current for the user's purposes).
 * - Counts (issue recommendations, recommendations to the SuR, to its region) are normalised on
 *   a log scale against the best candidate: log(1 + x) / log(1 + max). Linear scaling would let
 *   the three or four most prolific States (France, Spain, Canada make ~1,200 each) flatten
 *   everyone else to near zero, while the difference between 0 and 20 recommendations matters
 *   more for lobbying than between 600 and 1,200.
 * - Acceptance: of their recommendations to this SuR, the share it supported, pulled towards
 *   the candidates' pooled rate by ACCEPTANCE_PRIOR recommendations, so that "1 of 1 supported"
 *   does not outrank "20 of 25". A State that never recommended to this SuR gets the pooled rate.
 * - Specificity: the share of their issue recommendations in action categories 4–5, counted as
 *   if SPECIFICITY_PRIOR vague ones were added, so a State with one specific recommendation does
 *   not get full marks and a State without any gets 0. Because it is a share, adding vague
 *   (category 1–3) recommendations lowers it: intended, that is what "how specific" means.
 *   Adding specific ones never lowers a score; adding any never lowers the issues component.
 */

export interface TargetEvidence {
  iso3: string;
  /** Their recommendations on the campaign's issues, to any SuR, by cycle. */
  issueRecsByCycle: Record<number, number>;
  /** All their recommendations to this SuR in past cycles, by cycle. */
  toSurByCycle: Record<number, number>;
  /** Their recommendations to SuRs of the SuR's regional group. */
  toRegion: number;
  /** Of their recommendations to this SuR, how many the SuR supported. */
  surResponses: { supported: number; total: number };
  /** Of their issue recommendations, how many are action category 4 or 5. */
  specific: number;
  issueRecsTotal: number;
}

export const TARGET_COMPONENTS = ['issues', 'surHistory', 'region', 'acceptance', 'specificity'] as const;
export type TargetComponent = (typeof TARGET_COMPONENTS)[number];

export type ScoreWeights = Record<TargetComponent, number>;

/**
 * Issues dominate (the campaign's point: a State that often recommends on them is the likeliest to
 * take up ours); history with this SuR comes next, but weighs less, so that a leading voice on the
 * issue that never reviewed this State (e.g. Canada for Kenya on children's rights) stays near the
 * top rather than below occasional recommenders. Sum = 1.
 */
export const DEFAULT_WEIGHTS: ScoreWeights = { issues: 0.5, surHistory: 0.15, region: 0.1, acceptance: 0.15, specificity: 0.1 };

export const ACCEPTANCE_PRIOR = 4;
export const SPECIFICITY_PRIOR = 4;

export interface ComponentScore {
  /** Strength of this evidence relative to the other candidates, 0–1. */
  value: number;
  /** The component's weight after normalising the weights to sum 1. */
  weight: number;
  /** Contribution to `score` (value × weight × 100); the points of all components sum to `score`. */
  points: number;
}

export interface RankedTarget {
  iso3: string;
  /** 1-based position in the ranking. */
  rank: number;
  /** 0–100. */
  score: number;
  components: Record<TargetComponent, ComponentScore>;
  /** The numbers behind the components, for "why this State" explanations. */
  facts: {
    issueRecs: number;
    issueRecsRecencyWeighted: number;
    toSur: number;
    toSurRecencyWeighted: number;
    toRegion: number;
    surSupported: number;
    surTotal: number;
    acceptanceRate: number | null;
    specific: number;
    specificShare: number | null;
  };
}

export interface ScoreTargetsOptions {
  currentCycle: number;
  weights?: ScoreWeights;
}

// Counts come from the database, but a negative or NaN count must not make a score leave 0–100.
const count = (x: number): number => (Number.isFinite(x) && x > 0 ? x : 0);

/** Weight of a recommendation made in `cycle`, seen from `currentCycle`. */
export function recencyWeight(cycle: number, currentCycle: number): number {
  return cycle >= currentCycle ? 1 : 2 ** (cycle - currentCycle);
}

function byCycle(counts: Record<number, number>, currentCycle: number): { plain: number; weighted: number } {
  let plain = 0;
  let weighted = 0;
  // Object.entries lists integer keys in ascending order, so the sums do not depend on how
  // the caller built the record.
  for (const [cycle, n] of Object.entries(counts)) {
    plain += count(n);
    weighted += count(n) * recencyWeight(Number(cycle), currentCycle);
  }
  return { plain, weighted };
}

const logScale = (x: number, max: number): number => (max > 0 ? Math.log1p(x) / Math.log1p(max) : 0);

function normalizeWeights(weights: ScoreWeights): ScoreWeights {
  for (const k of TARGET_COMPONENTS) {
    if (!Number.isFinite(weights[k]) || weights[k] < 0) throw new RangeError(`weight "${k}" must be a non-negative number`);
  }
  const total = TARGET_COMPONENTS.reduce((sum, k) => sum + weights[k], 0);
  if (total <= 0) throw new RangeError('at least one weight must be positive');
  return Object.fromEntries(TARGET_COMPONENTS.map((k) => [k, weights[k] / total])) as ScoreWeights;
}

/** Ranks candidate States, best first (ties by ISO3), each with its score explained by component. */
export function scoreTargets(evidence: readonly TargetEvidence[], options: ScoreTargetsOptions): RankedTarget[] {
  const weights = normalizeWeights(options.weights ?? DEFAULT_WEIGHTS);
  const rows = evidence.map((e) => {
    const issues = byCycle(e.issueRecsByCycle, options.currentCycle);
    const toSur = byCycle(e.toSurByCycle, options.currentCycle);
    const surTotal = count(e.surResponses.total);
    const issueRecsTotal = count(e.issueRecsTotal);
    return {
      e,
      issues,
      toSur,
      toRegion: count(e.toRegion),
      surTotal,
      surSupported: Math.min(count(e.surResponses.supported), surTotal),
      issueRecsTotal,
      specific: Math.min(count(e.specific), issueRecsTotal),
    };
  });

  const maxIssues = Math.max(0, ...rows.map((r) => r.issues.weighted));
  const maxToSur = Math.max(0, ...rows.map((r) => r.toSur.weighted));
  const maxRegion = Math.max(0, ...rows.map((r) => r.toRegion));
  // Integer sums: exact, hence independent of the candidates' order.
  const pooledSupported = rows.reduce((s, r) => s + r.surSupported, 0);
  const pooledTotal = rows.reduce((s, r) => s + r.surTotal, 0);
  const pooledRate = pooledTotal > 0 ? pooledSupported / pooledTotal : 0.5;

  const ranked = rows.map((r): Omit<RankedTarget, 'rank'> => {
    const values: Record<TargetComponent, number> = {
      issues: logScale(r.issues.weighted, maxIssues),
      surHistory: logScale(r.toSur.weighted, maxToSur),
      region: logScale(r.toRegion, maxRegion),
      acceptance: (r.surSupported + ACCEPTANCE_PRIOR * pooledRate) / (r.surTotal + ACCEPTANCE_PRIOR),
      specificity: r.specific / (r.issueRecsTotal + SPECIFICITY_PRIOR),
    };
    const components = Object.fromEntries(
      TARGET_COMPONENTS.map((k) => {
        const value = Math.min(1, Math.max(0, values[k]));
        return [k, { value, weight: weights[k], points: 100 * weights[k] * value }];
      }),
    ) as Record<TargetComponent, ComponentScore>;
    const score = Math.min(
      100,
      TARGET_COMPONENTS.reduce((s, k) => s + components[k].points, 0),
    );
    return {
      iso3: r.e.iso3,
      score,
      components,
      facts: {
        issueRecs: r.issues.plain,
        issueRecsRecencyWeighted: r.issues.weighted,
        toSur: r.toSur.plain,
        toSurRecencyWeighted: r.toSur.weighted,
        toRegion: r.toRegion,
        surSupported: r.surSupported,
        surTotal: r.surTotal,
        acceptanceRate: r.surTotal > 0 ? r.surSupported / r.surTotal : null,
        specific: r.specific,
        specificShare: r.issueRecsTotal > 0 ? r.specific / r.issueRecsTotal : null,
      },
    };
  });

  return ranked
    .sort((a, b) => b.score - a.score || (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0))
    .map((t, i) => ({ ...t, rank: i + 1 }));
}
