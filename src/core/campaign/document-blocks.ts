/**
 * The layout decisions of the advocacy document, made once for the DOCX, PDF and HTML
 * renderers (and a future on-screen preview): the order of the sections, the fixed words, what
 * is left out when empty, and the numbers of the recommendations. Each renderer only maps these
 * blocks to its format, so the three files cannot drift apart.
 */
import type { AdvocacyDocument, DocumentLanguage } from './advocacy-document.js';
import { documentTexts } from './document-texts.js';

export interface NumberedItem {
  /** Counted through the whole document, so that "recommendation 3" names one text in a meeting. */
  number: number;
  text: string;
}

export interface ListBlock<T> {
  heading: string;
  items: T[];
}

export interface IssueBlock {
  title: string;
  /** The background paragraph; null when the user left it empty. */
  summary: string | null;
  recommendations: ListBlock<NumberedItem>;
  questions: ListBlock<string> | null;
  references: ListBlock<string> | null;
}

export interface DocumentBlocks {
  language: DocumentLanguage;
  /** BCP 47 tag for the file's language metadata (PDF /Lang, HTML lang, Word proofing). */
  languageTag: string;
  /** File metadata: title, author and subject of the PDF and DOCX, the HTML <title>. */
  meta: { title: string; author: string; subject: string };
  header: { organisation: string; reviewLine: string; dateLine: string };
  about: { heading: string; text: string } | null;
  issues: IssueBlock[];
  /** The contact line of the footer: only the fields the user filled in; null when none. */
  footer: { label: string; items: string[] } | null;
}

const LANGUAGE_TAGS: Record<DocumentLanguage, string> = { en: 'en-GB', ru: 'ru-RU' };

/** Trimmed, and blank entries dropped: an empty second field in a form is not an item. */
function cleanList(items: readonly string[]): string[] {
  return items.map((s) => s.trim()).filter((s) => s !== '');
}

function listOrNull(heading: string, items: readonly string[]): ListBlock<string> | null {
  const cleaned = cleanList(items);
  return cleaned.length > 0 ? { heading, items: cleaned } : null;
}

/** The blocks of an advocacy document, in reading order, ready for a renderer to map. */
export function documentBlocks(doc: AdvocacyDocument): DocumentBlocks {
  const texts = documentTexts(doc.language);
  const organisation = doc.organisation.name.trim();
  const reviewLine = texts.reviewLine(doc);
  const about = doc.organisation.about.trim();
  let counter = 0;
  const issues = doc.issues.map((issue): IssueBlock => {
    const summary = issue.summary.trim();
    return {
      title: issue.title.trim(),
      summary: summary === '' ? null : summary,
      recommendations: {
        heading: texts.recommendations,
        items: cleanList(issue.recommendations).map((text) => ({ number: ++counter, text })),
      },
      questions: listOrNull(texts.questions, issue.questions),
      references: listOrNull(texts.references, issue.references),
    };
  });
  const contact = cleanList([doc.contact.name, doc.contact.email, doc.contact.phone]);
  return {
    language: doc.language,
    languageTag: LANGUAGE_TAGS[doc.language],
    meta: { title: reviewLine, author: organisation, subject: texts.dateLine(doc) },
    header: { organisation, reviewLine, dateLine: texts.dateLine(doc) },
    about: about === '' ? null : { heading: texts.aboutHeading, text: about },
    issues,
    footer: contact.length > 0 ? { label: texts.contact, items: contact } : null,
  };
}
