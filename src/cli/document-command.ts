/**
 * `upr-advocate document FILE.json --format docx|pdf|html [--lang ru|en] --out PATH`: the
 * advocacy document (the factsheet for diplomats) of a portable campaign file, without an
 * account. The database is opened only for the UPR calendar (the session of the review).
 */
import fs from 'node:fs';
import { layoutDocument } from 'docx/layout';
import type { AdvocacyDocument, DocumentLanguage } from '../core/campaign/advocacy-document.js';
import { documentFromCampaignFile } from '../server/app/campaign-file-document.js';
import { loadConfig } from '../server/config.js';
import { openDeps } from '../server/create-server.js';
import { buildAdvocacyDocx, renderAdvocacyDocx } from '../server/export/advocacy-docx.js';
import { renderAdvocacyHtml } from '../server/export/advocacy-html.js';
import { pdfPageCount, renderAdvocacyPdf } from '../server/export/advocacy-pdf.js';
import { UsageError } from './output.js';

export const DOCUMENT_FORMATS = ['docx', 'pdf', 'html'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export interface DocumentCommandOptions {
  format: DocumentFormat;
  out: string;
  lang?: DocumentLanguage;
  data?: string;
}

/** STRATEGY.md: one page, two at most, so that a diplomat reads it. */
const MAX_PAGES = 2;

function readCampaignFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new UsageError(`cannot read ${file}: ${reason}. Give the path of a campaign file (.json, "format": "upr-advocate/campaign@1").`);
  }
  text = text.replace(/^\uFEFF/, ''); // Windows editors save a byte-order mark that JSON.parse refuses
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${jsonErrorWithLine((error as Error).message, text)}`);
  }
}

/** V8 reports "at position 57"; a person editing the file needs the line and column. */
export function jsonErrorWithLine(message: string, text: string): string {
  const match = /at position (\d+)/.exec(message);
  if (!match) return message;
  const position = Number(match[1]);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${message.split(' in JSON at position')[0]} at line ${line}, column ${column}.`;
}

async function render(doc: AdvocacyDocument, format: DocumentFormat): Promise<{ bytes: Uint8Array; pages: number | null }> {
  switch (format) {
    case 'pdf': {
      const bytes = await renderAdvocacyPdf(doc);
      return { bytes, pages: pdfPageCount(bytes) };
    }
    case 'docx': {
      // Word paginates when it opens the file; docx's layout engine estimates the pages it will show.
      const pages = layoutDocument(buildAdvocacyDocx(doc), { guess: true }).pages.length;
      return { bytes: await renderAdvocacyDocx(doc), pages: pages > 0 ? pages : null };
    }
    case 'html':
      return { bytes: new TextEncoder().encode(renderAdvocacyHtml(doc)), pages: null };
  }
}

function writeOutput(out: string, bytes: Uint8Array): void {
  try {
    fs.writeFileSync(out, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'its folder does not exist' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new UsageError(`cannot write ${out}: ${reason}.`);
  }
}

export async function documentCommand(file: string, options: DocumentCommandOptions): Promise<void> {
  const json = readCampaignFile(file);
  const { deps, handle } = await openDeps({ config: loadConfig({ dataDir: options.data }) });
  let doc: AdvocacyDocument;
  try {
    doc = documentFromCampaignFile(deps, json, { language: options.lang });
  } finally {
    await handle.close();
  }
  const { bytes, pages } = await render(doc, options.format);
  writeOutput(options.out, bytes);
  const size = `${bytes.byteLength.toLocaleString('en-US')} bytes`;
  const pageText = pages === null ? '' : `${options.format === 'docx' ? 'about ' : ''}${pages} page${pages === 1 ? '' : 's'}, `;
  process.stderr.write(`Wrote ${options.out} (${pageText}${size})\n`);
  if (pages !== null && pages > MAX_PAGES) {
    process.stderr.write(`warning: the document runs to ${pages} pages; diplomats read one, two at most. Shorten the background paragraphs or drop an issue.\n`);
  }
}
