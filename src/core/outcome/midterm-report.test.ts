import { describe, expect, it } from 'vitest';
import { midtermFileName, midtermReportBlocks, type MidtermReportInput, type ReportRecommendation } from './midterm-report.js';

const entry = (
  id: string,
  date: string,
  kind: 'evidence' | 'status',
  text: string,
  source = '',
  status: ReportRecommendation['status'] | null = null,
) => ({
  id,
  kind,
  date,
  createdAt: `${date}T09:00:00.000Z`,
  text,
  source,
  status,
});

const ombudsman: ReportRecommendation = {
  paragraph: '140.18',
  text: 'Adopt the necessary measures to ensure the independence and financial autonomy of the Human Rights Ombudsman (Algeria);',
  recommendingStates: ['Algeria'],
  response: 'supported',
  status: 'implemented',
  ministry: 'Ministry of Justice',
  // Recorded out of order: the report sorts them by date.
  timeline: [
    entry('b', '2026-06-10', 'evidence', 'The Ombudsman Act gives the Office its own budget line.', 'Official Gazette No. 44/2026'),
    entry('a', '2025-05-20', 'evidence', 'Draft amendment published for consultation.'),
    entry('c', '2026-07-01', 'status', '', '', 'implemented'),
  ],
};
const roma: ReportRecommendation = {
  paragraph: '140.220',
  text: 'Improve access of the Roma community to education (Cyprus);',
  recommendingStates: ['Cyprus', 'Chile'],
  response: 'partially-supported',
  status: 'regressed',
  ministry: '',
  timeline: [],
};

const input = (language: 'en' | 'ru'): MidtermReportInput => ({
  language,
  organisation: ' Slovenian Human Rights Network ',
  state: { iso3: 'SVN', name: language === 'ru' ? 'Словения' : 'Slovenia' },
  reviewDate: '2025-01-28',
  session: 48,
  cycle: 4,
  documentSymbol: 'A/HRC/59/15',
  reportDate: '2027-01-15',
  issues: [
    { title: language === 'ru' ? 'Независимый омбудсмен' : 'An independent Ombudsman', recommendations: [ombudsman, roma] },
    { title: 'Empty issue', recommendations: [] },
    { title: '', recommendations: [roma] },
  ],
  noted: [
    {
      paragraph: '140.75',
      text: 'Restore permanent residency rights to the “erased” (Ireland);',
      recommendingStates: ['Ireland'],
      response: 'noted',
      issues: ['Residency'],
    },
  ],
  contact: { name: 'Ana Novak', email: '', phone: '+386 1 000 000' },
});

describe('midtermReportBlocks', () => {
  it('titles the report with the organisation, the State, its cycle, session, review date and report date', () => {
    const blocks = midtermReportBlocks(input('en'));
    expect(blocks.header).toEqual({
      organisation: 'Slovenian Human Rights Network',
      title: 'Mid-term report on the implementation of UPR recommendations',
      reviewLine: 'Universal Periodic Review of Slovenia — 4th cycle, 48th session, review of 28 January 2025 (A/HRC/59/15)',
      dateLine: 'Report date: 15 January 2027',
    });
    expect(blocks.languageTag).toBe('en-GB');
    expect(blocks.introduction).toHaveLength(3);
    expect(blocks.introduction[0]).toContain('the 2 of them that Slovenia supported');
    expect(blocks.introduction[1]).toContain('The 1 recommendations on our issues that did not receive support');
  });

  it('summarises each issue by status and counts a recommendation under two issues once in the total', () => {
    const { summary } = midtermReportBlocks(input('en'));
    expect(summary.columns).toEqual([
      'Key issue',
      'not started',
      'in progress',
      'partially implemented',
      'implemented',
      'regressed',
      'Total',
    ]);
    expect(summary.rows).toEqual([
      { label: 'An independent Ombudsman', counts: [0, 0, 0, 1, 1], total: 2 },
      { label: 'Other recommendations we follow', counts: [0, 0, 0, 0, 1], total: 1 },
    ]);
    expect(summary.totals).toEqual({ label: 'All recommendations (each counted once)', counts: [0, 0, 0, 1, 1], total: 2 });
  });

  it('lists each recommendation with its States, status, body responsible and a chronological timeline with sources', () => {
    const [first] = midtermReportBlocks(input('en')).sections;
    expect(first!.title).toBe('An independent Ombudsman');
    const [rec, other] = first!.items;
    expect(rec!.heading).toBe('Recommendation 140.18');
    expect(rec!.fields).toEqual([
      { label: 'Recommended by', value: 'Algeria' },
      { label: 'Response', value: 'supported' },
      { label: 'Status', value: 'implemented' },
      { label: 'Responsible', value: 'Ministry of Justice' },
    ]);
    expect(rec!.timeline.items).toEqual([
      { date: '20 May 2025', text: 'Draft amendment published for consultation.', source: null },
      { date: '10 June 2026', text: 'The Ombudsman Act gives the Office its own budget line.', source: 'Official Gazette No. 44/2026' },
      { date: '1 July 2026', text: 'Status changed to “implemented”.', source: null },
    ]);
    expect(rec!.timeline.empty).toBeNull();
    expect(other!.fields.find((f) => f.label === 'Responsible')?.value).toBe('not identified');
    expect(other!.timeline).toEqual({ heading: 'Evidence and status changes', items: [], empty: 'No evidence recorded yet.' });
  });

  it('leaves out issues without followed recommendations and lists the noted ones apart with their response', () => {
    const blocks = midtermReportBlocks(input('en'));
    expect(blocks.sections.map((s) => s.title)).toEqual(['An independent Ombudsman', 'Other recommendations we follow']);
    expect(blocks.noted).toEqual({
      heading: 'Recommendations that were not supported',
      intro: 'Slovenia did not support these recommendations on our key issues. We continue to advocate for them.',
      items: [
        {
          heading: 'Recommendation 140.75',
          text: 'Restore permanent residency rights to the “erased” (Ireland);',
          fields: [
            { label: 'Recommended by', value: 'Ireland' },
            { label: 'Response', value: 'noted' },
            { label: 'Key issue', value: 'Residency' },
          ],
        },
      ],
    });
    expect(blocks.footer).toEqual({ label: 'Contact', items: ['Ana Novak', '+386 1 000 000'] });
  });

  it('writes the whole report in Russian, dates included', () => {
    const blocks = midtermReportBlocks(input('ru'));
    expect(blocks.languageTag).toBe('ru-RU');
    expect(blocks.header.title).toBe('Промежуточный доклад о выполнении рекомендаций УПО');
    expect(blocks.header.reviewLine).toBe(
      'Универсальный периодический обзор: Словения — 4-й цикл, 48-я сессия, обзор 28 января 2025 г. (A/HRC/59/15)',
    );
    expect(blocks.header.dateLine).toBe('Дата доклада: 15 января 2027 г.');
    expect(blocks.summary.columns[0]).toBe('Ключевая тема');
    expect(blocks.sections[0]!.title).toBe('Независимый омбудсмен');
    expect(blocks.sections[0]!.items[0]!.timeline.items[2]).toEqual({
      date: '1 июля 2026 г.',
      text: 'Статус изменён: «выполнено».',
      source: null,
    });
    expect(blocks.noted!.items[0]!.fields[1]).toEqual({ label: 'Ответ государства', value: 'принята к сведению' });
    expect(blocks.introduction.join(' ')).toContain('государство Словения получило рекомендации');
  });

  it('omits what is unknown: no session, cycle or symbol, no noted section, no contact', () => {
    const blocks = midtermReportBlocks({
      ...input('en'),
      session: null,
      cycle: null,
      documentSymbol: null,
      noted: [],
      contact: { name: '', email: '', phone: '' },
    });
    expect(blocks.header.reviewLine).toBe('Universal Periodic Review of Slovenia — review of 28 January 2025');
    expect(blocks.noted).toBeNull();
    expect(blocks.footer).toBeNull();
    expect(blocks.introduction[1]).not.toContain('did not receive support');
    expect(midtermFileName(input('en'), 'pdf')).toBe('midterm-report-SVN-2025-01-28.pdf');
  });
});
