/**
 * The advocacy document as a PDF, for e-mailing to embassies and printing. Rendered with
 * pdfmake in the server process, without network (pdf-page.ts: Roboto from the pdfmake
 * package, embedded and subset, covers Cyrillic, so a fresh install needs nothing outside npm).
 */
import type { Content, ContentStack, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AdvocacyDocument } from '../../core/campaign/advocacy-document.js';
import { documentBlocks, type DocumentBlocks, type IssueBlock } from '../../core/campaign/document-blocks.js';
import { ADVOCACY_COLORS as C, ADVOCACY_PAGE as P } from './advocacy-style.js';
import { pdfBase, PDF_MARGINS as MARGINS, PDF_MM as MM, PDF_TEXT_WIDTH as TEXT_WIDTH, renderPdf } from './pdf-page.js';

function headerBand(blocks: DocumentBlocks): Content[] {
  return [
    { text: blocks.header.organisation, bold: true, color: C.accent, fontSize: P.bodyPt + 0.5, margin: [0, 0, 0, 2] },
    { text: blocks.header.reviewLine, bold: true, fontSize: P.titlePt, lineHeight: 1.1, margin: [0, 0, 0, 3] },
    { text: blocks.header.dateLine, color: C.muted, fontSize: P.smallPt },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: TEXT_WIDTH, y2: 0, lineWidth: 1.5, lineColor: C.accent }], margin: [0, 6, 0, 10] },
  ];
}

/** The tinted box: a one-cell table (pdfmake's way to fill a background) with an accent bar on the left. */
function recommendationBox(issue: IssueBlock): Content {
  const first = issue.recommendations.items[0]?.number ?? 1;
  return {
    table: {
      widths: ['*'],
      dontBreakRows: true,
      body: [
        [
          {
            stack: [
              { text: issue.recommendations.heading.toUpperCase(), bold: true, color: C.accent, fontSize: P.smallPt, characterSpacing: 0.4, margin: [0, 0, 0, 3] },
              { ol: issue.recommendations.items.map((item) => ({ text: item.text, bold: true, margin: [0, 0, 0, 2] })), start: first, markerColor: C.accent },
            ],
          },
        ],
      ],
    },
    layout: {
      fillColor: () => C.tint,
      hLineWidth: () => 0,
      vLineWidth: (i: number) => (i === 0 ? 3 : 0),
      vLineColor: () => C.accent,
      paddingLeft: () => 10,
      paddingRight: () => 10,
      paddingTop: () => 6,
      paddingBottom: () => 5,
    },
    margin: [0, 2, 0, 6],
  };
}

function issueContent(issue: IssueBlock): Content[] {
  // Title, background and recommendations stay on one page: a box cut from its issue reads as an orphan.
  const core: ContentStack = {
    unbreakable: true,
    stack: [
      { text: issue.title, style: 'heading' },
      ...(issue.summary ? [{ text: issue.summary, margin: [0, 0, 0, 5] } as Content] : []),
      recommendationBox(issue),
    ],
  };
  const out: Content[] = [core];
  if (issue.questions) {
    out.push({
      unbreakable: true,
      stack: [{ text: issue.questions.heading, bold: true, margin: [0, 2, 0, 2] }, { ul: issue.questions.items, margin: [0, 0, 0, 4] }],
    });
  }
  if (issue.references) {
    out.push({ text: `${issue.references.heading}: ${issue.references.items.join('; ')}`, fontSize: P.smallPt - 0.5, color: C.muted, margin: [0, 2, 0, 0] });
  }
  return out;
}

function footer(blocks: DocumentBlocks) {
  const contact = blocks.footer ? [{ text: `${blocks.footer.label}: `, bold: true }, blocks.footer.items.join('  ·  ')] : '';
  return (currentPage: number, pageCount: number): Content => ({
    margin: [MARGINS[0], 8 * MM, MARGINS[2], 0],
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: TEXT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: C.muted }], margin: [0, 0, 0, 4] },
      {
        columns: [
          { text: contact, width: '*' },
          // A page number only helps when there is a second page to lose.
          { text: pageCount > 1 ? `${currentPage} / ${pageCount}` : '', width: 'auto' },
        ],
        fontSize: P.smallPt,
        color: C.muted,
      },
    ],
  });
}

/** The pdfmake definition: the shared blocks mapped to pdfmake's content tree. */
function advocacyPdfDefinition(doc: AdvocacyDocument): TDocumentDefinitions {
  const blocks = documentBlocks(doc);
  const about: Content[] = blocks.about ? [{ text: [{ text: `${blocks.about.heading}. `, bold: true }, blocks.about.text], margin: [0, 0, 0, 4] }] : [];
  return {
    ...pdfBase(blocks),
    styles: { heading: { fontSize: P.headingPt, bold: true, color: C.accent, margin: [0, 10, 0, 4] } },
    footer: footer(blocks),
    content: [...headerBand(blocks), ...about, ...blocks.issues.flatMap(issueContent)],
  };
}

/** An A4 PDF of the advocacy factsheet, fonts embedded. */
export async function renderAdvocacyPdf(doc: AdvocacyDocument): Promise<Uint8Array> {
  return renderPdf(advocacyPdfDefinition(doc));
}

/** Pages of a PDF this module wrote: pdfkit keeps the page tree's /Count in plain text. */
export function pdfPageCount(bytes: Uint8Array): number {
  const text = Buffer.from(bytes).toString('latin1');
  const match = /\/Type \/Pages\s*\/Count (\d+)/.exec(text);
  return match ? Number(match[1]) : 0;
}
