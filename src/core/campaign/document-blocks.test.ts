import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AdvocacyDocument, DocumentIssue } from './advocacy-document.js';
import { documentBlocks } from './document-blocks.js';

const issue = (over: Partial<DocumentIssue> = {}): DocumentIssue => ({
  title: 'Domestic violence',
  summary: 'The 2013 law does not make domestic violence a crime.',
  recommendations: ['Criminalise domestic violence.'],
  questions: ['When will the law be amended?'],
  references: ['Joint submission, para. 12'],
  ...over,
});

const doc = (over: Partial<AdvocacyDocument> = {}): AdvocacyDocument => ({
  language: 'en',
  organisation: { name: 'Law and Consent', about: 'We defend survivors of violence.' },
  state: { iso3: 'TJK', name: 'Tajikistan' },
  reviewDate: '2026-11-05',
  session: 53,
  documentDate: '2026-06-15',
  issues: [issue()],
  contact: { name: 'Zarina Karimova', email: 'upr@example.org', phone: '+992 37 221 00 00' },
  ...over,
});

describe('documentBlocks', () => {
  it('lays out header, about, issues and footer with the fixed words of the language', () => {
    const blocks = documentBlocks(doc());
    expect(blocks.header).toEqual({
      organisation: 'Law and Consent',
      reviewLine: 'Universal Periodic Review of Tajikistan — 53rd session, 5 November 2026',
      dateLine: 'Advocacy paper, 15 June 2026',
    });
    expect(blocks.about).toEqual({ heading: 'About us', text: 'We defend survivors of violence.' });
    expect(blocks.issues[0]).toMatchObject({
      title: 'Domestic violence',
      recommendations: { heading: 'Recommendations', items: [{ number: 1, text: 'Criminalise domestic violence.' }] },
      questions: { heading: 'Questions to ask', items: ['When will the law be amended?'] },
      references: { heading: 'Sources', items: ['Joint submission, para. 12'] },
    });
    expect(blocks.footer).toEqual({ label: 'Contact', items: ['Zarina Karimova', 'upr@example.org', '+992 37 221 00 00'] });
    expect(blocks.languageTag).toBe('en-GB');
    expect(blocks.meta).toEqual({ title: blocks.header.reviewLine, author: 'Law and Consent', subject: 'Advocacy paper, 15 June 2026' });
  });

  it('speaks Russian and leaves the session out when the calendar does not know it', () => {
    const blocks = documentBlocks(doc({ language: 'ru', state: { iso3: 'TJK', name: 'Таджикистан' }, session: null }));
    expect(blocks.header.reviewLine).toBe('Универсальный периодический обзор: Таджикистан, 5 ноября 2026 г.');
    expect(blocks.issues[0]!.recommendations.heading).toBe('Рекомендации');
    expect(blocks.languageTag).toBe('ru-RU');
  });

  it.each([
    ['about', doc({ organisation: { name: 'X', about: '  ' } }), (b: ReturnType<typeof documentBlocks>) => b.about],
    ['summary', doc({ issues: [issue({ summary: '' })] }), (b: ReturnType<typeof documentBlocks>) => b.issues[0]!.summary],
    ['questions', doc({ issues: [issue({ questions: ['', ' '] })] }), (b: ReturnType<typeof documentBlocks>) => b.issues[0]!.questions],
    ['references', doc({ issues: [issue({ references: [] })] }), (b: ReturnType<typeof documentBlocks>) => b.issues[0]!.references],
    ['footer', doc({ contact: { name: '', email: ' ', phone: '' } }), (b: ReturnType<typeof documentBlocks>) => b.footer],
  ])('leaves out an empty %s', (_name, input, pick) => {
    expect(pick(documentBlocks(input))).toBeNull();
  });

  it('prints only the contact fields the user filled in', () => {
    expect(documentBlocks(doc({ contact: { name: '', email: 'upr@example.org', phone: '' } })).footer?.items).toEqual(['upr@example.org']);
  });

  it('numbers recommendations through the document, skipping blank ones', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.constant(''), fc.string({ minLength: 1 }).map((s) => `R ${s}`)), { maxLength: 3 }), { maxLength: 4 }), (lists) => {
        const blocks = documentBlocks(doc({ issues: lists.map((recommendations) => issue({ recommendations })) }));
        const numbers = blocks.issues.flatMap((i) => i.recommendations.items.map((r) => r.number));
        expect(numbers).toEqual(numbers.map((_, k) => k + 1));
        const texts = blocks.issues.flatMap((i) => i.recommendations.items.map((r) => r.text));
        expect(texts).toEqual(lists.flat().map((s) => s.trim()).filter((s) => s !== ''));
      }),
    );
  });
});
