/**
 * The mid-term report (stage `mid-term-report`, R + 2 … 2½ years) as layout-independent blocks,
 * made once for the DOCX, PDF and HTML renderers so the three files say the same thing: the
 * title, a short introduction, a summary table per key issue (counts by implementation status),
 * then per key issue each supported recommendation we follow with its States, status, the body
 * responsible and its timeline; the noted ones of interest last, with their response.
 *
 * Timelines are chronological (oldest first): the report tells how implementation unfolded
 * since the review, and the current status is already stated above each timeline, so the
 * latest news is never buried; it is also the order of the app's monitoring timeline.
 */
import type { DocumentContact, DocumentLanguage } from '../campaign/advocacy-document.js';
import { formatCivilDate } from '../campaign/format-civil-date.js';
import type { IsoDate } from '../dates.js';
import type { Response } from '../recommendations/responses.js';
import { MONITORING_STATUSES, sortTimeline, summarizeStatuses, type MonitoringStatus } from './monitoring-status.js';
import { midtermTexts, type MidtermTexts } from './midterm-texts.js';

export interface ReportTimelineEntry {
  id: string;
  kind: 'evidence' | 'status';
  date: IsoDate;
  createdAt: string;
  text: string;
  source: string;
  status: MonitoringStatus | null;
}

export interface ReportRecommendation {
  paragraph: string;
  text: string;
  /** Names already in the report's language. */
  recommendingStates: readonly string[];
  response: Response;
  status: MonitoringStatus;
  ministry: string;
  timeline: readonly ReportTimelineEntry[];
}

export interface ReportNotedRecommendation {
  paragraph: string;
  text: string;
  recommendingStates: readonly string[];
  response: Response | null;
  /** Titles of the key issues it answers. */
  issues: readonly string[];
}

export interface MidtermReportInput {
  language: DocumentLanguage;
  organisation: string;
  state: { iso3: string; name: string };
  reviewDate: IsoDate;
  session: number | null;
  cycle: number | null;
  documentSymbol: string | null;
  reportDate: IsoDate;
  /** In the campaign's order; title '' groups the followed recommendations tied to no key issue. */
  issues: readonly { title: string; recommendations: readonly ReportRecommendation[] }[];
  noted: readonly ReportNotedRecommendation[];
  contact: DocumentContact;
}

export interface Field {
  label: string;
  value: string;
}

export interface TimelineLine {
  date: string;
  text: string;
  source: string | null;
}

export interface RecommendationBlock {
  heading: string;
  text: string;
  fields: Field[];
  timeline: { heading: string; items: TimelineLine[]; empty: string | null };
}

export interface SummaryRow {
  label: string;
  counts: number[];
  total: number;
}

export interface MidtermBlocks {
  language: DocumentLanguage;
  languageTag: string;
  meta: { title: string; author: string; subject: string };
  header: { organisation: string; title: string; reviewLine: string; dateLine: string };
  introduction: string[];
  summary: { heading: string; columns: string[]; rows: SummaryRow[]; totals: SummaryRow };
  sections: { title: string; items: RecommendationBlock[] }[];
  noted: { heading: string; intro: string; items: { heading: string; text: string; fields: Field[] }[] } | null;
  footer: { label: string; items: string[] } | null;
}

export const LANGUAGE_TAGS: Record<DocumentLanguage, string> = { en: 'en-GB', ru: 'ru-RU' };

const joinStates = (names: readonly string[]) => names.join(', ');

function timelineLines(entries: readonly ReportTimelineEntry[], texts: MidtermTexts, language: DocumentLanguage): TimelineLine[] {
  return sortTimeline(entries).map((e) => ({
    date: formatCivilDate(e.date, language),
    text: e.kind === 'status' && e.status ? texts.statusChanged(texts.statuses[e.status]) : e.text.trim(),
    source: e.source.trim() === '' ? null : e.source.trim(),
  }));
}

function recommendationBlock(rec: ReportRecommendation, texts: MidtermTexts, language: DocumentLanguage): RecommendationBlock {
  const items = timelineLines(rec.timeline, texts, language);
  const fields: Field[] = [
    { label: texts.recommendedBy, value: joinStates(rec.recommendingStates) },
    { label: texts.response, value: texts.responses[rec.response] },
    { label: texts.status, value: texts.statuses[rec.status] },
    { label: texts.responsible, value: rec.ministry.trim() || texts.notSet },
  ];
  return {
    heading: texts.recommendation(rec.paragraph),
    text: rec.text.trim(),
    fields: fields.filter((f) => f.value !== ''),
    timeline: { heading: texts.timeline, items, empty: items.length === 0 ? texts.noEvidence : null },
  };
}

function summaryRow(label: string, statuses: readonly MonitoringStatus[]): SummaryRow {
  const summary = summarizeStatuses(statuses);
  return { label, counts: MONITORING_STATUSES.map((s) => summary.counts[s]), total: summary.total };
}

/** The blocks of a mid-term report, in reading order, ready for a renderer to map. */
export function midtermReportBlocks(input: MidtermReportInput): MidtermBlocks {
  const texts = midtermTexts(input.language);
  const facts = {
    stateName: input.state.name,
    reviewDate: input.reviewDate,
    session: input.session,
    cycle: input.cycle,
    documentSymbol: input.documentSymbol,
  };
  const sections = input.issues
    .filter((issue) => issue.recommendations.length > 0)
    .map((issue) => ({
      title: issue.title.trim() || texts.otherIssue,
      recs: issue.recommendations,
    }));
  // A recommendation answering two issues is shown under both, but counted once in the totals.
  const distinct = new Map(sections.flatMap((s) => s.recs.map((r) => [r.paragraph, r.status] as const)));
  const organisation = input.organisation.trim();
  const reviewLine = texts.reviewLine(facts);
  const contact = [input.contact.name, input.contact.email, input.contact.phone].map((s) => s.trim()).filter((s) => s !== '');
  return {
    language: input.language,
    languageTag: LANGUAGE_TAGS[input.language],
    meta: { title: `${texts.title}: ${input.state.name}`, author: organisation, subject: reviewLine },
    header: { organisation, title: texts.title, reviewLine, dateLine: texts.dateLine(input.reportDate) },
    introduction: texts.introduction(facts, { monitored: distinct.size, noted: input.noted.length }, input.reportDate),
    summary: {
      heading: texts.summaryHeading,
      columns: [texts.keyIssue, ...MONITORING_STATUSES.map((s) => texts.statuses[s]), texts.total],
      rows: sections.map((s) =>
        summaryRow(
          s.title,
          s.recs.map((r) => r.status),
        ),
      ),
      totals: summaryRow(texts.allRecommendations, [...distinct.values()]),
    },
    sections: sections.map((s) => ({ title: s.title, items: s.recs.map((r) => recommendationBlock(r, texts, input.language)) })),
    noted:
      input.noted.length === 0
        ? null
        : {
            heading: texts.notedHeading,
            intro: texts.notedIntro(input.state.name),
            items: input.noted.map((n) => ({
              heading: texts.recommendation(n.paragraph),
              text: n.text.trim(),
              fields: [
                { label: texts.recommendedBy, value: joinStates(n.recommendingStates) },
                { label: texts.response, value: n.response ? texts.responses[n.response] : texts.unknownResponse },
                { label: texts.issues, value: n.issues.join('; ') },
              ].filter((f) => f.value !== ''),
            })),
          },
    footer: contact.length > 0 ? { label: texts.contact, items: contact } : null,
  };
}

/** A file name without characters that trouble file systems or headers, e.g. "midterm-report-SVN-2025-01-28.pdf". */
export function midtermFileName(input: Pick<MidtermReportInput, 'state' | 'reviewDate'>, extension: string): string {
  return `midterm-report-${input.state.iso3}-${input.reviewDate}.${extension}`;
}
