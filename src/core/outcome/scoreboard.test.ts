import { describe, expect, it } from 'vitest';
import { buildScoreboard, type ScoreMatch } from './scoreboard.js';

const issues = [
  { id: 'nhri', title: 'Independent Ombudsman', asks: ['Guarantee the Ombudsman’s independence'] },
  { id: 'erased', title: 'The "erased"', asks: ['Restore residence to the "erased"', 'Compensate the "erased"'] },
];
const recommendations = [
  { id: 'r18', states: ['DZA'] },
  { id: 'r19', states: ['KAZ'] },
  { id: 'r75', states: ['IRL'] },
  { id: 'r72', states: ['CAN', 'IRL'] },
];
const m = (keyIssueId: string, askText: string, recommendationId: string, status: ScoreMatch['status']): ScoreMatch => ({
  keyIssueId,
  askText,
  recommendationId,
  status,
});

describe('buildScoreboard', () => {
  const board = buildScoreboard(
    issues,
    recommendations,
    [
      m('nhri', 'Guarantee the Ombudsman’s independence', 'r18', 'confirmed'),
      m('nhri', 'Guarantee the Ombudsman’s independence', 'r19', 'rejected'),
      m('erased', 'Restore residence to the "erased"', 'r75', 'confirmed'),
      m('erased', 'Restore residence to the "erased"', 'r72', 'suggested'),
      m('erased', '', 'r72', 'confirmed'),
      // A match of an ask that was since reworded counts nowhere.
      m('erased', 'Old wording', 'r19', 'confirmed'),
    ],
    ['IRL', 'CAN', 'FRA', 'KAZ'],
  );

  it('marks asks made, by which States, and the targets that delivered', () => {
    expect(board.issues[0]!.asks[0]).toMatchObject({
      made: true,
      recommendationIds: ['r18'],
      states: ['DZA'],
      targetsDelivered: [],
      undecided: 0,
    });
    expect(board.issues[1]!.asks[0]).toMatchObject({ made: true, states: ['IRL'], targetsDelivered: ['IRL'], undecided: 1 });
    expect(board.issues[1]!.asks[1]).toMatchObject({ made: false, states: [], targetsDelivered: [] });
  });

  it('counts an issue raised by its own matches and its asks’', () => {
    expect(board.issues[1]).toMatchObject({
      raised: true,
      raisedBy: ['CAN', 'IRL'],
      recommendationIds: ['r72', 'r75'],
      issueLevel: { recommendationIds: ['r72'] },
    });
  });

  it('lists every target, delivered or not; rejected and orphaned matches do not count', () => {
    expect(board.targets).toEqual([
      { iso3: 'CAN', delivered: true, recommendationIds: ['r72'] },
      { iso3: 'FRA', delivered: false, recommendationIds: [] },
      { iso3: 'IRL', delivered: true, recommendationIds: ['r72', 'r75'] },
      { iso3: 'KAZ', delivered: false, recommendationIds: [] },
    ]);
    expect(board.totals).toEqual({ issues: 2, issuesRaised: 2, asks: 3, asksMade: 2, targets: 4, targetsDelivered: 2 });
  });
});
