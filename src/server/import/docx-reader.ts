/**
 * A small reader of Word .docx files: the body as a flat sequence of blocks — paragraphs (text,
 * style id, Word auto-numbering) and tables (rows of cells of text) — in reading order, plus the
 * page headers and the title/subject of the document properties. Used for OHCHR matrices of
 * recommendations and meant for UPR Working Group reports too (their recommendations are
 * auto-numbered paragraphs whose labels, e.g. "6.1", are not in the text).
 *
 * What it reads, and what it leaves out on purpose:
 * - text of runs as written (smart quotes and dashes are kept), `w:tab` → "\t", `w:br`/`w:cr` →
 *   "\n", a non-breaking hyphen → "-"; `w:t` keeps its spaces only with xml:space="preserve"
 *   (as Word itself reads it);
 * - inserted text (tracked changes) counts, deleted text does not; field codes (`w:instrText`)
 *   are left out, their results kept; content controls (`w:sdt`) are read through;
 * - text boxes, drawings, footnotes and comments are not part of the reading flow: left out;
 * - a table cell's paragraphs are joined by "\n"; a table nested in a cell becomes one line per
 *   row (cells joined by "\t"); merged cells: `colSpan` (w:gridSpan), `continuesAbove` (w:vMerge).
 * A file that is not a zip archive or has no word/document.xml is refused with an AppError
 * ('validation') saying which.
 */
import { DOMParser, onErrorStopParsing, type Element as XmlElement } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { AppError } from '../../core/errors.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const DC = 'http://purl.org/dc/elements/1.1/';

/** Word auto-numbering of a paragraph: the list (`numId`, see word/numbering.xml) and its level (0-based). */
export interface DocxNumbering {
  numId: string;
  level: number;
}

export interface DocxParagraph {
  kind: 'paragraph';
  text: string;
  /** The paragraph style id (e.g. "Heading1", "SingleTxtG"), or null for the default style. */
  style: string | null;
  /** Set when Word numbers the paragraph itself (direct `w:numPr` or through its style); the label is not in `text`. */
  numbering: DocxNumbering | null;
}

export interface DocxCell {
  text: string;
  paragraphs: DocxParagraph[];
  /** Grid columns the cell spans (w:gridSpan). */
  colSpan: number;
  /** A vertically merged cell continuing the one above (its own text is normally empty). */
  continuesAbove: boolean;
}

export interface DocxRow {
  cells: DocxCell[];
  /** Grid columns left empty before the first cell (w:gridBefore). */
  gridBefore: number;
  /** Word repeats the row at the top of every page: a header row (w:tblHeader). */
  repeatsAsHeader: boolean;
}

export interface DocxTable {
  kind: 'table';
  rows: DocxRow[];
}

export type DocxBlock = DocxParagraph | DocxTable;

export interface DocxDocument {
  blocks: DocxBlock[];
  /** Text of each page header part (word/header*.xml), paragraphs joined by "\n". */
  headers: string[];
  /** Title and subject from the document properties (docProps/core.xml), when set. */
  title: string | null;
  subject: string | null;
}

function badDocx(message: string): AppError {
  return new AppError('validation', message, { field: 'file', issues: [{ path: 'file', message }] });
}

function children(node: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) out.push(child as XmlElement);
  return out;
}

function wChild(node: XmlElement | null | undefined, name: string): XmlElement | null {
  return node ? (children(node).find((c) => c.namespaceURI === W && c.localName === name) ?? null) : null;
}

function wAttr(node: XmlElement | null, name: string): string | null {
  if (!node) return null;
  return node.getAttributeNS(W, name) || node.getAttribute(`w:${name}`) || null;
}

/** w:t text; without xml:space="preserve" its leading and trailing white space does not count. */
function textOf(t: XmlElement): string {
  const text = t.textContent ?? '';
  const space = t.getAttributeNS(XML_NS, 'space') || t.getAttribute('xml:space');
  return space === 'preserve' ? text : text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
}

/** Elements whose runs are read through; anything else (w:del, w:instrText, w:drawing, properties…) is skipped. */
const RUN_CONTAINERS = new Set(['r', 'hyperlink', 'ins', 'moveTo', 'smartTag', 'fldSimple', 'customXml', 'dir', 'bdo']);

function runText(node: XmlElement, parts: string[]): void {
  for (const child of children(node)) {
    if (child.namespaceURI === MC && child.localName === 'AlternateContent') {
      // One branch only, or the text would be read twice.
      const choice = children(child)[0];
      if (choice) runText(choice, parts);
      continue;
    }
    if (child.namespaceURI !== W) continue;
    const name = child.localName ?? '';
    if (name === 't') parts.push(textOf(child));
    else if (name === 'tab' || name === 'ptab') parts.push('\t');
    else if (name === 'br' || name === 'cr') parts.push('\n');
    else if (name === 'noBreakHyphen') parts.push('-');
    else if (name === 'sdt') {
      const content = wChild(child, 'sdtContent');
      if (content) runText(content, parts);
    } else if (RUN_CONTAINERS.has(name)) runText(child, parts);
  }
}

/** Numbering each paragraph style gives (following w:basedOn), from word/styles.xml. */
type StyleNumbering = Map<string, { numId: string | null; level: number | null }>;

function numPrOf(pPr: XmlElement | null): { numId: string | null; level: number | null } | null {
  const numPr = wChild(pPr, 'numPr');
  if (!numPr) return null;
  const level = wAttr(wChild(numPr, 'ilvl'), 'val');
  return { numId: wAttr(wChild(numPr, 'numId'), 'val'), level: level === null ? null : Number(level) };
}

function styleNumbering(styles: XmlElement | null): StyleNumbering {
  const own = new Map<string, { basedOn: string | null; numPr: ReturnType<typeof numPrOf> }>();
  for (const style of styles ? children(styles) : []) {
    if (style.localName !== 'style' || wAttr(style, 'type') !== 'paragraph') continue;
    const id = wAttr(style, 'styleId');
    if (id) own.set(id, { basedOn: wAttr(wChild(style, 'basedOn'), 'val'), numPr: numPrOf(wChild(style, 'pPr')) });
  }
  const resolved: StyleNumbering = new Map();
  for (const id of own.keys()) {
    const seen = new Set<string>();
    for (let at: string | null = id; at && !seen.has(at); at = own.get(at)?.basedOn ?? null) {
      seen.add(at);
      const numPr = own.get(at)?.numPr;
      if (numPr) {
        resolved.set(id, numPr);
        break;
      }
    }
  }
  return resolved;
}

function paragraph(p: XmlElement, styles: StyleNumbering): DocxParagraph {
  const pPr = wChild(p, 'pPr');
  const style = wAttr(wChild(pPr, 'pStyle'), 'val');
  const direct = numPrOf(pPr);
  const inherited = style ? styles.get(style) : undefined;
  // A direct w:ilvl alone changes the level of the style's list; numId 0 switches numbering off.
  const numId = direct?.numId ?? inherited?.numId ?? null;
  const level = direct?.level ?? inherited?.level ?? 0;
  const parts: string[] = [];
  runText(p, parts);
  return { kind: 'paragraph', text: parts.join(''), style, numbering: numId && numId !== '0' ? { numId, level } : null };
}

function cell(tc: XmlElement, styles: StyleNumbering): DocxCell {
  const paragraphs: DocxParagraph[] = [];
  for (const block of blocksOf(tc, styles, [])) {
    if (block.kind === 'paragraph') paragraphs.push(block);
    else for (const row of block.rows) paragraphs.push({ kind: 'paragraph', text: row.cells.map((c) => c.text).join('\t'), style: null, numbering: null });
  }
  const tcPr = wChild(tc, 'tcPr');
  const vMerge = wChild(tcPr, 'vMerge');
  return {
    text: paragraphs.map((p) => p.text).join('\n'),
    paragraphs,
    colSpan: Math.max(1, Number(wAttr(wChild(tcPr, 'gridSpan'), 'val') ?? 1) || 1),
    continuesAbove: vMerge !== null && (wAttr(vMerge, 'val') ?? 'continue') === 'continue',
  };
}

/** Children named `name`, also inside content controls and custom XML wrappers (rows in a table, cells in a row). */
function wrapped(node: XmlElement, name: string): XmlElement[] {
  return children(node).flatMap((child) => {
    if (child.namespaceURI !== W) return [];
    if (child.localName === name) return [child];
    if (child.localName === 'sdt') {
      const content = wChild(child, 'sdtContent');
      return content ? wrapped(content, name) : [];
    }
    return child.localName === 'customXml' ? wrapped(child, name) : [];
  });
}

function table(tbl: XmlElement, styles: StyleNumbering): DocxTable {
  const rows = wrapped(tbl, 'tr').map((tr): DocxRow => {
    const trPr = wChild(tr, 'trPr');
    const header = wChild(trPr, 'tblHeader');
    return {
      cells: wrapped(tr, 'tc').map((tc) => cell(tc, styles)),
      gridBefore: Number(wAttr(wChild(trPr, 'gridBefore'), 'val') ?? 0) || 0,
      repeatsAsHeader: header !== null && !['0', 'false', 'off'].includes(wAttr(header, 'val') ?? 'true'),
    };
  });
  return { kind: 'table', rows };
}

function blocksOf(parent: XmlElement, styles: StyleNumbering, out: DocxBlock[]): DocxBlock[] {
  for (const child of children(parent)) {
    if (child.namespaceURI !== W) continue;
    if (child.localName === 'p') out.push(paragraph(child, styles));
    else if (child.localName === 'tbl') out.push(table(child, styles));
    else if (child.localName === 'sdt') {
      const content = wChild(child, 'sdtContent');
      if (content) blocksOf(content, styles, out);
    } else if (child.localName === 'customXml' || child.localName === 'ins') blocksOf(child, styles, out);
  }
  return out;
}

function parseXml(xml: string, part: string): XmlElement {
  try {
    const root = new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, 'text/xml').documentElement;
    if (!root) throw new Error('no root element');
    return root;
  } catch (error) {
    throw badDocx(`The .docx file is damaged: ${part} is not well-formed XML (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`);
  }
}

async function openZip(bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch (error) {
    // "PK": the signature of a zip archive; such a file was cut short or damaged on the way.
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
      throw badDocx(`The .docx file is damaged: its zip archive cannot be read (${error instanceof Error ? error.message : String(error)}).`);
    }
    throw badDocx('The file is not a Word .docx document: it is not a zip archive. A .doc file (Word 97–2003) must first be saved as .docx.');
  }
}

async function partText(zip: JSZip, name: string): Promise<string | null> {
  const file = zip.file(name);
  if (!file) return null;
  try {
    return await file.async('string');
  } catch (error) {
    throw badDocx(`The .docx file is damaged: ${name} cannot be unpacked (${error instanceof Error ? error.message : String(error)}).`);
  }
}

function paragraphsText(root: XmlElement): string {
  return blocksOf(root, new Map(), [])
    .map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.cells.map((c) => c.text).join('\t')).join('\n')))
    .join('\n');
}

/** Reads a .docx file (its bytes) into blocks in reading order; refuses files that are not .docx. */
export async function readDocx(bytes: Uint8Array): Promise<DocxDocument> {
  const zip = await openZip(bytes);
  const documentXml = await partText(zip, 'word/document.xml');
  if (documentXml === null) throw badDocx('The file is a zip archive but not a Word document: it has no word/document.xml.');
  const body = wChild(parseXml(documentXml, 'word/document.xml'), 'body');
  if (!body) throw badDocx('The .docx file is damaged: word/document.xml has no document body (w:body).');
  const stylesXml = await partText(zip, 'word/styles.xml');
  const styles = styleNumbering(stylesXml === null ? null : parseXml(stylesXml, 'word/styles.xml'));

  const headers: string[] = [];
  const headerNames = Object.keys(zip.files).filter((name) => /^word\/header\d*\.xml$/.test(name)).sort();
  for (const name of headerNames) headers.push(paragraphsText(parseXml((await partText(zip, name)) ?? '', name)));

  const coreXml = await partText(zip, 'docProps/core.xml');
  const core = coreXml === null ? null : parseXml(coreXml, 'docProps/core.xml');
  const property = (name: string) => (core ? core.getElementsByTagNameNS(DC, name)[0]?.textContent?.trim() || null : null);
  return { blocks: blocksOf(body, styles, []), headers, title: property('title'), subject: property('subject') };
}

/** A row's cell texts by grid column: a spanned cell's text in its first column, "" in the others. */
export function gridTexts(row: DocxRow): string[] {
  const out: string[] = Array.from({ length: row.gridBefore }, () => '');
  for (const c of row.cells) out.push(c.text, ...Array.from({ length: c.colSpan - 1 }, () => ''));
  return out;
}
