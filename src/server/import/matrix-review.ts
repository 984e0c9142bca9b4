/**
 * Which review an OHCHR matrix belongs to: the State under Review (SuR) and the UPR Working Group
 * session. The matrix table itself names neither — OHCHR files say it in the file name
 * ("UPR34_Slovenia_Thematic_list_of_Recommendations.docx", "upr48-slovenia-…") and sometimes in
 * a title or page header. The session can also be read from the Working Group report's symbol:
 * A/HRC/59/15 is a document of Human Rights Council session 59, which adopted the outcomes of UPR
 * session 48 (from the calendar, where known). Where the document cannot tell, the error says what
 * is missing and how to supply it.
 */
import { AppError } from '../../core/errors.js';
import { MAX_SESSION } from './row-fields.js';
import { REPORT_SYMBOL, type ResolveState } from './matrix-cell.js';

export interface MatrixReview {
  session: number;
  surIso3: string;
  /** The name as the document wrote it. */
  surName: string;
}

export interface ReviewClues {
  fileName: string;
  /** Title, subject, page headers and paragraphs before the table, most telling first. */
  texts: string[];
  /** Report symbols the rows cite, in order. */
  reports: string[];
  resolve: ResolveState;
  /** The UPR session whose outcomes an HRC session adopted, when the calendar knows it. */
  sessionOfHrc?: (hrcSession: number) => number | null;
}

/** "UPR34_Slovenia_Thematic…" → "UPR34 Slovenia Thematic…"; "EgyptMatriceRecommendations" → "Egypt Matrice Recommendations". */
export function fileNameText(fileName: string): string {
  return fileName
    .replace(/\.docx$/i, '')
    .replace(/[_.\-+]+/g, ' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .trim();
}

const UPR_NUMBER = /\bUPR\s*(?:WG\s*)?(\d{1,2})(?!\d)/i;
const ORDINAL_SESSION = /\b(\d{1,2})(?:st|nd|rd|th)\s+(?:UPR\s+|Working Group\s+)?session\b/i;

/** A session number stated in a text: "UPR 34", "UPR34", "34th session" (not an HRC session). */
export function sessionIn(text: string): number | null {
  const upr = UPR_NUMBER.exec(text)?.[1];
  const ordinal = /universal periodic review|\bUPR\b|working group/i.test(text) && !/human rights council/i.test(text) ? ORDINAL_SESSION.exec(text)?.[1] : undefined;
  const found = Number(upr ?? ordinal);
  return Number.isInteger(found) && found >= 1 && found <= MAX_SESSION ? found : null;
}

const MAX_NAME_WORDS = 10;

/** The longest run of words in `text` that names a State, as written, with its code. */
export function stateIn(text: string, resolve: ResolveState): { iso3: string; name: string } | null {
  const words = text.split(/[^\p{L}\p{N}'’]+/u).filter(Boolean);
  const shouting = text === text.toUpperCase();
  for (let size = Math.min(MAX_NAME_WORDS, words.length); size >= 1; size--) {
    for (let start = 0; start + size <= words.length; start++) {
      const name = words.slice(start, start + size).join(' ');
      // Three letters alone are taken for an ISO code by the resolver: "and" would be Andorra.
      if (size === 1 && name.length === 3 && (shouting || name !== name.toUpperCase())) continue;
      const iso3 = resolve(name);
      if (iso3) return { iso3, name };
    }
  }
  return null;
}

/** The session the calendar gives for the first cited report it knows; else the first report, for the message. */
function sessionFromReports(clues: ReviewClues): { session: number | null; report: string | null; hrc: number | null } {
  const hrcOf = (report: string) => Number(REPORT_SYMBOL.exec(report)?.[1]);
  for (const report of clues.reports) {
    const session = clues.sessionOfHrc?.(hrcOf(report)) ?? null;
    if (session !== null) return { session, report, hrc: hrcOf(report) };
  }
  const first = clues.reports[0] ?? null;
  return { session: null, report: first, hrc: first ? hrcOf(first) : null };
}

function badMatrix(message: string): AppError {
  return new AppError('validation', message, { field: 'file', issues: [{ path: 'file', message }] });
}

/** The SuR and session of a matrix, or an AppError ('validation') naming what the document does not say. */
export function identifyReview(clues: ReviewClues): MatrixReview {
  const texts = [...clues.texts.filter((t) => t.trim() !== ''), fileNameText(clues.fileName)];
  const stated = texts.map(sessionIn).find((s) => s !== null) ?? null;
  const state = texts.map((t) => stateIn(t, clues.resolve)).find((s) => s !== null) ?? null;
  const fromReports = sessionFromReports(clues);
  if (stated !== null && fromReports.session !== null && stated !== fromReports.session) {
    throw badMatrix(
      `${clues.fileName}: the title or file name says UPR session ${stated}, but the report ${fromReports.report} is a document of ` +
        `Human Rights Council session ${fromReports.hrc}, which adopted the outcomes of UPR session ${fromReports.session}. Correct the file name and import it again.`,
    );
  }
  const session = stated ?? fromReports.session;
  const missing: string[] = [];
  if (!state) missing.push('which State was reviewed (no State is named in its title, page headers or file name)');
  if (session === null) {
    const why = fromReports.report
      ? `and the UPR calendar does not know which UPR session's outcomes Human Rights Council session ${fromReports.hrc} adopted (report ${fromReports.report})`
      : 'and it cites no Working Group report (A/HRC/…)';
    missing.push(`which UPR session it comes from (no "UPR 34" or "34th session" in its title, page headers or file name, ${why})`);
  }
  if (!state || session === null) {
    throw badMatrix(
      `${clues.fileName}: the OHCHR matrix does not say ${missing.join(', nor ')}. ` +
        'Name the file after the review, e.g. "UPR34_Slovenia_thematic_list.docx", and import it again.',
    );
  }
  return { session, surIso3: state.iso3, surName: state.name };
}
