/**
 * What every PDF we render shares (advocacy document, mid-term report): pdfmake set up without
 * network or file access beyond fonts, the Roboto files shipped inside the pdfmake package
 * (Cyrillic included, nothing outside npm), the A4 page and its margins, the document's
 * metadata and default text style.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { ADVOCACY_COLORS as C, ADVOCACY_PAGE as P } from './advocacy-style.js';

const require = createRequire(import.meta.url);
/** pdfmake ships Roboto under node_modules/pdfmake/fonts (Regular, Medium, Italic, MediumItalic). */
const ROBOTO_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
export const PDF_FONT_FILES = {
  normal: path.join(ROBOTO_DIR, 'Roboto-Regular.ttf'),
  bold: path.join(ROBOTO_DIR, 'Roboto-Medium.ttf'),
  italics: path.join(ROBOTO_DIR, 'Roboto-Italic.ttf'),
  bolditalics: path.join(ROBOTO_DIR, 'Roboto-MediumItalic.ttf'),
};

/** PDF points per millimetre. */
export const PDF_MM = 72 / 25.4;
export const PDF_MARGINS: [number, number, number, number] = [P.marginSideMm * PDF_MM, P.marginTopMm * PDF_MM, P.marginSideMm * PDF_MM, P.marginBottomMm * PDF_MM];
/** A4's width (595.28 pt) less both side margins. */
export const PDF_TEXT_WIDTH = 595.28 - 2 * P.marginSideMm * PDF_MM;

export interface PdfMeta {
  languageTag: string;
  meta: { title: string; author: string; subject: string };
}

/** The parts of a definition every document has: A4, margins, language, metadata, default text. */
export function pdfBase(blocks: PdfMeta): Pick<TDocumentDefinitions, 'pageSize' | 'pageMargins' | 'language' | 'displayTitle' | 'info' | 'defaultStyle'> {
  return {
    pageSize: 'A4',
    pageMargins: PDF_MARGINS,
    language: blocks.languageTag,
    displayTitle: true,
    info: { title: blocks.meta.title, author: blocks.meta.author, subject: blocks.meta.subject, creator: 'UPR Advocate', producer: 'UPR Advocate (pdfmake)' },
    defaultStyle: { font: 'Roboto', fontSize: P.bodyPt, lineHeight: 1.15, color: C.text },
  };
}

/**
 * pdfmake is a process-wide singleton, so this runs before every document (it is cheap) in case
 * other code changed it. The access policies stop a document definition from fetching URLs or
 * reading files other than fonts (and silence pdfmake's warning on every document); `addFonts`
 * keeps families other renderers may have registered.
 */
function configurePdfmake(): void {
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file: string) => /\.(ttf|otf|ttc)$/i.test(file));
  pdfmake.addFonts({ Roboto: { ...PDF_FONT_FILES } });
}

/** Renders a definition to PDF bytes, fonts embedded (subset). */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Uint8Array> {
  configurePdfmake();
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
