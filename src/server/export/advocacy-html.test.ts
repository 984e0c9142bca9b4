// @vitest-environment jsdom
// A real HTML parser reads the page as a browser would (escaping included).
import { describe, expect, it } from 'vitest';
import { HOSTILE, hostileDocument, russianDocument } from '../../../test/fixtures/advocacy-documents.js';
import { renderAdvocacyHtml } from './advocacy-html.js';
import { escapeHtml } from './print-page.js';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('renderAdvocacyHtml', () => {
  it('is a complete page in the document language, with the sections in order', () => {
    const html = renderAdvocacyHtml(russianDocument());
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    const page = parse(html);
    expect(page.documentElement.lang).toBe('ru-RU');
    expect(page.title).toBe('Универсальный периодический обзор: Таджикистан — 53-я сессия, 5 ноября 2026 г.');
    expect(page.querySelector('header .org')?.textContent).toBe('Общественное объединение «Право и согласие»');
    expect(page.querySelector('h1')?.textContent).toBe(page.title);
    expect(page.querySelector('header .date')?.textContent).toBe('Информационная записка, 15 июня 2026 г.');
    expect(page.querySelector('.about strong')?.textContent).toBe('О нас.');
    expect([...page.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Насилие в семье',
      'Пытки и жестокое обращение в местах лишения свободы',
      'Права людей с инвалидностью',
      'Свобода выражения мнений и безопасность журналистов',
    ]);
    expect(page.querySelector('footer')?.textContent).toBe('Контакты: Зарина Каримова, координатор по УПО · upr@pravo-soglasie.example · +992 37 221 00 00');
  });

  it('numbers the recommendations through the document in tinted boxes, and lists the questions', () => {
    const page = parse(renderAdvocacyHtml(russianDocument()));
    const lists = [...page.querySelectorAll('.recommendations ol')];
    expect(lists.map((ol) => ol.getAttribute('start'))).toEqual(['1', '3', '4', '6']);
    expect(lists[1]!.querySelectorAll('li')).toHaveLength(1);
    expect(lists[1]!.textContent).toMatch(/^Ратифицировать Факультативный протокол/);
    expect(page.querySelectorAll('.questions li')).toHaveLength(6);
    expect(page.querySelector('.references')?.textContent).toBe(
      'Источники: Совместное представление коалиции НКО, п. 12–15; Резюме УВКПЧ о материалах заинтересованных сторон A/HRC/WG.6/53/TJK/3, п. 41',
    );
  });

  it('is print-ready: A4 page, print styles, tint kept when printing', () => {
    const html = renderAdvocacyHtml(russianDocument());
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('@media print');
    expect(html).toContain('print-color-adjust: exact');
  });

  it('has no script and loads nothing from anywhere', () => {
    const html = renderAdvocacyHtml(hostileDocument());
    const page = parse(html);
    expect(page.querySelectorAll('script, link, img, iframe, object, embed, base')).toHaveLength(0);
    expect(html).not.toMatch(/<script|https?:|url\(|@import|\son[a-z]+=/i);
  });

  it('escapes markup and quotes in every user field', () => {
    const page = parse(renderAdvocacyHtml(hostileDocument()));
    const texts = [
      page.title,
      page.querySelector('header .org')?.textContent,
      page.querySelector('.about')?.textContent,
      page.querySelector('h2')?.textContent,
      page.querySelector('.issue p')?.textContent,
      page.querySelector('.recommendations li')?.textContent,
      page.querySelector('.questions li')?.textContent,
      page.querySelector('.references')?.textContent,
      page.querySelector('footer')?.textContent,
      page.querySelector('meta[name="author"]')?.getAttribute('content'),
    ];
    for (const text of texts) expect(text).toContain(HOSTILE);
    expect(page.querySelector('footer')?.textContent).toContain(`${HOSTILE} name · ${HOSTILE}@example.org · ${HOSTILE} phone`);
    expect(page.title).toContain(`${HOSTILE} state`);
  });

  it('leaves out what the user left empty', () => {
    const doc = russianDocument();
    const page = parse(
      renderAdvocacyHtml({
        ...doc,
        organisation: { ...doc.organisation, about: '' },
        contact: { name: '', email: '', phone: '' },
        issues: [{ ...doc.issues[0]!, summary: '', questions: [], references: [] }],
      }),
    );
    expect(page.querySelector('.about')).toBeNull();
    expect(page.querySelector('footer')).toBeNull();
    expect(page.querySelector('.issue p')).toBeNull();
    expect(page.querySelector('.questions')).toBeNull();
    expect(page.querySelector('.references')).toBeNull();
  });
});

describe('escapeHtml', () => {
  it.each([
    ['<script>', '&lt;script&gt;'],
    [`"'&`, '&quot;&#39;&amp;'],
    ['Право и согласие', 'Право и согласие'],
  ])('%j → %j', (input, output) => expect(escapeHtml(input)).toBe(output));
});
