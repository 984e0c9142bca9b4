import { getMeta } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { englishDocument, fullRussianDocument, HOSTILE, hostileDocument, russianDocument } from '../../../test/fixtures/advocacy-documents.js';
import { pdfText } from '../import/pdf-text.js';
import { pdfPageCount, renderAdvocacyPdf } from './advocacy-pdf.js';

/** Text of all pages, with line breaks and hyphenation-free wrapping folded into single spaces. */
async function flatText(bytes: Uint8Array): Promise<{ pages: string[]; text: string }> {
  const { pages } = await pdfText(bytes);
  return { pages, text: pages.join(' ').replace(/\s+/g, ' ') };
}

describe('renderAdvocacyPdf', () => {
  it('renders the Russian titles, recommendations and fixed words as real text (Cyrillic embedded)', async () => {
    const bytes = await renderAdvocacyPdf(russianDocument());
    const { text } = await flatText(bytes);
    for (const expected of [
      'Общественное объединение «Право и согласие»',
      'Универсальный периодический обзор: Таджикистан — 53-я сессия, 5 ноября 2026 г.',
      'Насилие в семье',
      'Пытки и жестокое обращение в местах лишения свободы',
      'Права людей с инвалидностью',
      'Свобода выражения мнений и безопасность журналистов',
      'РЕКОМЕНДАЦИИ',
      'Вопросы, которые стоит задать',
      'Контакты:',
    ]) {
      expect(text).toContain(expected);
    }
    // PDF.js reads a list marker ("3.") after the first line of its item: take the markers out to read the sentence.
    const withoutMarkers = text.replace(/(\p{L})[1-6]\.\s/gu, '$1 ').replace(/\s+/g, ' ');
    expect(withoutMarkers).toContain(
      'Ратифицировать Факультативный протокол к Конвенции против пыток и создать независимый национальный превентивный механизм с правом необъявленных посещений.',
    );
    expect(text).toMatch(/создать3\. независимый/);
    const latin1 = Buffer.from(bytes).toString('latin1');
    expect(latin1).toMatch(/\/FontName \/[A-Z]{6}\+Roboto-Regular/);
    expect(latin1).toContain('/FontFile2');
  });

  it.each([
    ['four realistic issues in Russian', russianDocument()],
    ['four Russian issues filled to the rules', fullRussianDocument()],
    ['four shorter issues in English', englishDocument()],
  ])('fits %s on one or two A4 pages', async (_name, doc) => {
    const bytes = await renderAdvocacyPdf(doc);
    const { pages } = await pdfText(bytes);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    expect(pdfPageCount(bytes)).toBe(pages.length);
  });

  it('numbers pages only when there is a second one', async () => {
    const two = await flatText(await renderAdvocacyPdf(russianDocument()));
    expect(two.pages).toHaveLength(2);
    expect(two.text).toContain('1 / 2');
    const short = russianDocument();
    const one = await flatText(await renderAdvocacyPdf({ ...short, issues: short.issues.slice(0, 1) }));
    expect(one.pages).toHaveLength(1);
    expect(one.text).not.toContain('1 / 1');
  });

  it('carries title, author, subject and language as document metadata', async () => {
    const { info } = await getMeta(await renderAdvocacyPdf(russianDocument()));
    expect(info).toMatchObject({
      Title: 'Универсальный периодический обзор: Таджикистан — 53-я сессия, 5 ноября 2026 г.',
      Author: 'Общественное объединение «Право и согласие»',
      Subject: 'Информационная записка, 15 июня 2026 г.',
      Language: 'ru-RU',
    });
  });

  it('leaves out empty contact fields and the footer label when none is chosen', async () => {
    const doc = russianDocument();
    const phoneOnly = await flatText(await renderAdvocacyPdf({ ...doc, contact: { name: '', email: '', phone: '+992 37 221 00 00' } }));
    expect(phoneOnly.text).toContain('Контакты: +992 37 221 00 00');
    expect(phoneOnly.text).not.toContain('Зарина');
    const none = await flatText(await renderAdvocacyPdf({ ...doc, contact: { name: '', email: '', phone: '' } }));
    expect(none.text).not.toContain('Контакты');
  });

  it('prints markup in user text literally', async () => {
    const { text } = await flatText(await renderAdvocacyPdf(hostileDocument()));
    expect(text).toContain(`${HOSTILE} title 1`);
  });
});
