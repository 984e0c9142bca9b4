/**
 * The fixed words of the advocacy document in its two languages. They live in core (not in the
 * web catalogs) because the server and the CLI render documents without the web app.
 */
import { formatCivilDate } from './format-civil-date.js';
import type { AdvocacyDocument, DocumentLanguage } from './advocacy-document.js';

export interface DocumentTexts {
  reviewLine: (doc: AdvocacyDocument) => string;
  dateLine: (doc: AdvocacyDocument) => string;
  aboutHeading: string;
  recommendations: string;
  questions: string;
  references: string;
  contact: string;
  issueNumber: (n: number) => string;
}

const en: DocumentTexts = {
  reviewLine: (doc) =>
    `Universal Periodic Review of ${doc.state.name}` +
    (doc.session ? ` — ${ordinalEn(doc.session)} session` : '') +
    `, ${formatCivilDate(doc.reviewDate, 'en')}`,
  dateLine: (doc) => `Advocacy paper, ${formatCivilDate(doc.documentDate, 'en')}`,
  aboutHeading: 'About us',
  recommendations: 'Recommendations',
  questions: 'Questions to ask',
  references: 'Sources',
  contact: 'Contact',
  issueNumber: (n) => `Issue ${n}`,
};

const ru: DocumentTexts = {
  reviewLine: (doc) =>
    `Универсальный периодический обзор: ${doc.state.name}` +
    (doc.session ? ` — ${doc.session}-я сессия` : '') +
    `, ${formatCivilDate(doc.reviewDate, 'ru')}`,
  dateLine: (doc) => `Информационная записка, ${formatCivilDate(doc.documentDate, 'ru')}`,
  aboutHeading: 'О нас',
  recommendations: 'Рекомендации',
  questions: 'Вопросы, которые стоит задать',
  references: 'Источники',
  contact: 'Контакты',
  issueNumber: (n) => `Тема ${n}`,
};

function ordinalEn(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export function documentTexts(language: DocumentLanguage): DocumentTexts {
  return language === 'ru' ? ru : en;
}
