import { describe, it, expect } from 'vitest';
import { sessionRange } from '../../core/upr/calendar.js';
import { loadReferenceData, parseCalendarCsvs, parseStatesCsv } from './load-reference-data.js';

const data = loadReferenceData();
const members = data.states.filter((s) => s.unStatus === 'member');
const state = (iso3: string) => {
  const found = data.states.find((s) => s.iso3 === iso3);
  if (!found) throw new Error(`${iso3} missing`);
  return found;
};

const STATES_HEADER = 'iso3,iso2,un_status,regional_group,eu_member,source';
const SESSIONS = [
  'session,cycle,wg_start,wg_end,date_status,adopted_at_hrc,source',
  '52,4,2026-05-04,2026-05-15,confirmed,63,A/HRC/63/6',
  '54,4,2027-01-19,,approximate,65,planning file',
].join('\n');
const HRC = ['hrc_session,start,end,date_status,source', '63,2026-09-07,2026-10-09,confirmed,A/HRC/63/6'].join('\n');
const REVIEWS_HEADER = 'session,iso3,review_date,date_status,source';

describe('states.csv', () => {
  it('lists the 193 UN Member States and the two observer States', () => {
    expect(data.states).toHaveLength(195);
    expect(members).toHaveLength(193);
    expect(data.states.filter((s) => s.unStatus === 'observer').map((s) => s.iso3).sort()).toEqual(['PSE', 'VAT']);
    expect(new Set(data.states.map((s) => s.iso3)).size).toBe(195);
  });

  it('has the 27 EU members and the UN regional group sizes', () => {
    expect(data.states.filter((s) => s.euMember)).toHaveLength(27);
    const count = (group: string) => data.states.filter((s) => s.regionalGroup === group).length;
    expect(count('African')).toBe(54);
    expect(count('Asia-Pacific')).toBe(54);
    expect(count('GRULAC')).toBe(33);
    expect(count('WEOG')).toBe(29);
    expect(count('Eastern European')).toBe(23);
    expect(members.every((s) => s.regionalGroup !== null)).toBe(true);
  });

  it('takes names in the six UN languages from i18n-iso-countries', () => {
    expect(state('KAZ').names.en).toBe('Kazakhstan');
    expect(state('KAZ').names.ru).toBe('Казахстан');
    expect(state('TUR').names.en).toBe('Türkiye');
    expect(state('CIV').names.en).toBe("Côte d'Ivoire");
    expect(state('VAT').names.en).toBe('Holy See');
    expect(state('PSE').names.en).toBe('State of Palestine');
    for (const s of data.states) {
      for (const language of ['en', 'ru', 'fr', 'es', 'ar', 'zh']) expect(s.names[language], `${s.iso3} ${language}`).toBeTruthy();
    }
  });

  it('keeps Namibia\'s ISO2 code "NA" as a string', () => {
    expect(state('NAM').iso2).toBe('NA');
    const parsed = parseStatesCsv(`${STATES_HEADER}\nNAM,NA,member,African,no,test`);
    expect(parsed[0]?.iso2).toBe('NA');
    expect(parsed[0]?.names.en).toBe('Namibia');
  });

  it('rejects a bad row with the file and line number', () => {
    const text = `${STATES_HEADER}\nKAZ,KZ,member,Asia-Pacific,no,test\nNAM,NA,member,Africa,no,test\n`;
    expect(() => parseStatesCsv(text)).toThrow(/states\.csv line 3: column regional_group: .*\(got "Africa"\)/);
    expect(() => parseStatesCsv(`${STATES_HEADER}\nKAZ,KZ,member,Asia-Pacific,no,test\nKAZ,KZ,member,Asia-Pacific,no,x`)).toThrow(
      /line 3: KAZ is already listed on line 2/,
    );
    expect(() => parseStatesCsv(`${STATES_HEADER}\nKAZ,KG,member,Asia-Pacific,no,test`)).toThrow(/line 2: iso2 "KG" does not match KAZ/);
    expect(() => parseStatesCsv('iso3,iso2,source\nKAZ,KZ,test')).toThrow(/states\.csv line 1: missing column\(s\) un_status/);
  });
});

describe('UPR calendar', () => {
  const { sessions, reviews, hrcSessions } = data.calendar;

  it('has the Working Group sessions 41–54 with session 52 on 4–15 May 2026', () => {
    expect(sessions.map((s) => s.number)).toEqual([41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54]);
    expect(sessions.every((s) => s.cycle === 4)).toBe(true);
    expect(sessions.find((s) => s.number === 52)).toMatchObject({
      start: '2026-05-04',
      end: '2026-05-15',
      dateStatus: 'confirmed',
      adoptedAtHrc: 63,
    });
    expect(sessions.find((s) => s.number === 54)?.end).toBeNull();
  });

  it('reviews every UN Member State exactly once in the 4th cycle', () => {
    const cycle4 = reviews.filter((r) => r.session >= 41 && r.session <= 54);
    expect(cycle4).toHaveLength(193);
    expect(new Set(cycle4.map((r) => r.iso3))).toEqual(new Set(members.map((s) => s.iso3)));
    expect(reviews.find((r) => r.iso3 === 'USA')?.session).toBe(53);
  });

  it('has the dated reviews, each inside its session', () => {
    expect(reviews.find((r) => r.iso3 === 'MOZ')).toMatchObject({ session: 52, reviewDate: '2026-05-05', dateStatus: 'confirmed' });
    expect(reviews.find((r) => r.iso3 === 'SVN')).toMatchObject({ session: 48, reviewDate: '2025-01-28', dateStatus: 'confirmed' });
    expect(reviews.filter((r) => r.dateStatus === 'confirmed')).toHaveLength(35);
    for (const r of reviews) {
      if (r.reviewDate === null) {
        expect(r.dateStatus).toBe('unknown');
        continue;
      }
      const range = sessionRange(sessions.find((s) => s.number === r.session)!);
      expect(r.reviewDate >= range.start && r.reviewDate <= range.end, `${r.iso3} ${r.reviewDate}`).toBe(true);
    }
  });

  it('has HRC sessions 49–63 with HRC 63 on 7 Sep–9 Oct 2026 and HRC 62 estimated', () => {
    expect(hrcSessions.map((s) => s.number)).toEqual([49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63]);
    expect(hrcSessions.find((s) => s.number === 63)).toMatchObject({ start: '2026-09-07', end: '2026-10-09', dateStatus: 'confirmed' });
    expect(hrcSessions.find((s) => s.number === 62)?.dateStatus).toBe('estimated');
  });

  it('rejects a bad row with the file and line number', () => {
    const reviewsText = (row: string) => `${REVIEWS_HEADER}\n52,MOZ,2026-05-05,confirmed,A/HRC/63/6\n${row}\n`;
    const parse = (row: string) => () => parseCalendarCsvs({ sessions: SESSIONS, reviews: reviewsText(row), hrcSessions: HRC });
    expect(parse('54,KAZ,,unknown,x')).not.toThrow();
    expect(parse('54,KAZ,2027-02-30,confirmed,x')).toThrow(/upr-reviews\.csv line 3: column review_date: not a real date .*\(got "2027-02-30"\)/);
    expect(parse('52,KAZ,2026-05-20,confirmed,x')).toThrow(/upr-reviews\.csv line 3: review_date 2026-05-20 is outside session 52/);
    expect(parse('53,KAZ,,unknown,x')).toThrow(/upr-reviews\.csv line 3: session 53 is not in the UPR sessions file/);
    expect(parse('54,MOZ,,unknown,x')).toThrow(/line 3: a review of MOZ in cycle 4 is already listed on line 2/);
    expect(parse('54,KAZ,2027-01-20,unknown,x')).toThrow(/line 3: date_status must be "unknown" exactly when review_date is empty/);
    expect(() =>
      parseCalendarCsvs({ sessions: SESSIONS, reviews: REVIEWS_HEADER, hrcSessions: `${HRC}\n62,2026-06-15,2026-06-31,estimated,x` }),
    ).toThrow(/hrc-sessions\.csv line 3: column end: not a real date/);
    expect(() =>
      parseCalendarCsvs({ sessions: `${SESSIONS}\n53,4,2026-11-02,,sometime,64,x`, reviews: REVIEWS_HEADER, hrcSessions: HRC }),
    ).toThrow(/upr-sessions\.csv line 4: column date_status/);
  });
});
