/**
 * The rules of the advocacy document from STRATEGY.md (stage `advocacy-document`): at most four
 * key issues, each with one or two recommendations, so that a diplomat reads the whole page.
 * Pure functions; the API, the UI, the campaign file and the CLI all enforce the same numbers.
 */
export const MAX_KEY_ISSUES = 4;
export const MIN_RECOMMENDATIONS_PER_ISSUE = 1;
export const MAX_RECOMMENDATIONS_PER_ISSUE = 2;
export const MAX_QUESTIONS_PER_ISSUE = 5;
export const MAX_REFERENCES_PER_ISSUE = 6;
/** A budget that keeps the factsheet on one or two A4 pages at 10–11 pt. */
export const DEFAULT_WORD_BUDGET = 700;

/** Words as a reader counts them: runs of letters or digits (Cyrillic included), hyphenated words once. */
export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu);
  return words ? words.length : 0;
}

export interface WordCountable {
  about: string;
  issues: readonly { title: string; summary: string; recommendations: readonly string[]; questions: readonly string[] }[];
}

/** The words a diplomat reads: the organisation paragraph and every issue (references in small type excluded). */
export function documentWordCount(doc: WordCountable): number {
  let total = countWords(doc.about);
  for (const issue of doc.issues) {
    total += countWords(issue.title) + countWords(issue.summary);
    for (const text of [...issue.recommendations, ...issue.questions]) total += countWords(text);
  }
  return total;
}

export type KeyIssueProblem =
  | { code: 'too-many-issues'; count: number }
  | { code: 'too-few-recommendations'; issue: number; count: number }
  | { code: 'too-many-recommendations'; issue: number; count: number };

/** What breaks the rules in a list of issues (issue numbers are 1-based), empty when all is well. */
export function keyIssueProblems(issues: readonly { recommendations: readonly string[] }[]): KeyIssueProblem[] {
  const problems: KeyIssueProblem[] = [];
  if (issues.length > MAX_KEY_ISSUES) problems.push({ code: 'too-many-issues', count: issues.length });
  issues.forEach((issue, index) => {
    const count = issue.recommendations.filter((r) => r.trim() !== '').length;
    if (count < MIN_RECOMMENDATIONS_PER_ISSUE) problems.push({ code: 'too-few-recommendations', issue: index + 1, count });
    if (count > MAX_RECOMMENDATIONS_PER_ISSUE) problems.push({ code: 'too-many-recommendations', issue: index + 1, count });
  });
  return problems;
}

/** One English sentence per problem, for the CLI and API messages. */
export function describeKeyIssueProblem(problem: KeyIssueProblem): string {
  switch (problem.code) {
    case 'too-many-issues':
      return `The document has ${problem.count} key issues; the strategy allows at most ${MAX_KEY_ISSUES}, so that a diplomat reads them all. Merge or drop ${problem.count - MAX_KEY_ISSUES}.`;
    case 'too-few-recommendations':
      return `Issue ${problem.issue} has no recommendation; give it 1 or 2.`;
    case 'too-many-recommendations':
      return `Issue ${problem.issue} has ${problem.count} recommendations; keep at most ${MAX_RECOMMENDATIONS_PER_ISSUE}, the ones States are most likely to make.`;
  }
}
