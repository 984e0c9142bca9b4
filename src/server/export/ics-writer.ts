/**
 * A small RFC 5545 writer for the all-day events our calendars hold. Written here rather than
 * through the `ics` package because that package validates every event with a schema library:
 * a feed of 50 campaigns took ~1.7 s of blocked event loop (BENCHMARKS.md, issue 7), while
 * our events are built by our own code and need no validation — only escaping and folding.
 */
import type { IsoDate } from '../../core/dates.js';

export interface AllDayEvent {
  /** Stable across refreshes, so calendar apps update events in place. */
  uid: string;
  title: string;
  /** First day (inclusive). */
  start: IsoDate;
  /** Day after the last one (exclusive), as RFC 5545 wants for DATE values. */
  end: IsoDate;
  description?: string;
  location?: string;
  url?: string;
  /** A stage spans weeks: shown as free time, not as a busy block. */
  transparent?: boolean;
}

export interface CalendarHeader {
  name: string;
  /** When the feed was produced (DTSTAMP of every event). */
  stamp: Date;
}

const MAX_OCTETS = 75;

/** UTF-8 length of one code point, counted rather than encoded (a feed folds thousands of lines). */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/** TEXT values: backslash, semicolon and comma escaped, line breaks as \n (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Lines longer than 75 octets are folded with CRLF + space (§3.1), never inside a UTF-8
 * sequence: Cyrillic titles are two octets a letter, and a split letter breaks the feed.
 */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    // Continuation lines start with a space, which counts toward their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (date: IsoDate) => date.replaceAll('-', '');

/** 20261128T040406Z */
function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function eventLines(event: AllDayEvent, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(event.start)}`,
    `DTEND;VALUE=DATE:${compactDate(event.end)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  // A URI value is not TEXT: no escaping, but it must not break the line.
  if (event.url) lines.push(`URL:${event.url.replace(/[\r\n]/g, '')}`);
  if (event.transparent) lines.push('TRANSP:TRANSPARENT');
  lines.push('END:VEVENT');
  return lines;
}

/** A whole VCALENDAR: CRLF line ends, folded lines; an empty list is still a valid feed. */
export function writeCalendar(header: CalendarHeader, events: readonly AllDayEvent[]): string {
  const stamp = utcStamp(header.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'PRODID:-//UPR Advocate//upr-advocate//EN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(header.name)}`,
    // Calendar apps that honour it poll hourly; follow-ups change by the day.
    'X-PUBLISHED-TTL:PT1H',
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
