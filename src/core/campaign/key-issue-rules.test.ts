import { describe, expect, it } from 'vitest';
import { countWords, describeKeyIssueProblem, documentWordCount, keyIssueProblems } from './key-issue-rules.js';

const issue = (recommendations: string[]) => ({ title: 'T', summary: '', recommendations, questions: [] });

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['Ratify the Optional Protocol', 4],
    ['Ратифицировать Факультативный протокол к Конвенции', 5],
    ['well-known, long-term; 2027 figures', 4],
    ['women’s rights', 2],
    ['— • …', 0],
  ])('%j has %i words', (text, words) => expect(countWords(text)).toBe(words));
});

describe('documentWordCount', () => {
  it('adds the organisation paragraph, titles, summaries, recommendations and questions', () => {
    const doc = {
      about: 'We defend children',
      issues: [{ title: 'Child labour', summary: 'Ten thousand children work.', recommendations: ['Adopt a law'], questions: ['When?'] }],
    };
    expect(documentWordCount(doc)).toBe(3 + 2 + 4 + 3 + 1);
  });
});

describe('keyIssueProblems', () => {
  it('accepts 1 to 4 issues with 1 or 2 recommendations each', () => {
    expect(keyIssueProblems([issue(['a']), issue(['a', 'b']), issue(['a']), issue(['a'])])).toEqual([]);
  });
  it('refuses a fifth issue', () => {
    const problems = keyIssueProblems([1, 2, 3, 4, 5].map(() => issue(['a'])));
    expect(problems).toEqual([{ code: 'too-many-issues', count: 5 }]);
    expect(describeKeyIssueProblem(problems[0]!)).toContain('at most 4');
  });
  it('names the issue with 0 or 3 recommendations; blank ones do not count', () => {
    expect(keyIssueProblems([issue(['a']), issue(['  ']), issue(['a', 'b', 'c'])])).toEqual([
      { code: 'too-few-recommendations', issue: 2, count: 0 },
      { code: 'too-many-recommendations', issue: 3, count: 3 },
    ]);
  });
});
