/**
 * A civil date written out for a printed document ("20 January 2027", "20 января 2027 г."),
 * without Intl or time zones, so that the CLI and the server print the same text everywhere.
 */
import type { DocumentLanguage } from './advocacy-document.js';

const MONTHS: Record<DocumentLanguage, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
};

export function formatCivilDate(date: string, language: DocumentLanguage): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const name = MONTHS[language][month - 1] ?? '';
  return language === 'ru' ? `${day} ${name} ${year} г.` : `${day} ${name} ${year}`;
}
