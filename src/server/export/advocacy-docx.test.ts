import { layoutDocument } from 'docx/layout';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { fullRussianDocument, HOSTILE, hostileDocument, russianDocument } from '../../../test/fixtures/advocacy-documents.js';
import type { AdvocacyDocument } from '../../core/campaign/advocacy-document.js';
import { buildAdvocacyDocx, renderAdvocacyDocx } from './advocacy-docx.js';

async function parts(doc: AdvocacyDocument) {
  const zip = await JSZip.loadAsync(await renderAdvocacyDocx(doc));
  const read = (name: string) => zip.file(name)!.async('string');
  return { document: await read('word/document.xml'), footer: await read('word/footer1.xml'), core: await read('docProps/core.xml'), numbering: await read('word/numbering.xml') };
}

/** The paragraphs of document.xml, each as its raw XML. */
const paragraphs = (xml: string) => xml.match(/<w:p>.*?<\/w:p>/g) ?? [];
const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' };
const textOf = (p: string) =>
  (p.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? [])
    .map((t) => t.replace(/<[^>]+>/g, '').replace(/&(lt|gt|quot|apos|amp);/g, (e) => ENTITIES[e]!))
    .join('');

describe('renderAdvocacyDocx', () => {
  it('writes the Russian titles as Heading 1 and the review line as Title', async () => {
    const { document } = await parts(russianDocument());
    const headings = paragraphs(document).filter((p) => p.includes('<w:pStyle w:val="Heading1"/>')).map(textOf);
    expect(headings).toEqual([
      'Насилие в семье',
      'Пытки и жестокое обращение в местах лишения свободы',
      'Права людей с инвалидностью',
      'Свобода выражения мнений и безопасность журналистов',
    ]);
    const title = paragraphs(document).find((p) => p.includes('<w:pStyle w:val="Title"/>'));
    expect(textOf(title!)).toBe('Универсальный периодический обзор: Таджикистан — 53-я сессия, 5 ноября 2026 г.');
    expect(document).toContain('Информационная записка, 15 июня 2026 г.');
    expect(document).toContain('Общественное объединение «Право и согласие»');
  });

  it('makes each recommendation its own bold, shaded paragraph of one real numbered list', async () => {
    const { document, numbering } = await parts(russianDocument());
    const recommendations = paragraphs(document).filter((p) => textOf(p).startsWith('Ратифицировать') || textOf(p).startsWith('Криминализировать'));
    expect(recommendations.length).toBeGreaterThanOrEqual(3);
    for (const p of recommendations) {
      expect(p).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
      expect(p).toMatch(/<w:shd [^>]*w:fill="EAF1F8"/);
      expect(p).toContain('<w:b/>');
    }
    // One numId for all: Word counts 1…6 through the document, as the PDF and HTML do.
    const ids = new Set(recommendations.map((p) => /<w:numId w:val="(\d+)"/.exec(p)![1]));
    expect(ids.size).toBe(1);
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    expect(document).not.toMatch(/<w:txbxContent|<v:textbox|<wps:txbx/);
  });

  it('writes "Questions to ask" as a bulleted list and the references in small type', async () => {
    const { document, numbering } = await parts(russianDocument());
    const question = paragraphs(document).find((p) => textOf(p) === 'Какие меры принимаются для криминализации домашнего насилия?')!;
    const bulletId = /<w:numId w:val="(\d+)"/.exec(question)![1];
    const abstractId = new RegExp(`<w:num w:numId="${bulletId}"><w:abstractNumId w:val="(\\d+)"`).exec(numbering)![1];
    expect(numbering).toMatch(new RegExp(`<w:abstractNum w:abstractNumId="${abstractId}"[^]*?<w:numFmt w:val="bullet"/>`));
    const references = paragraphs(document).find((p) => textOf(p).startsWith('Источники: Совместное представление коалиции НКО, п. 12–15'))!;
    expect(references).toContain('<w:sz w:val="15"/>');
  });

  it('puts the chosen contact fields in the footer, and leaves empty ones out', async () => {
    const full = await parts(russianDocument());
    expect(full.footer).toContain('Зарина Каримова, координатор по УПО  ·  upr@pravo-soglasie.example  ·  +992 37 221 00 00');
    const doc = russianDocument();
    const emailOnly = await parts({ ...doc, contact: { name: '', email: 'upr@pravo-soglasie.example', phone: '' } });
    expect(emailOnly.footer).toContain('upr@pravo-soglasie.example');
    expect(emailOnly.footer).not.toContain('Зарина');
    expect(emailOnly.footer).not.toContain('  ·  ');
    const none = await parts({ ...doc, contact: { name: '', email: '', phone: '' } });
    expect(none.footer).not.toContain('Контакты');
  });

  it('is A4 with the document language and metadata', async () => {
    const { document, core } = await parts(russianDocument());
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(core).toContain('<dc:title>Универсальный периодический обзор: Таджикистан — 53-я сессия, 5 ноября 2026 г.</dc:title>');
    expect(core).toContain('<dc:creator>Общественное объединение «Право и согласие»</dc:creator>');
  });

  it.each([
    ['four realistic issues', russianDocument()],
    ['four issues filled to the rules', fullRussianDocument()],
  ])('lays %s out on one or two pages, as Word would', (_name, doc) => {
    const layout = layoutDocument(buildAdvocacyDocx(doc), { guess: true });
    expect(layout.stoppedAt).toBeUndefined();
    expect(layout.pages.length).toBeGreaterThanOrEqual(1);
    expect(layout.pages.length).toBeLessThanOrEqual(2);
  });

  it('escapes markup in user text into plain XML text', async () => {
    const { document, footer } = await parts(hostileDocument());
    expect(document).not.toContain('<script>');
    expect(document).toContain('&lt;script&gt;');
    expect(footer).not.toContain('<script>');
    expect(paragraphs(document).map(textOf)).toContain(`${HOSTILE} title 1`);
  });
});
