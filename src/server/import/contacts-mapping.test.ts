import { describe, expect, it } from 'vitest';
import { normalizeHeader, suggestMapping } from './contacts-mapping.js';
import { parseChannel, parseDateCell, unneutralize } from './contacts-rows.js';

describe('suggestMapping', () => {
  it.each([
    [
      'our English export',
      ['State (ISO3)', 'State name', 'Channel', 'Post', 'Name', 'E-mail', 'Phone', 'Note', 'Since', 'Until', 'Channel status'],
      { state: 0, channel: 2, post: 3, name: 4, email: 5, phone: 6, note: 7, since: 8, until: 9 },
    ],
    [
      'our Russian export',
      ['Страна (ISO3)', 'Название страны', 'Канал', 'Должность', 'ФИО', 'E-mail', 'Телефон', 'Примечание', 'В должности с', 'В должности по', 'Статус канала'],
      { state: 0, channel: 2, post: 3, name: 4, email: 5, phone: 6, note: 7, since: 8, until: 9 },
    ],
    ['a hand-made Russian list', ['Страна', 'Ф.И.О.', 'Должность', 'Эл. почта', 'Комментарий'], { state: 0, name: 1, post: 2, email: 3, note: 4, channel: null }],
    ['contact columns', ['Country name', 'Contact e-mail', 'Contact name', 'Job title'], { state: 0, email: 1, name: 2, post: 3 }],
  ])('reads %s', (_what, columns, expected) => {
    expect(suggestMapping(columns)).toMatchObject(expected);
  });

  it('leaves fields without a recognisable column unmapped and never gives one column twice', () => {
    const mapping = suggestMapping(['Foo', 'Name', 'Name', '']);
    expect(mapping).toMatchObject({ state: null, channel: null, name: 1 });
    const used = Object.values(mapping).filter((v) => v !== null);
    expect(new Set(used).size).toBe(used.length);
  });

  it('normalises case, punctuation, ё and й', () => {
    expect(normalizeHeader('  E-Mail ')).toBe('e mail');
    expect(normalizeHeader('Ушёл')).toBe('ушел');
    expect(normalizeHeader('Комментарий')).toBe('комментарии');
  });
});

describe('cell readers', () => {
  it.each([
    ['Embassy', 'embassy'],
    ['посольство', 'embassy'],
    ['Permanent Mission in Geneva', 'mission'],
    ['Миссия в Женеве', 'mission'],
    ['Постпредство', 'mission'],
    ['Consulate', null],
  ])('channel %s → %s', (text, kind) => expect(parseChannel(text)).toBe(kind));

  it.each([
    ['', null],
    ['2026-12-04', '2026-12-04'],
    ['4.12.2026', '2026-12-04'],
    ['12/04/2026', undefined],
  ])('date %s → %s', (text, date) => expect(parseDateCell(text)).toBe(date));

  it('takes back the apostrophe our export puts before formula-looking cells, and only that', () => {
    expect(unneutralize("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(unneutralize("'+49 30 1234")).toBe('+49 30 1234');
    expect(unneutralize("'quoted'")).toBe("'quoted'");
  });
});
