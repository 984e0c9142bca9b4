import { describe, expect, it } from 'vitest';
import { outcomeFromMatrixRows, type MatrixOutcomeRow } from './matrix-outcome.js';

const STATES: Record<string, string> = { France: 'FRA', Lithuania: 'LTU', Denmark: 'DNK', FRA: 'FRA', ESP: 'ESP' };
const resolve = (name: string) => STATES[name] ?? null;
const row = (over: Partial<MatrixOutcomeRow>): MatrixOutcomeRow => ({
  line: 2,
  paragraph: '121.1',
  text: 'Ratify the Convention (France) (Lithuania);',
  states: ['France', 'Lithuania'],
  position: 'Supported',
  review: null,
  ...over,
});

describe('outcomeFromMatrixRows', () => {
  it('keeps the positions as responses and resolves the recommending States, in paragraph order', () => {
    const out = outcomeFromMatrixRows(
      [
        row({ line: 3, paragraph: '122.13', states: ['Denmark'], position: 'Noted' }),
        row({ line: 2 }),
        row({ line: 4, paragraph: '121.10.', position: '' }),
      ],
      resolve,
    );
    expect(out.recommendations.map((r) => [r.paragraph, r.response, r.recommendingStates])).toEqual([
      ['121.1', 'supported', ['FRA', 'LTU']],
      ['121.10', null, ['FRA', 'LTU']],
      ['122.13', 'noted', ['DNK']],
    ]);
    expect(out.warnings).toEqual([]);
    expect(out.recommendations.every((r) => r.confidence === 'high')).toBe(true);
  });

  it('turns every doubt into a warning on its row and never drops a row silently', () => {
    const out = outcomeFromMatrixRows(
      [
        row({ line: 2, states: ['Atlantis'] }),
        row({ line: 3, paragraph: '121.2', states: [] }),
        row({ line: 4, paragraph: '121.3', position: 'Maybe later' }),
        row({ line: 5, paragraph: null, text: 'A heading that slipped into the recommendation column' }),
        row({ line: 6, paragraph: '121.3', text: 'Another text' }),
      ],
      resolve,
    );
    expect(out.warnings.map((w) => [w.code, w.line])).toEqual([
      ['unknown-state', 2],
      ['no-state', 3],
      ['unclear-response', 4],
      ['unread-text', 5],
      ['duplicate-paragraph', 6],
    ]);
    expect(out.recommendations.map((r) => [r.paragraph, r.confidence])).toEqual([
      ['121.1', 'low'],
      ['121.2', 'low'],
      ['121.3', 'low'],
    ]);
    expect(out.recommendations[0]!.problems).toEqual(['Unknown State "Atlantis"']);
  });

  it('reads the latest review of a file holding several, and says so', () => {
    const out = outcomeFromMatrixRows(
      [
        row({ line: 2, paragraph: '115.1', review: 'A/HRC/28/15' }),
        row({ line: 3, paragraph: '140.1', review: 'A/HRC/59/15', states: ['ESP'] }),
        row({ line: 4, paragraph: '121.1', review: 'A/HRC/43/15' }),
      ],
      resolve,
    );
    expect(out.review).toBe('A/HRC/59/15');
    expect(out.recommendations.map((r) => r.paragraph)).toEqual(['140.1']);
    expect(out.warnings).toMatchObject([{ code: 'several-reviews', line: 0 }]);
    expect(out.warnings[0]!.message).toContain('A/HRC/28/15, A/HRC/43/15, A/HRC/59/15');
  });

  it('says when nothing could be read', () => {
    expect(outcomeFromMatrixRows([], resolve).warnings.map((w) => w.code)).toEqual(['no-recommendations']);
  });
});
