/**
 * The update letters as one Word file, one letter per page (a page break before every letter
 * but the first), so they are edited, printed or copied into e-mails one by one. Plain letter
 * layout: recipient block, date on the right, subject in bold, recommendations as a list.
 */
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { updateLettersBlocks, type LetterBlock, type LetterItem, type UpdateLettersInput } from '../../core/outcome/update-letters.js';
import { DOCX_COLORS, DOCX_FONT as FONT, docxListLevel, docxMargins, docxPage } from './docx-page.js';

const ITEMS = 'letter-recommendations';

function itemParagraphs(item: LetterItem): Paragraph[] {
  return [
    new Paragraph({
      numbering: { reference: ITEMS, level: 0 },
      keepNext: item.lines.length > 0,
      spacing: { after: 20 },
      children: [new TextRun({ text: `${item.heading}. `, bold: true }), new TextRun({ text: item.text, italics: true })],
    }),
    ...item.lines.map(
      (line, i) =>
        new Paragraph({
          indent: { left: 360 },
          keepNext: i < item.lines.length - 1,
          spacing: { after: 20 },
          children: [new TextRun(line)],
        }),
    ),
  ];
}

function letterParagraphs(letter: LetterBlock, first: boolean): Paragraph[] {
  const gap = { after: 160 };
  return [
    ...letter.recipient.map(
      (line, i) => new Paragraph({ pageBreakBefore: !first && i === 0, spacing: { after: 0 }, children: [new TextRun(line)] }),
    ),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 240, after: 240 }, children: [new TextRun(letter.date)] }),
    new Paragraph({ spacing: gap, children: [new TextRun({ text: letter.subject, bold: true })] }),
    new Paragraph({ spacing: gap, children: [new TextRun(letter.greeting)] }),
    new Paragraph({ spacing: gap, children: [new TextRun(letter.intro)] }),
    ...letter.items.flatMap(itemParagraphs),
    ...(letter.noted
      ? [
          new Paragraph({ spacing: { before: 160, after: 60 }, children: [new TextRun(letter.noted.intro)] }),
          ...letter.noted.items.flatMap(itemParagraphs),
        ]
      : []),
    ...letter.closing.map(
      (text, i) => new Paragraph({ spacing: { before: i === 0 ? 160 : 0, after: 120 }, children: [new TextRun(text)] }),
    ),
    new Paragraph({ spacing: { before: 120, after: 240 }, keepNext: true, children: [new TextRun(letter.signOff)] }),
    ...letter.signature.map(
      (line, i) =>
        new Paragraph({
          spacing: { after: 0 },
          keepNext: i < letter.signature.length - 1,
          children: [new TextRun({ text: line, bold: i === 0 })],
        }),
    ),
  ];
}

/** One editable A4 Word document holding every letter, one per page. */
export async function renderUpdateLettersDocx(input: UpdateLettersInput): Promise<Uint8Array> {
  const blocks = updateLettersBlocks(input);
  const doc = new Document({
    title: blocks.meta.title,
    creator: blocks.meta.author,
    lastModifiedBy: blocks.meta.author,
    styles: {
      default: {
        document: {
          run: { font: FONT, color: DOCX_COLORS.text, size: 22, language: { value: blocks.languageTag } },
          paragraph: { spacing: { after: 80, line: 276 } },
        },
      },
    },
    numbering: {
      config: [{ reference: ITEMS, levels: [docxListLevel('bullet')] }],
    },
    sections: [
      {
        // A letter starts lower on the page than a factsheet.
        properties: { page: docxPage(docxMargins(20)) },
        children: blocks.letters.flatMap((letter, i) => letterParagraphs(letter, i === 0)),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
