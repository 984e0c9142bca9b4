import { useTranslation } from 'react-i18next';
import { formatDate, formatRelative } from '../i18n/format.js';

/** Both forms of a date, as the UX asks: "in 3 weeks · 14 May 2027", in the user's locale. */
export function dateCountdown(date: string, today: string, language: string, precision: 'auto' | 'days' = 'auto'): string {
  return `${formatRelative(today, date, language, precision)} · ${formatDate(date, language)}`;
}

export function DateCountdown({ date, today, precision = 'auto' }: { date: string; today: string; precision?: 'auto' | 'days' }) {
  const { i18n } = useTranslation();
  return <time dateTime={date}>{dateCountdown(date, today, i18n.language, precision)}</time>;
}
