import pdfmake from 'pdfmake';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.js';
import { PDF_FONT_FILES } from '../export/pdf-page.js';
import { pdfText } from './pdf-text.js';

async function twoPagePdf(): Promise<Uint8Array> {
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file: string) => /\.ttf$/i.test(file));
  pdfmake.addFonts({ Roboto: { ...PDF_FONT_FILES } });
  const buffer = await pdfmake
    .createPdf({ content: ['Рекомендация 1: ратифицировать Конвенцию', { text: 'Second page, ёжик', pageBreak: 'before' }] })
    .getBuffer();
  return new Uint8Array(buffer);
}

describe('pdfText', () => {
  it('returns the text of each page in order, Cyrillic included', async () => {
    const bytes = await twoPagePdf();
    const { pages } = await pdfText(bytes);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('Рекомендация 1: ратифицировать Конвенцию');
    expect(pages[1]).toContain('Second page, ёжик');
  });

  it('leaves the caller’s bytes usable', async () => {
    const bytes = await twoPagePdf();
    await pdfText(bytes);
    expect(bytes.byteLength).toBeGreaterThan(1000);
    expect((await pdfText(bytes)).pages).toHaveLength(2);
  });

  it('refuses bytes that are not a PDF with a validation error', async () => {
    const promise = pdfText(new TextEncoder().encode('<html>not a pdf</html>'));
    await expect(promise).rejects.toBeInstanceOf(AppError);
    await expect(pdfText(new TextEncoder().encode('%PDF-1.7 broken'))).rejects.toMatchObject({ code: 'validation' });
  });
});
