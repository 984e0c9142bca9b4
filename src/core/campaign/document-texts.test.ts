import { describe, expect, it } from 'vitest';
import type { AdvocacyDocument } from './advocacy-document.js';
import { documentTexts } from './document-texts.js';
import { formatCivilDate } from './format-civil-date.js';

const doc = (language: 'en' | 'ru', session: number | null): AdvocacyDocument => ({
  language,
  organisation: { name: 'Org', about: '' },
  state: { iso3: 'KAZ', name: language === 'ru' ? 'Казахстан' : 'Kazakhstan' },
  reviewDate: '2027-01-21',
  session,
  documentDate: '2026-11-27',
  issues: [],
  contact: { name: '', email: '', phone: '' },
});

describe('document texts', () => {
  it('writes civil dates without time zones', () => {
    expect(formatCivilDate('2027-01-01', 'en')).toBe('1 January 2027');
    expect(formatCivilDate('2027-05-31', 'ru')).toBe('31 мая 2027 г.');
  });
  it('names the review with its session in both languages', () => {
    expect(documentTexts('en').reviewLine(doc('en', 48))).toBe('Universal Periodic Review of Kazakhstan — 48th session, 21 January 2027');
    expect(documentTexts('en').reviewLine(doc('en', 51))).toContain('51st session');
    expect(documentTexts('en').reviewLine(doc('en', 52))).toContain('52nd session');
    expect(documentTexts('en').reviewLine(doc('en', 43))).toContain('43rd session');
    expect(documentTexts('en').reviewLine(doc('en', 111))).toContain('111th session');
    expect(documentTexts('ru').reviewLine(doc('ru', null))).toBe('Универсальный периодический обзор: Казахстан, 21 января 2027 г.');
  });
});
