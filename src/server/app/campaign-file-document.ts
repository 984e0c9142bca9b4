/**
 * The advocacy document of a portable campaign file (`upr-advocate/campaign@1`), for
 * `upr-advocate document`: no account and no stored campaign, only the reference data (State
 * names, the UPR calendar) and the clock. The file is checked with the same schema and the same
 * 4 / 1–2 rules as the web app, and every refusal names the place to fix.
 */
import type { ZodError } from 'zod';
import type { AdvocacyDocument, DocumentLanguage } from '../../core/campaign/advocacy-document.js';
import { describeKeyIssueProblem, keyIssueProblems, type KeyIssueProblem } from '../../core/campaign/key-issue-rules.js';
import { rangeContains } from '../../core/dates.js';
import { AppError } from '../../core/errors.js';
import { sessionRange } from '../../core/upr/calendar.js';
import { campaignFileSchema, CAMPAIGN_FILE_FORMAT } from '../../shared/contracts/campaign-file.js';
import type { AppDeps } from './deps.js';
import { requireState } from './states.js';

type FileIssue = ZodError['issues'][number];

export interface CampaignFileDocumentOptions {
  /** Overrides the file's own language (`--lang`). */
  language?: DocumentLanguage;
}

/** `issues[2].recommendations`: the JSON path as people write it (indices count from 0, as in the file). */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out === '' ? '' : '.'}${String(key)}`;
  return out || '(file)';
}

/** The schema's message codes (shared with the web forms) in words a person editing the file understands. */
function issueMessage(issue: FileIssue): string {
  switch (issue.message) {
    case 'invalid-date':
      return 'not a real date; write YYYY-MM-DD, e.g. 2027-01-20';
    case 'date-out-of-range':
      return 'outside the years the UPR calendar covers (2008–2040)';
    case 'iso3':
      return 'must be a three-letter ISO 3166 code, e.g. TJK';
  }
  if (issue.path.length === 1 && issue.path[0] === 'format') return `must be "${CAMPAIGN_FILE_FORMAT}"`;
  return issue.message;
}

export function describeFileErrors(error: ZodError): string {
  const issues = error.issues.slice(0, 3).map((i) => `${jsonPath(i.path)}: ${issueMessage(i)}`);
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return `The campaign file is not valid: ${issues.join('; ')}${more}.`;
}

/** Core's sentence, prefixed with the JSON path like the schema errors ("issues[2].recommendations: Issue 3 has…"). */
function problemWithPath(problem: KeyIssueProblem): string {
  const where = problem.code === 'too-many-issues' ? 'issues' : `issues[${problem.issue - 1}].recommendations`;
  return `${where}: ${describeKeyIssueProblem(problem)}`;
}

/** The UPR Working Group session the review date falls in, when the calendar knows it. */
function sessionOf(deps: Pick<AppDeps, 'calendar'>, reviewDate: string): number | null {
  return deps.calendar.get().sessions.find((s) => rangeContains(sessionRange(s), reviewDate))?.number ?? null;
}

/** Parses a campaign file (already JSON-decoded) into the advocacy document it describes. */
export function documentFromCampaignFile(
  deps: Pick<AppDeps, 'states' | 'clock' | 'calendar'>,
  fileJson: unknown,
  options: CampaignFileDocumentOptions = {},
): AdvocacyDocument {
  const parsed = campaignFileSchema.safeParse(fileJson);
  if (!parsed.success) {
    throw new AppError('validation', describeFileErrors(parsed.error), {
      issues: parsed.error.issues.map((i) => ({ path: jsonPath(i.path), message: issueMessage(i) })),
    });
  }
  const file = parsed.data;
  const problems = keyIssueProblems(file.issues);
  if (problems.length > 0) {
    throw new AppError('validation', problems.map(problemWithPath).join(' '), { field: 'issues' });
  }
  const state = requireState(deps, file.state);
  const language = options.language ?? file.language;
  const contact = file.contact ?? { name: '', email: '', phone: '' };
  return {
    language,
    organisation: { name: file.organisation.name, about: file.organisation.about },
    state: { iso3: state.iso3, name: state.names[language] },
    reviewDate: file.reviewDate,
    session: sessionOf(deps, file.reviewDate),
    documentDate: file.documentDate ?? deps.clock.today(),
    issues: file.issues.map((issue) => ({
      title: issue.title,
      summary: issue.summary,
      recommendations: issue.recommendations,
      questions: issue.questions,
      references: issue.references,
    })),
    contact: { name: contact.name, email: contact.email, phone: contact.phone },
  };
}
