/**
 * The advocacy document as an editable Word file. NGOs adapt the factsheet for each embassy, so
 * it is built the way people edit in Word: real Heading and Title styles (the navigation pane
 * works), real numbered and bulleted lists, and the recommendation "box" as shaded paragraphs
 * sharing one border (Word draws them as one block) rather than a text box nobody can edit.
 */
import {
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  TabStopType,
  TextRun,
  type IBordersOptions,
  type ISectionOptions,
} from 'docx';
import type { AdvocacyDocument } from '../../core/campaign/advocacy-document.js';
import { documentBlocks, type DocumentBlocks, type IssueBlock } from '../../core/campaign/document-blocks.js';
import { ADVOCACY_PAGE } from './advocacy-style.js';
import { DOCX_A4, DOCX_BODY as BODY, DOCX_COLORS, DOCX_FONT as FONT, DOCX_SMALL as SMALL, docxListLevel, docxMargins, docxPage } from './docx-page.js';

const MARGIN = docxMargins();
const TEXT_WIDTH = DOCX_A4.width - 2 * MARGIN.side;

const RECOMMENDATIONS = 'advocacy-recommendations';
const QUESTIONS = 'advocacy-questions';

const { accent: ACCENT, tint: TINT, muted: MUTED } = DOCX_COLORS;

/**
 * Same borders on every paragraph of the box, so Word joins them into one block: an accent bar
 * on the left, and borders in the tint colour elsewhere that only add padding around the text.
 */
const BOX_BORDER: IBordersOptions = {
  left: { style: BorderStyle.SINGLE, size: 24, color: ACCENT, space: 8 },
  top: { style: BorderStyle.SINGLE, size: 4, color: TINT, space: 4 },
  bottom: { style: BorderStyle.SINGLE, size: 4, color: TINT, space: 4 },
  right: { style: BorderStyle.SINGLE, size: 4, color: TINT, space: 8 },
};
const BOX_SHADING = { type: ShadingType.CLEAR, fill: TINT, color: 'auto' } as const;
/** Word groups bordered paragraphs into one box only when their indents match too: label and items share these. */
const BOX_INDENT = { left: 420, hanging: 300 } as const;

function headerBand(blocks: DocumentBlocks): Paragraph[] {
  return [
    new Paragraph({
      spacing: { after: 40 },
      children: [new TextRun({ text: blocks.header.organisation, bold: true, color: ACCENT, size: BODY + 1 })],
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(blocks.header.reviewLine)] }),
    new Paragraph({
      spacing: { after: 200 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: ACCENT, space: 6 } },
      children: [new TextRun({ text: blocks.header.dateLine, color: MUTED, size: SMALL })],
    }),
  ];
}

function aboutParagraph(about: NonNullable<DocumentBlocks['about']>): Paragraph {
  return new Paragraph({
    spacing: { after: 120 },
    children: [new TextRun({ text: `${about.heading}. `, bold: true }), new TextRun(about.text)],
  });
}

function recommendationBox(issue: IssueBlock): Paragraph[] {
  const label = new Paragraph({
    border: BOX_BORDER,
    shading: BOX_SHADING,
    indent: BOX_INDENT,
    keepNext: true,
    spacing: { before: 60, after: 40 },
    children: [new TextRun({ text: issue.recommendations.heading, bold: true, allCaps: true, color: ACCENT, size: SMALL })],
  });
  const items = issue.recommendations.items.map(
    (item, index) =>
      new Paragraph({
        border: BOX_BORDER,
        shading: BOX_SHADING,
        indent: BOX_INDENT,
        // One list through the document, so Word's numbers match the layout's (recommendation 3 is the same everywhere).
        numbering: { reference: RECOMMENDATIONS, level: 0 },
        keepNext: index < issue.recommendations.items.length - 1,
        keepLines: true,
        spacing: { after: 40 },
        children: [new TextRun({ text: item.text, bold: true })],
      }),
  );
  return [label, ...items];
}

function issueParagraphs(issue: IssueBlock): Paragraph[] {
  const out: Paragraph[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(issue.title)] })];
  // keepNext chains title → background → box, so Word keeps an issue's recommendations with it (as the PDF does).
  if (issue.summary) out.push(new Paragraph({ spacing: { after: 100 }, keepNext: true, keepLines: true, children: [new TextRun(issue.summary)] }));
  out.push(...recommendationBox(issue));
  if (issue.questions) {
    out.push(
      new Paragraph({ spacing: { before: 100, after: 20 }, keepNext: true, children: [new TextRun({ text: issue.questions.heading, bold: true })] }),
      ...issue.questions.items.map((text) => new Paragraph({ numbering: { reference: QUESTIONS, level: 0 }, spacing: { after: 20 }, children: [new TextRun(text)] })),
    );
  }
  if (issue.references) {
    out.push(
      new Paragraph({
        spacing: { before: 80 },
        children: [new TextRun({ text: `${issue.references.heading}: ${issue.references.items.join('; ')}`, size: SMALL - 1, color: MUTED })],
      }),
    );
  }
  return out;
}

function footer(blocks: DocumentBlocks): Footer {
  const small = { size: SMALL, color: MUTED };
  const contact = blocks.footer
    ? [new TextRun({ ...small, text: `${blocks.footer.label}: `, bold: true }), new TextRun({ ...small, text: blocks.footer.items.join('  ·  ') })]
    : [];
  return new Footer({
    children: [
      new Paragraph({
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: MUTED, space: 4 } },
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [...contact, new TextRun({ ...small, children: ['\t', PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

/** The document's Word styles: one sans family, 10.5 pt body, headings in the accent colour. */
function styles(languageTag: string) {
  const run = { font: FONT, color: DOCX_COLORS.text };
  return {
    default: {
      document: { run: { ...run, size: BODY, language: { value: languageTag } }, paragraph: { spacing: { after: 80, line: 264 } } },
      title: { run: { ...run, size: ADVOCACY_PAGE.titlePt * 2, bold: true }, paragraph: { spacing: { after: 40 } } },
      heading1: { run: { ...run, size: ADVOCACY_PAGE.headingPt * 2, bold: true, color: ACCENT }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
    },
  };
}

/** An editable A4 Word document of the advocacy factsheet. */
export async function renderAdvocacyDocx(doc: AdvocacyDocument): Promise<Uint8Array> {
  return Packer.toBuffer(buildAdvocacyDocx(doc));
}

/** The docx Document before packing: the CLI and tests lay it out with docx/layout to estimate Word's pages. */
export function buildAdvocacyDocx(doc: AdvocacyDocument): Document {
  const blocks = documentBlocks(doc);
  const section: ISectionOptions = {
    properties: { page: docxPage(MARGIN, 10) },
    footers: { default: footer(blocks) },
    children: [...headerBand(blocks), ...(blocks.about ? [aboutParagraph(blocks.about)] : []), ...blocks.issues.flatMap(issueParagraphs)],
  };
  return new Document({
    title: blocks.meta.title,
    subject: blocks.meta.subject,
    creator: blocks.meta.author,
    lastModifiedBy: blocks.meta.author,
    styles: styles(blocks.languageTag),
    numbering: {
      config: [
        { reference: RECOMMENDATIONS, levels: [docxListLevel('number', { left: BOX_INDENT.left, hanging: 300, color: ACCENT })] },
        { reference: QUESTIONS, levels: [docxListLevel('bullet', { hanging: 300, color: MUTED })] },
      ],
    },
    sections: [section],
  });
}
