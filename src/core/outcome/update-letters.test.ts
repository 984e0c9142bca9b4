import { describe, expect, it } from 'vitest';
import { pickAddressee, updateLettersBlocks, updateLettersFileName, type UpdateLettersInput } from './update-letters.js';

describe('pickAddressee', () => {
  it('prefers the embassy, a channel with a known holder, and the UPR or human rights post', () => {
    expect(
      pickAddressee([
        { kind: 'mission', city: 'Geneva', posts: [{ title: 'Human rights officer', holder: 'Pierre Martin' }] },
        {
          kind: 'embassy',
          city: 'Ljubljana',
          posts: [
            { title: 'Ambassador', holder: 'Claire Dubois' },
            { title: 'UPR focal point', holder: 'Jean Petit' },
            { title: 'Human rights officer', holder: null },
          ],
        },
      ]),
    ).toEqual({ kind: 'embassy', city: 'Ljubljana', name: 'Jean Petit', post: 'UPR focal point' });
  });

  it('goes to the mission when only the mission has a holder, and finds Russian post titles', () => {
    expect(
      pickAddressee([
        { kind: 'embassy', city: '', posts: [{ title: 'Посол', holder: null }] },
        {
          kind: 'mission',
          city: 'Женева',
          posts: [
            { title: 'Советник', holder: 'Иван Петров' },
            { title: 'Сотрудник по правам человека', holder: 'Анна Смирнова' },
          ],
        },
      ]),
    ).toEqual({ kind: 'mission', city: 'Женева', name: 'Анна Смирнова', post: 'Сотрудник по правам человека' });
  });

  it('addresses the embassy without a name when nobody is known', () => {
    expect(pickAddressee([])).toEqual({ kind: null, city: '', name: null, post: null });
    expect(pickAddressee([{ kind: 'mission', city: 'Geneva', posts: [] }])).toEqual({
      kind: 'mission',
      city: 'Geneva',
      name: null,
      post: null,
    });
  });
});

const input = (language: 'en' | 'ru'): UpdateLettersInput => ({
  language,
  organisation: 'Slovenian Human Rights Network',
  contact: { name: 'Ana Novak', email: 'ana@example.org', phone: '' },
  sur: { iso3: 'SVN', name: language === 'ru' ? 'Словения' : 'Slovenia' },
  reviewDate: '2025-01-28',
  letterDate: '2028-09-01',
  letters: [
    {
      state: { iso3: 'IRL', name: language === 'ru' ? 'Ирландия' : 'Ireland' },
      addressee: { kind: 'embassy', city: 'Ljubljana', name: 'Siobhan Kelly', post: 'Deputy head of mission' },
      recommendations: [
        {
          paragraph: '140.18',
          text: 'Ensure the independence of the Ombudsman (Ireland);',
          response: 'supported',
          status: 'in-progress',
          ministry: 'Ministry of Justice',
          latest: { date: '2026-06-10', text: 'Budget line adopted.', source: 'Official Gazette No. 44/2026' },
        },
      ],
      noted: [{ paragraph: '140.75', text: 'Restore residency rights to the “erased” (Ireland);' }],
    },
    {
      state: { iso3: 'DZA', name: language === 'ru' ? 'Алжир' : 'Algeria' },
      addressee: { kind: null, city: '', name: null, post: null },
      recommendations: [
        {
          paragraph: '140.19',
          text: 'Strengthen the Ombudsman (Algeria);',
          response: 'supported',
          status: 'not-started',
          ministry: '',
          latest: null,
        },
        {
          paragraph: '140.20',
          text: 'Fund the Ombudsman (Algeria);',
          response: 'partially-supported',
          status: 'implemented',
          ministry: '',
          latest: null,
        },
      ],
      noted: [],
    },
    { state: { iso3: 'FRA', name: 'France' }, addressee: { kind: null, city: '', name: null, post: null }, recommendations: [], noted: [] },
  ],
});

describe('updateLettersBlocks', () => {
  it('writes one letter per State with recommendations we monitor, to the holder of the post when known', () => {
    const { letters, meta } = updateLettersBlocks(input('en'));
    expect(letters.map((l) => l.stateIso3)).toEqual(['IRL', 'DZA']);
    expect(meta).toEqual({
      title: 'Universal Periodic Review of Slovenia: update letters to the recommending States',
      author: 'Slovenian Human Rights Network',
    });
    const [irl, dza] = letters;
    expect(irl!.recipient).toEqual(['Siobhan Kelly, Deputy head of mission', 'Embassy of Ireland', 'Ljubljana']);
    expect(irl!.greeting).toBe('Dear Siobhan Kelly,');
    expect(irl!.date).toBe('1 September 2028');
    expect(irl!.intro).toContain('Ireland made the recommendation below, which Slovenia supported');
    expect(irl!.items).toEqual([
      {
        heading: 'Recommendation 140.18',
        text: 'Ensure the independence of the Ombudsman (Ireland);',
        lines: [
          'Status: in progress (responsible: Ministry of Justice).',
          'Latest development (10 June 2026): Budget line adopted. Source: Official Gazette No. 44/2026.',
        ],
      },
    ]);
    expect(irl!.noted!.items.map((i) => i.heading)).toEqual(['Recommendation 140.75']);
    expect(irl!.closing[0]).toContain('the Embassy raised these recommendations with the authorities of Slovenia');
    expect(irl!.signature).toEqual(['Ana Novak', 'Slovenian Human Rights Network', 'ana@example.org']);
    expect(dza!.greeting).toBe('Dear Sir or Madam,');
    expect(dza!.recipient).toEqual(['Embassy of Algeria']);
    expect(dza!.items[1]!.lines).toEqual(['Status: implemented.', 'No development recorded since the review.']);
    expect(dza!.noted).toBeNull();
  });

  it('writes the letters in Russian without declining State names', () => {
    const [irl] = updateLettersBlocks(input('ru')).letters;
    expect(irl!.recipient[1]).toBe('Посольство государства Ирландия');
    expect(irl!.greeting).toBe('Уважаемый(-ая) Siobhan Kelly!');
    expect(irl!.subject).toBe('О выполнении рекомендации, которую государство Ирландия дало государству Словения в ходе УПО');
    expect(irl!.items[0]!.lines[1]).toBe(
      'Последние изменения (10 июня 2026 г.): Budget line adopted. Источник: Official Gazette No. 44/2026.',
    );
    expect(irl!.signOff).toBe('С уважением,');
    expect(updateLettersFileName(input('ru'), 'docx')).toBe('update-letters-SVN-2025-01-28.docx');
  });
});
