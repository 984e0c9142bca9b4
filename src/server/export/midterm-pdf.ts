/**
 * The mid-term report as a PDF, rendered in process by pdfmake with the Roboto files shipped in
 * the pdfmake package (Cyrillic included, subset and embedded), without any network access.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  midtermReportBlocks,
  type MidtermBlocks,
  type MidtermReportInput,
  type RecommendationBlock,
} from '../../core/outcome/midterm-report.js';
import { ADVOCACY_COLORS as C, ADVOCACY_PAGE as P } from './advocacy-style.js';
import { pdfBase, PDF_MARGINS as MARGINS, PDF_MM as MM, PDF_TEXT_WIDTH as TEXT_WIDTH, renderPdf } from './pdf-page.js';

function header(blocks: MidtermBlocks): Content[] {
  return [
    ...(blocks.header.organisation
      ? [{ text: blocks.header.organisation, bold: true, color: C.accent, margin: [0, 0, 0, 2] } as Content]
      : []),
    { text: blocks.header.title, bold: true, fontSize: P.titlePt, lineHeight: 1.1, margin: [0, 0, 0, 3] },
    { text: blocks.header.reviewLine, bold: true, margin: [0, 0, 0, 2] },
    { text: blocks.header.dateLine, color: C.muted, fontSize: P.smallPt },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: TEXT_WIDTH, y2: 0, lineWidth: 1.5, lineColor: C.accent }], margin: [0, 6, 0, 10] },
  ];
}

function summary(blocks: MidtermBlocks): Content[] {
  const right = (n: number, bold = false) => ({ text: String(n), alignment: 'right' as const, bold });
  return [
    { text: blocks.summary.heading, style: 'heading' },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        // Wide enough for “выполнено частично” to wrap between its words, never inside one.
        widths: ['*', ...blocks.summary.columns.slice(1, -1).map(() => 56), 40],
        body: [
          blocks.summary.columns.map((c, i) => ({
            text: c,
            bold: true,
            fontSize: P.smallPt,
            alignment: i > 0 ? ('right' as const) : ('left' as const),
          })),
          ...blocks.summary.rows.map((r) => [r.label, ...r.counts.map((n) => right(n)), right(r.total)]),
          [
            { text: blocks.summary.totals.label, bold: true },
            ...blocks.summary.totals.counts.map((n) => right(n, true)),
            right(blocks.summary.totals.total, true),
          ],
        ],
      },
      layout: {
        fillColor: (row: number) => (row === 0 ? C.tint : null),
        hLineWidth: () => 0.5,
        vLineWidth: () => 0,
        hLineColor: () => C.muted,
        paddingTop: () => 3,
        paddingBottom: () => 3,
      },
      margin: [0, 0, 0, 6],
    },
  ];
}

function recommendation(rec: RecommendationBlock): Content {
  const timeline: Content[] = rec.timeline.empty
    ? []
    : [
        {
          ul: rec.timeline.items.map((item) => ({
            text: [
              { text: `${item.date}: `, bold: true },
              item.text,
              ...(item.source ? [{ text: ` (${item.source})`, color: C.muted }] : []),
            ],
            margin: [0, 0, 0, 2],
          })),
        },
      ];
  return {
    stack: [
      // Heading, text and fields stay together: a heading alone at the bottom of a page reads as an orphan.
      {
        unbreakable: true,
        stack: [
          { text: rec.heading, style: 'subheading' },
          { text: rec.text, italics: true, margin: [0, 0, 0, 3] },
          ...rec.fields.map((f) => ({ text: [{ text: `${f.label}: `, bold: true }, f.value] })),
          { text: rec.timeline.heading, bold: true, color: C.accent, margin: [0, 4, 0, 2] },
          ...(rec.timeline.empty ? [{ text: rec.timeline.empty, color: C.muted }] : []),
        ],
      },
      ...timeline,
    ],
    margin: [0, 0, 0, 6],
  };
}

function definition(blocks: MidtermBlocks): TDocumentDefinitions {
  const content: Content[] = [
    ...header(blocks),
    ...blocks.introduction.map((text) => ({ text, margin: [0, 0, 0, 5] }) as Content),
    ...summary(blocks),
  ];
  for (const section of blocks.sections) content.push({ text: section.title, style: 'heading' }, ...section.items.map(recommendation));
  if (blocks.noted) {
    content.push({ text: blocks.noted.heading, style: 'heading' }, { text: blocks.noted.intro, margin: [0, 0, 0, 4] });
    for (const item of blocks.noted.items) {
      content.push({
        unbreakable: true,
        stack: [
          { text: item.heading, style: 'subheading' },
          { text: item.text, italics: true, margin: [0, 0, 0, 3] },
          ...item.fields.map((f) => ({ text: [{ text: `${f.label}: `, bold: true }, f.value] })),
        ],
        margin: [0, 0, 0, 6],
      });
    }
  }
  const contact = blocks.footer ? `${blocks.footer.label}: ${blocks.footer.items.join('  ·  ')}` : '';
  return {
    ...pdfBase(blocks),
    styles: {
      heading: { fontSize: P.headingPt, bold: true, color: C.accent, margin: [0, 12, 0, 4] },
      subheading: { fontSize: P.bodyPt + 1, bold: true, margin: [0, 6, 0, 2] },
    },
    footer: (page: number, pages: number): Content => ({
      margin: [MARGINS[0], 8 * MM, MARGINS[2], 0],
      columns: [
        { text: contact, width: '*' },
        { text: `${page} / ${pages}`, width: 'auto' },
      ],
      fontSize: P.smallPt,
      color: C.muted,
    }),
    content,
  };
}

/** An A4 PDF of the mid-term report, fonts embedded. */
export async function renderMidtermPdf(input: MidtermReportInput): Promise<Uint8Array> {
  return renderPdf(definition(midtermReportBlocks(input)));
}
