/**
 * The mid-term report as an editable Word file: real Title and Heading styles (the navigation
 * pane lists the key issues and recommendations), a real table for the summary (its header row
 * repeats on every page), and real bulleted lists for the timelines, in the look of the
 * advocacy document (advocacy-style.ts).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { midtermReportBlocks, type MidtermBlocks, type RecommendationBlock, type SummaryRow } from '../../core/outcome/midterm-report.js';
import { ADVOCACY_PAGE } from './advocacy-style.js';
import { DOCX_BODY as BODY, DOCX_COLORS, DOCX_FONT as FONT, DOCX_SMALL as SMALL, docxListLevel, docxMargins, docxPage } from './docx-page.js';

const TIMELINE = 'midterm-timeline';

const { accent: ACCENT, tint: TINT, muted: MUTED } = DOCX_COLORS;

function header(blocks: MidtermBlocks): Paragraph[] {
  const out: Paragraph[] = [];
  if (blocks.header.organisation) {
    out.push(
      new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: blocks.header.organisation, bold: true, color: ACCENT })] }),
    );
  }
  out.push(
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(blocks.header.title)] }),
    new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: blocks.header.reviewLine, bold: true })] }),
    new Paragraph({
      spacing: { after: 200 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: ACCENT, space: 6 } },
      children: [new TextRun({ text: blocks.header.dateLine, color: MUTED, size: SMALL })],
    }),
  );
  return out;
}

const cell = (text: string, options: { bold?: boolean; shade?: boolean; right?: boolean } = {}) =>
  new TableCell({
    shading: options.shade ? { type: ShadingType.CLEAR, fill: TINT, color: 'auto' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { after: 0 },
        children: [new TextRun({ text, bold: options.bold, size: SMALL + 2 })],
      }),
    ],
  });

function summaryTable(blocks: MidtermBlocks): Table {
  const row = (r: SummaryRow, bold = false) =>
    new TableRow({
      cantSplit: true,
      children: [cell(r.label, { bold }), ...[...r.counts, r.total].map((n) => cell(String(n), { bold, right: true }))],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: blocks.summary.columns.map((c, i) => cell(c, { bold: true, shade: true, right: i > 0 })),
      }),
      ...blocks.summary.rows.map((r) => row(r)),
      row(blocks.summary.totals, true),
    ],
  });
}

function recommendation(rec: RecommendationBlock): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(rec.heading)] }),
    new Paragraph({ keepNext: true, spacing: { after: 60 }, children: [new TextRun({ text: rec.text, italics: true })] }),
    ...rec.fields.map(
      (f) =>
        new Paragraph({
          keepNext: true,
          spacing: { after: 20 },
          children: [new TextRun({ text: `${f.label}: `, bold: true }), new TextRun(f.value)],
        }),
    ),
    new Paragraph({
      keepNext: rec.timeline.items.length > 0,
      spacing: { before: 80, after: 20 },
      children: [new TextRun({ text: rec.timeline.heading, bold: true, color: ACCENT })],
    }),
    ...(rec.timeline.empty ? [new Paragraph({ children: [new TextRun({ text: rec.timeline.empty, color: MUTED })] })] : []),
    ...rec.timeline.items.map(
      (item) =>
        new Paragraph({
          numbering: { reference: TIMELINE, level: 0 },
          spacing: { after: 20 },
          children: [
            new TextRun({ text: `${item.date}: `, bold: true }),
            new TextRun(item.text),
            ...(item.source ? [new TextRun({ text: ` (${item.source})`, color: MUTED })] : []),
          ],
        }),
    ),
  ];
}

function body(blocks: MidtermBlocks): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    ...header(blocks),
    ...blocks.introduction.map((text) => new Paragraph({ children: [new TextRun(text)] })),
  ];
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(blocks.summary.heading)] }), summaryTable(blocks));
  for (const section of blocks.sections) {
    out.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.title)] }),
      ...section.items.flatMap(recommendation),
    );
  }
  if (blocks.noted) {
    out.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(blocks.noted.heading)] }),
      new Paragraph({ children: [new TextRun(blocks.noted.intro)] }),
    );
    for (const item of blocks.noted.items) {
      out.push(
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(item.heading)] }),
        new Paragraph({ keepNext: true, spacing: { after: 60 }, children: [new TextRun({ text: item.text, italics: true })] }),
        ...item.fields.map(
          (f) =>
            new Paragraph({ spacing: { after: 20 }, children: [new TextRun({ text: `${f.label}: `, bold: true }), new TextRun(f.value)] }),
        ),
      );
    }
  }
  return out;
}

function footer(blocks: MidtermBlocks): Footer {
  const small = { size: SMALL, color: MUTED };
  const contact = blocks.footer
    ? [new TextRun({ ...small, text: `${blocks.footer.label}: ${blocks.footer.items.join('  ·  ')}    ` })]
    : [];
  return new Footer({
    children: [
      new Paragraph({ children: [...contact, new TextRun({ ...small, children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })] }),
    ],
  });
}

/** An editable A4 Word document of the mid-term report. */
export async function renderMidtermDocx(input: Parameters<typeof midtermReportBlocks>[0]): Promise<Uint8Array> {
  const blocks = midtermReportBlocks(input);
  const run = { font: FONT, color: DOCX_COLORS.text };
  const doc = new Document({
    title: blocks.meta.title,
    subject: blocks.meta.subject,
    creator: blocks.meta.author,
    lastModifiedBy: blocks.meta.author,
    styles: {
      default: {
        document: {
          run: { ...run, size: BODY, language: { value: blocks.languageTag } },
          paragraph: { spacing: { after: 80, line: 264 } },
        },
        title: { run: { ...run, size: ADVOCACY_PAGE.titlePt * 2, bold: true }, paragraph: { spacing: { after: 40 } } },
        heading1: {
          run: { ...run, size: ADVOCACY_PAGE.headingPt * 2, bold: true, color: ACCENT },
          paragraph: { spacing: { before: 280, after: 100 }, keepNext: true },
        },
        heading2: { run: { ...run, size: BODY + 2, bold: true }, paragraph: { spacing: { before: 180, after: 40 }, keepNext: true } },
      },
    },
    numbering: {
      config: [{ reference: TIMELINE, levels: [docxListLevel('bullet')] }],
    },
    sections: [
      {
        properties: { page: docxPage(docxMargins(), 10) },
        footers: { default: footer(blocks) },
        children: body(blocks),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
