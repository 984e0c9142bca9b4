import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slovenia2025Candidates } from '../../../test/fixtures/outcome/slovenia-2025.js';
import { combine, confidenceLevel, HIGH_CONFIDENCE, MAX_SUGGESTIONS_PER_ASK, suggestMatches, type AskToMatch } from './match-asks.js';

// Slovenia's 4th review (A/HRC/59/15, 254 recommendations) and a campaign whose asks paraphrase
// two of them: 140.18/140.19 (the Ombudsman's independence) and 140.75 ("erased" persons).
const candidates = slovenia2025Candidates();

const OMBUDSMAN = 'Guarantee the independence of the Human Rights Ombudsman and give the Office the financial autonomy it needs.';
const ERASED =
  'Adopt a law that restores permanent residence and full legal status to all persons "erased" from the register of permanent residents in 1992.';
const asks: AskToMatch[] = [
  { keyIssueId: 'nhri', askText: OMBUDSMAN, text: OMBUDSMAN, issueTags: ['NHRI'] },
  { keyIssueId: 'erased', askText: ERASED, text: ERASED, issueTags: ['Minorities'] },
];
const of = (keyIssueId: string) => suggestMatches(asks, candidates).filter((s) => s.keyIssueId === keyIssueId);

describe.skipIf(candidates.length === 0)('suggestMatches on Slovenia 2025 (A/HRC/59/15)', () => {
  it('matches the paraphrased Ombudsman ask to 140.18 and 140.19 with high confidence', () => {
    const found = of('nhri');
    expect(
      found
        .slice(0, 2)
        .map((s) => s.recommendationId)
        .sort(),
    ).toEqual(['140.18', '140.19']);
    for (const s of found.slice(0, 2)) expect(confidenceLevel(s.confidence)).toBe('high');
    // The only other candidate is the children's ombudsman inside the same Office.
    expect(found.map((s) => s.recommendationId).every((id) => ['140.18', '140.19', '140.188'].includes(id))).toBe(true);
  });

  it('matches the "erased" ask to 140.75 with high confidence and only to "erased" recommendations', () => {
    const found = of('erased');
    expect(found[0]).toMatchObject({ recommendationId: '140.75' });
    expect(found[0]!.confidence).toBeGreaterThanOrEqual(HIGH_CONFIDENCE);
    // A broad tag (Minorities) alone never brings in the Roma recommendations.
    expect(found.map((s) => s.recommendationId).every((id) => ['140.72', '140.73', '140.74', '140.75'].includes(id))).toBe(true);
  });

  it('does not match unrelated recommendations (migrant workers convention, child marriage)', () => {
    const ids = suggestMatches(asks, candidates).map((s) => s.recommendationId);
    for (const unrelated of ['140.1', '140.7', '140.77', '140.79', '140.215']) expect(ids).not.toContain(unrelated);
  });

  it('an issue as a whole is matched on its title and tags, tags alone are not enough', () => {
    const issue: AskToMatch = {
      keyIssueId: 'erased',
      askText: '',
      text: 'The "erased": people struck from the register of permanent residents in 1992',
      issueTags: ['Minorities'],
    };
    const found = suggestMatches([issue], candidates);
    expect(found.map((s) => s.recommendationId)).toContain('140.75');
    expect(found.every((s) => s.text > 0)).toBe(true);
  });

  it('keeps at most MAX_SUGGESTIONS_PER_ASK per ask, best first', () => {
    const hate = 'Adopt a comprehensive strategy against hate speech, including online hate speech.';
    const found = suggestMatches([{ keyIssueId: 'hate', askText: hate, text: hate, issueTags: ['Racial discrimination'] }], candidates);
    expect(found.length).toBe(MAX_SUGGESTIONS_PER_ASK);
    for (let i = 1; i < found.length; i++) expect(found[i - 1]!.confidence).toBeGreaterThanOrEqual(found[i]!.confidence);
  });
});

describe('match confidence', () => {
  it.each([
    ['ask', 0.3, 0, 0.8],
    ['ask', 0.3, 1, 1],
    ['ask', 0.15, 0, 0.4],
    ['issue', 0, 1, 0.4],
    ['issue', 0.6, 1, 1],
  ] as const)('%s with text %d and tags %d → %d', (kind, text, tags, expected) => {
    expect(combine(kind, text, tags)).toBeCloseTo(expected, 5);
  });

  it('is always within [0, 1] and grows with each piece of evidence', () => {
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.constantFrom('ask' as const, 'issue' as const), unit, unit, unit, (kind, text, tags, more) => {
        const c = combine(kind, text, tags);
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(1);
        expect(combine(kind, Math.min(1, text + more), tags)).toBeGreaterThanOrEqual(c);
        expect(combine(kind, text, Math.min(1, tags + more))).toBeGreaterThanOrEqual(c);
      }),
    );
  });

  it('suggests nothing for texts without shared words', () => {
    const a: AskToMatch = { keyIssueId: 'k', askText: 'Abolish the death penalty', text: 'Abolish the death penalty', issueTags: [] };
    expect(suggestMatches([a], [{ id: '1.1', text: 'Improve access to clean water in rural areas' }])).toEqual([]);
  });
});
