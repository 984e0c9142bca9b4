/**
 * The text of a PDF, page by page: for tests of the PDF renderer now, and for the outcome
 * importer (Working Group reports arrive as PDF). unpdf bundles a serverless build of Mozilla's
 * PDF.js, so it runs in Node 20 without a worker, canvas or network.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { AppError } from '../../core/errors.js';

export interface PdfText {
  /** One string per page, in order; lines joined with "\n". */
  pages: string[];
}

/** Extracts the text of every page; a file that is not a readable PDF is a validation error. */
export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: PDF.js takes over (detaches) the buffer it is given, and the caller may still need it.
    // verbosity 0: PDF.js would print warnings about damaged files on the console (errors still throw).
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('validation', `The file is not a readable PDF (${reason}).`);
  }
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    return { pages: text };
  } finally {
    await pdf.destroy();
  }
}
