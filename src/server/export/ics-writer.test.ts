import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, writeCalendar } from './ics-writer.js';

const octets = (line: string) => new TextEncoder().encode(line).length;
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

/** Reverses escapeText, the way a calendar app reads a TEXT value. */
const unescape = (value: string) => value.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));

describe('ics writer', () => {
  it('escapes the characters that would otherwise end or split a TEXT value', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
  });

  it('folds long lines at 75 octets without splitting a Cyrillic letter, and unfolds to the same line', () => {
    const line = `SUMMARY:${'Рекомендация о правах ребёнка, '.repeat(8)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  it('folds any text into lines of at most 75 octets that unfold to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${escapeText(text)}`;
        const folded = foldLine(line);
        for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
        expect(unfold(folded)).toBe(line);
        expect(unescape(unfold(folded).slice('DESCRIPTION:'.length))).toBe(text.replace(/\r\n|\r/g, '\n'));
      }),
      { numRuns: 500 },
    );
  });

  it('writes all-day events with CRLF line ends, a stamp, and only the fields given', () => {
    const text = writeCalendar({ name: 'Kenya, 2027', stamp: new Date('2026-11-28T04:04:06.123Z') }, [
      { uid: 'c1-stage-review@upr-advocate', title: 'Review', start: '2027-01-20', end: '2027-01-21', transparent: true },
      {
        uid: 'c1-briefing-b1@upr-advocate',
        title: 'Briefing: EU; missions',
        start: '2026-12-08',
        end: '2026-12-09',
        description: 'Bring\nthe factsheet',
        location: 'Женева',
        url: 'https://upr.example.org/campaigns/c1/outreach',
      },
    ]);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).toContain('X-WR-CALNAME:Kenya\\, 2027\r\n');
    const [first, second] = text.split('BEGIN:VEVENT').slice(1);
    expect(first).toContain('DTSTART;VALUE=DATE:20270120\r\nDTEND;VALUE=DATE:20270121\r\n');
    expect(first).toContain('DTSTAMP:20261128T040406Z\r\n');
    expect(first).toContain('TRANSP:TRANSPARENT\r\n');
    expect(first).not.toContain('DESCRIPTION');
    expect(second).toContain('SUMMARY:Briefing: EU\\; missions\r\n');
    expect(second).toContain('DESCRIPTION:Bring\\nthe factsheet\r\n');
    expect(second).toContain('LOCATION:Женева\r\n');
    expect(second).toContain('URL:https://upr.example.org/campaigns/c1/outreach\r\n');
    expect(second).not.toContain('TRANSP');
  });

  it('writes a valid empty calendar when there is nothing to show', () => {
    const text = writeCalendar({ name: 'Empty', stamp: new Date('2026-11-28T00:00:00Z') }, []);
    expect(text).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'CALSCALE:GREGORIAN',
        'PRODID:-//UPR Advocate//upr-advocate//EN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Empty',
        'X-PUBLISHED-TTL:PT1H',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });
});
