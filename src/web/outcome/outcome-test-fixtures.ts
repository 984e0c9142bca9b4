/**
 * Test data of the outcome screens (component tests only): Slovenia's 4th review in the wording
 * of A/HRC/59/15, a campaign with one key issue (the Ombudsman) and its suggestions.
 */
import type { MatchDto, OutcomeDto, SavedRecommendationDto, ScoreboardDto } from '../../shared/contracts/outcome-campaign.js';

export const rec = (paragraph: string, patch: Partial<SavedRecommendationDto> = {}): SavedRecommendationDto => ({
  id: `r${paragraph}`,
  paragraph,
  text: `Recommendation ${paragraph} (Ireland);`,
  recommendingStates: ['IRL'],
  response: null,
  responseSource: null,
  ofInterest: false,
  lobby: false,
  monitored: false,
  ...patch,
});

export const match = (id: string, paragraph: string, patch: Partial<MatchDto> = {}): MatchDto => ({
  id,
  keyIssueId: 'k1',
  askIndex: 0,
  askText: 'Guarantee the independence of the Human Rights Ombudsman.',
  recommendationId: `r${paragraph}`,
  paragraph,
  confidence: 0.72,
  level: 'high',
  textScore: 0.5,
  tagScore: 1,
  status: 'suggested',
  ...patch,
});

export function outcomeFixture(patch: Partial<OutcomeDto> = {}): OutcomeDto {
  const recommendations = [
    rec('140.18', {
      text: 'Adopt the necessary measures to ensure the independence and financial autonomy of the Human Rights Ombudsman (Algeria);',
      recommendingStates: ['DZA'],
      response: 'supported',
    }),
    rec('140.19', {
      text: 'Further strengthen the independence of the Office of the Human Rights Ombudsman (Kazakhstan);',
      recommendingStates: ['KAZ'],
      response: 'supported',
    }),
    rec('140.75', {
      text: 'Adopt a law to restore permanent residency rights to the “erased” people (Ireland);',
      response: 'noted',
      ofInterest: true,
      lobby: true,
    }),
    rec('140.220', {
      text: 'Improve access of the Roma community to education, employment and healthcare (Cyprus);',
      recommendingStates: ['CYP'],
      response: 'partially-supported',
    }),
  ];
  return {
    campaignId: 'c1',
    import: {
      id: 'i1',
      documentSymbol: 'A/HRC/59/15',
      fileName: null,
      createdAt: '2026-12-01T09:00:00Z',
      updatedAt: '2026-12-01T09:00:00Z',
    },
    adoption: { date: '2027-10-05', estimated: true },
    counts: {
      total: 4,
      ofInterest: 1,
      byResponse: { supported: 2, noted: 1, 'partially-supported': 1, 'no-clear-response': 0, pending: 0, unknown: 0 },
    },
    recommendations,
    matches: [],
    tasks: [
      {
        id: 't1',
        campaignId: 'c1',
        kind: 'lobby',
        stateIso3: 'KAZ',
        stateName: 'Kazakhstan',
        recommendationId: 'r140.75',
        paragraph: '140.75',
        dueDate: '2027-09-28',
        note: '',
        doneAt: null,
      },
    ],
    ...patch,
  };
}

export const ASK = 'Guarantee the independence of the Human Rights Ombudsman.';

export function scoreboardFixture(patch: Partial<ScoreboardDto> = {}): ScoreboardDto {
  return {
    campaignId: 'c1',
    documentSymbol: 'A/HRC/59/15',
    issues: [
      {
        keyIssueId: 'k1',
        title: 'An independent Ombudsman',
        raised: false,
        raisedBy: [],
        recommendationIds: [],
        issueLevel: { recommendationIds: [], undecided: 0 },
        asks: [{ index: 0, text: ASK, made: false, recommendationIds: [], states: [], targetsDelivered: [], undecided: 2 }],
      },
    ],
    targets: [{ iso3: 'KAZ', delivered: false, recommendationIds: [] }],
    totals: { issues: 1, issuesRaised: 0, asks: 1, asksMade: 0, targets: 1, targetsDelivered: 0 },
    targetNames: { KAZ: 'Kazakhstan' },
    thanked: [],
    ...patch,
  };
}
