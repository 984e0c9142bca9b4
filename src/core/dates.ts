/**
 * Civil dates of the UPR calendar as `YYYY-MM-DD` strings. A civil date has no time zone:
 * "the review is on 5 May" is the same day in Almaty and in Geneva, so we never turn it into
 * a `Date` at local midnight. Arithmetic goes through a day number (days since 1970-01-01 UTC).
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Earliest and latest review dates the product accepts (the UPR began in 2008). */
export const MIN_SUPPORTED_DATE: IsoDate = '2008-01-01';
export const MAX_SUPPORTED_DATE: IsoDate = '2040-12-31';

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Returns the date if `text` is a real calendar date (2027-02-30 is not), else null. */
export function parseIsoDate(text: string): IsoDate | null {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${match[1]}-${match[2]}-${match[3]}`;
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) === text;
}

function parts(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function format(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function toDayNumber(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const date = new Date(dayNumber * 86_400_000);
  return format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Calendar-month arithmetic that clamps to the end of the month: 31 Aug − 6 months is
 * 28 Feb (29 in a leap year), as STRATEGY.md requires.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

/** Signed number of days from `from` to `to`. */
export function diffDays(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** Inclusive range of civil dates. */
export interface DateRange {
  start: IsoDate;
  end: IsoDate;
}

export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function rangeContains(range: DateRange, date: IsoDate): boolean {
  return range.start <= date && date <= range.end;
}

/**
 * `range` minus every blocked range, as the ordered list of free sub-ranges that remain
 * (all inclusive; a blocked day is never part of the result).
 */
export function subtractRanges(range: DateRange, blocked: readonly DateRange[]): DateRange[] {
  const sorted = [...blocked].filter((b) => rangesOverlap(range, b)).sort((a, b) => compareDates(a.start, b.start));
  const free: DateRange[] = [];
  let cursor = range.start;
  for (const block of sorted) {
    if (block.start > cursor) free.push({ start: cursor, end: minDate(addDays(block.start, -1), range.end) });
    cursor = maxDate(cursor, addDays(block.end, 1));
    if (cursor > range.end) return free;
  }
  if (cursor <= range.end) free.push({ start: cursor, end: range.end });
  return free;
}
