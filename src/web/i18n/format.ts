/**
 * Dates as the user reads them. UPR dates are civil dates (YYYY-MM-DD): they are formatted in
 * UTC so that "14 May" never turns into "13 May" in a western time zone.
 */
import { diffDays } from '../../core/dates.js';

function utc(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

/**
 * The Intl locale for an interface language: the browser's own variant when it has one
 * ("en-US" writes "May 14", "en-GB" "14 May"), else the international English default.
 */
export function intlLocale(language: string): string {
  const base = language.toLowerCase().split('-')[0] ?? language;
  for (const tag of globalThis.navigator?.languages ?? []) {
    if (tag.toLowerCase().split('-')[0] === base) return tag;
  }
  return base === 'en' ? 'en-GB' : language;
}

const cache = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(language), { timeZone: 'UTC', ...options });
    cache.set(key, format);
  }
  return format;
}

/** "14 May 2027" / "14 мая 2027 г." */
export function formatDate(iso: string, language: string): string {
  return dateFormat(language, { day: 'numeric', month: 'long', year: 'numeric' }).format(utc(iso));
}

/** "14 May" without the year, for dense places like the timeline. */
export function formatDayMonth(iso: string, language: string): string {
  return dateFormat(language, { day: 'numeric', month: 'short' }).format(utc(iso));
}

/** "May 2027" / "май 2027 г." style month labels. */
export function formatMonth(iso: string, language: string, withYear: boolean): string {
  return dateFormat(language, withYear ? { month: 'short', year: 'numeric' } : { month: 'short' }).format(utc(iso));
}

/** "14–28 May 2027", "30 Apr – 2 May 2027": the locale decides how to share the parts. */
export function formatRange(start: string, end: string, language: string): string {
  if (start === end) return formatDate(start, language);
  return dateFormat(language, { day: 'numeric', month: 'short', year: 'numeric' }).formatRange(utc(start), utc(end));
}

/** An instant (audit log, feed creation) in the user's own time zone. */
export function formatInstant(iso: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/**
 * "in 142 days", "3 weeks ago", "tomorrow". `precision: 'days'` keeps days up to a year, as
 * the campaign header wants a countdown; otherwise the unit grows with the distance.
 */
export function formatRelative(fromIso: string, toIso: string, language: string, precision: 'auto' | 'days' = 'auto'): string {
  const days = diffDays(fromIso, toIso);
  const rtf = new Intl.RelativeTimeFormat(intlLocale(language), { numeric: 'auto' });
  const abs = Math.abs(days);
  if (abs < 14 || (precision === 'days' && abs <= 366)) return rtf.format(days, 'day');
  if (abs < 63) return rtf.format(Math.round(days / 7), 'week');
  if (abs < 730) return rtf.format(Math.round(days / 30.44), 'month');
  return rtf.format(Math.round(days / 365.25), 'year');
}

/** Today's civil date where the user is. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A list "a, b and c" in the user's language. */
export function formatList(items: string[], language: string): string {
  return new Intl.ListFormat(intlLocale(language), { style: 'long', type: 'conjunction' }).format(items);
}

/** "14 May 2027" with a short month, for labels. */
export function formatShortDate(iso: string, language: string): string {
  return dateFormat(language, { day: 'numeric', month: 'short', year: 'numeric' }).format(utc(iso));
}

/** "12,000" / "12 000": counts in the user's locale, with at most `fractionDigits` decimals. */
export function formatNumber(value: number, language: string, fractionDigits = 0): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: fractionDigits }).format(value);
}

/** "1.4 MB" / "1,4 МБ": a file size in the user's locale. */
export function formatBytes(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'unit',
    unit: units[unit],
    // "651 bytes" reads better than "651 byte"; larger units are short ("1.4 MB").
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
