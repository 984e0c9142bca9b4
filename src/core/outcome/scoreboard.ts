/**
 * "Our asks vs the outcome" (stages `outcome-report` and `thank-states`): for each key issue and
 * each of its asks, whether a recommendation of the review answers it (a match the user
 * confirmed), which States made those recommendations, and which of the campaign's target
 * States delivered — the States to thank. Only confirmed matches count: a suggestion is a guess.
 */

export interface ScoreIssue {
  id: string;
  title: string;
  /** The issue's asks (its 1–2 recommendations), in order. */
  asks: readonly string[];
}

export interface ScoreRecommendation {
  id: string;
  states: readonly string[];
}

export interface ScoreMatch {
  keyIssueId: string;
  /** '' for the issue as a whole. */
  askText: string;
  recommendationId: string;
  status: 'suggested' | 'confirmed' | 'rejected';
}

export interface AskScore {
  index: number;
  text: string;
  made: boolean;
  recommendationIds: string[];
  /** Every State that made one of those recommendations (ISO3, sorted). */
  states: string[];
  targetsDelivered: string[];
  /** Suggestions still waiting for a decision. */
  undecided: number;
}

export interface IssueScore {
  keyIssueId: string;
  title: string;
  /** Raised: a confirmed recommendation answers the issue itself or one of its asks. */
  raised: boolean;
  raisedBy: string[];
  recommendationIds: string[];
  /** Matches of the issue as a whole ("was our issue raised?"). */
  issueLevel: { recommendationIds: string[]; undecided: number };
  asks: AskScore[];
}

export interface TargetScore {
  iso3: string;
  delivered: boolean;
  recommendationIds: string[];
}

export interface Scoreboard {
  issues: IssueScore[];
  targets: TargetScore[];
  totals: { issues: number; issuesRaised: number; asks: number; asksMade: number; targets: number; targetsDelivered: number };
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/** Builds the scoreboard from the issues, the outcome's recommendations, the matches and the targets. */
export function buildScoreboard(
  issues: readonly ScoreIssue[],
  recommendations: readonly ScoreRecommendation[],
  matches: readonly ScoreMatch[],
  targets: readonly string[],
): Scoreboard {
  const statesOf = new Map(recommendations.map((r) => [r.id, r.states]));
  const targetSet = new Set(targets);
  const pick = (keyIssueId: string, askText: string) => {
    const of = matches.filter((m) => m.keyIssueId === keyIssueId && m.askText === askText && statesOf.has(m.recommendationId));
    const confirmed = sorted(of.filter((m) => m.status === 'confirmed').map((m) => m.recommendationId));
    return { confirmed, undecided: of.filter((m) => m.status === 'suggested').length };
  };
  const states = (ids: readonly string[]) => sorted(ids.flatMap((id) => statesOf.get(id) ?? []));

  const issueScores = issues.map((issue): IssueScore => {
    const asks = issue.asks.map((text, index): AskScore => {
      const { confirmed, undecided } = pick(issue.id, text);
      const by = states(confirmed);
      return {
        index,
        text,
        made: confirmed.length > 0,
        recommendationIds: confirmed,
        states: by,
        targetsDelivered: by.filter((s) => targetSet.has(s)),
        undecided,
      };
    });
    const whole = pick(issue.id, '');
    const all = sorted([...whole.confirmed, ...asks.flatMap((a) => a.recommendationIds)]);
    return {
      keyIssueId: issue.id,
      title: issue.title,
      raised: all.length > 0,
      raisedBy: states(all),
      recommendationIds: all,
      issueLevel: { recommendationIds: whole.confirmed, undecided: whole.undecided },
      asks,
    };
  });

  const answering = sorted(issueScores.flatMap((i) => i.recommendationIds));
  const targetScores = [...targetSet].sort().map((iso3): TargetScore => {
    const ids = answering.filter((id) => (statesOf.get(id) ?? []).includes(iso3));
    return { iso3, delivered: ids.length > 0, recommendationIds: ids };
  });
  const allAsks = issueScores.flatMap((i) => i.asks);
  return {
    issues: issueScores,
    targets: targetScores,
    totals: {
      issues: issueScores.length,
      issuesRaised: issueScores.filter((i) => i.raised).length,
      asks: allAsks.length,
      asksMade: allAsks.filter((a) => a.made).length,
      targets: targetScores.length,
      targetsDelivered: targetScores.filter((t) => t.delivered).length,
    },
  };
}
