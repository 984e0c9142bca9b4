/**
 * The advocacy document ("factsheet") handed to diplomats, as data: what the DOCX, PDF and HTML
 * renderers lay out. Built from a campaign (server) or from a campaign file (CLI).
 */
import type { IsoDate } from '../dates.js';

export type DocumentLanguage = 'en' | 'ru';

export interface DocumentIssue {
  title: string;
  summary: string;
  recommendations: readonly string[];
  questions: readonly string[];
  /** E.g. "Joint submission, para. 12"; printed in small type. */
  references: readonly string[];
}

export interface DocumentContact {
  name: string;
  email: string;
  phone: string;
}

export interface AdvocacyDocument {
  language: DocumentLanguage;
  organisation: { name: string; about: string };
  /** The State under Review, its name already in the document's language. */
  state: { iso3: string; name: string };
  reviewDate: IsoDate;
  /** UPR Working Group session number, when known. */
  session: number | null;
  /** The date printed on the document. */
  documentDate: IsoDate;
  issues: readonly DocumentIssue[];
  /** Only what the user chose to print; empty strings are left out. */
  contact: DocumentContact;
}

/** A file name without characters that trouble file systems or headers, e.g. "advocacy-KEN-2027-01-20". */
export function documentFileName(doc: Pick<AdvocacyDocument, 'state' | 'reviewDate'>, extension: string): string {
  return `advocacy-${doc.state.iso3}-${doc.reviewDate}.${extension}`;
}
