/**
 * The text of an uploaded Working Group report (or its addendum) for the outcome parser:
 * `.txt` as UTF-8 (a byte-order mark is fine; UTF-16 with its mark too, as Windows Notepad saves
 * "Unicode"), `.pdf` page by page (pages joined by form feeds, as pdftotext does, so page feet
 * are recognised), `.docx` paragraph by paragraph with Word's automatic numbers put back in
 * front of the paragraphs (the labels "6.", "6.1" are not in the text of a Word draft).
 * Any other type is refused with a validation error naming the types read.
 */
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { AppError } from '../../core/errors.js';
import { numberWordParagraphs, type WordLevel, type WordList, type WordParagraph } from '../../core/outcome/word-numbering.js';
import { OUTCOME_FILE_TYPES, type OutcomeFileType } from '../../shared/contracts/outcome.js';
import { readDocx } from './docx-reader.js';
import { pdfText } from './pdf-text.js';

export interface OutcomeFileNote {
  code: 'word-numbering';
  message: string;
}

export interface OutcomeFileText {
  kind: 'txt' | 'docx' | 'pdf';
  text: string;
  /** What the reader did that the user should know (numbers computed from Word's numbering). */
  notes: OutcomeFileNote[];
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function invalid(message: string): AppError {
  return new AppError('validation', message, { field: 'file', issues: [{ path: 'file', message }] });
}

/** The file's type from its name, or a validation error saying which types are read. */
export function outcomeFileType(fileName: string): OutcomeFileType {
  const match = /\.[^./\\]+$/.exec(fileName.toLowerCase());
  const type = OUTCOME_FILE_TYPES.find((t) => t === match?.[0]);
  if (!type) {
    const what = match ? `"${match[0]}" files` : 'files without an extension';
    throw invalid(
      `${what} cannot be read: give the report as .txt (UTF-8), .docx or .pdf, or paste its text; OHCHR's thematic list as .docx, .csv or .xlsx.`,
    );
  }
  return type;
}

/** UTF-8 text (or UTF-16 with a byte-order mark); bytes that are not UTF-8 are refused, not guessed. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw invalid('The .txt file is not UTF-8 text. Save it as UTF-8 (in Notepad: Save as → Encoding: UTF-8) and upload it again.');
  }
}

const wAttr = (node: XmlElement | null | undefined, name: string) =>
  node ? node.getAttributeNS(W, name) || node.getAttribute(`w:${name}`) || null : null;
const wChildren = (node: XmlElement, name: string) => Array.from(node.getElementsByTagNameNS(W, name)).filter((c) => c.parentNode === node);

/** The list definitions of word/numbering.xml: numId → abstract definition, levels and restarts. */
async function readNumbering(bytes: Uint8Array): Promise<Map<string, WordList>> {
  const lists = new Map<string, WordList>();
  const xml = await (await JSZip.loadAsync(bytes)).file('word/numbering.xml')?.async('string');
  if (!xml) return lists;
  let root: XmlElement | null;
  try {
    root = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
  } catch {
    return lists; // a damaged numbering part: paragraphs are then numbered from their lead-in
  }
  if (!root) return lists;
  const levelsOf = (node: XmlElement) => {
    const levels = new Map<number, WordLevel>();
    for (const lvl of wChildren(node, 'lvl')) {
      const [start] = wChildren(lvl, 'start');
      const [format] = wChildren(lvl, 'numFmt');
      const [text] = wChildren(lvl, 'lvlText');
      levels.set(Number(wAttr(lvl, 'ilvl') ?? 0), {
        start: Number(wAttr(start, 'val') ?? 1),
        format: wAttr(format, 'val') ?? 'decimal',
        text: wAttr(text, 'val') ?? '',
      });
    }
    return levels;
  };
  const abstracts = new Map(wChildren(root, 'abstractNum').map((a) => [wAttr(a, 'abstractNumId') ?? '', levelsOf(a)]));
  for (const num of wChildren(root, 'num')) {
    const abstractId = wAttr(wChildren(num, 'abstractNumId')[0], 'val') ?? '';
    const startOverrides = new Map<number, number>();
    for (const override of wChildren(num, 'lvlOverride')) {
      const value = wAttr(wChildren(override, 'startOverride')[0], 'val');
      if (value !== null) startOverrides.set(Number(wAttr(override, 'ilvl') ?? 0), Number(value));
    }
    lists.set(wAttr(num, 'numId') ?? '', { abstractId, levels: abstracts.get(abstractId) ?? new Map(), startOverrides });
  }
  return lists;
}

async function docxText(bytes: Uint8Array): Promise<OutcomeFileText> {
  const doc = await readDocx(bytes);
  // A table (rare in section II) is read row by row, its cells separated by TABs.
  const paragraphs = doc.blocks.flatMap((block): WordParagraph[] =>
    block.kind === 'paragraph'
      ? [{ text: block.text, numbering: block.numbering }]
      : block.rows.map((row) => ({ text: row.cells.map((c) => c.text).join('\t'), numbering: null })),
  );
  const numbered = numberWordParagraphs(paragraphs, await readNumbering(bytes));
  const notes: OutcomeFileNote[] = [];
  if (numbered.labelled > 0) {
    notes.push({
      code: 'word-numbering',
      message: `${numbered.labelled} paragraph numbers were computed from Word's automatic numbering, as Word shows them; check them against the published report.`,
    });
  }
  if (numbered.undefinedLists > 0) {
    notes.push({
      code: 'word-numbering',
      message: `${numbered.undefinedLists} auto-numbered paragraphs have no numbering definition in the file; they were numbered from their lead-in paragraph.`,
    });
  }
  return { kind: 'docx', text: numbered.lines.join('\n'), notes };
}

/** Reads an uploaded report or addendum; see the file comment. */
export async function readOutcomeFile(fileName: string, bytes: Uint8Array): Promise<OutcomeFileText> {
  switch (outcomeFileType(fileName)) {
    case '.txt':
      return { kind: 'txt', text: decodeText(bytes), notes: [] };
    case '.pdf': {
      const { pages } = await pdfText(bytes);
      if (pages.every((p) => p.trim() === '')) {
        throw invalid('The PDF has no text layer (a scan?). Run it through OCR, or paste the recommendations section as text.');
      }
      return { kind: 'pdf', text: pages.join('\n\f'), notes: [] };
    }
    case '.docx':
      return docxText(bytes);
    case '.csv':
    case '.xlsx':
      // Tables are OHCHR matrices, read before this (outcome-matrix.ts); an addendum is never one.
      throw invalid(
        `A ${fileName.slice(fileName.lastIndexOf('.'))} file is read as OHCHR's thematic list of recommendations, not as a report or addendum: give the addendum as .txt, .docx or .pdf.`,
      );
  }
}
