/**
 * The fixed words of the mid-term report and of the update letters in their two languages. Like
 * the advocacy document's texts they live in core: the server renders these documents without
 * the web app's catalogs. A State's name is always used in the nominative; Russian sentences are
 * built around "государство <name>" so that no name has to be declined.
 */
import type { DocumentLanguage } from '../campaign/advocacy-document.js';
import { formatCivilDate } from '../campaign/format-civil-date.js';
import type { Response } from '../recommendations/responses.js';
import type { MonitoringStatus } from './monitoring-status.js';

export interface ReviewFacts {
  stateName: string;
  reviewDate: string;
  session: number | null;
  cycle: number | null;
  documentSymbol: string | null;
}

export interface MidtermTexts {
  title: string;
  reviewLine: (facts: ReviewFacts) => string;
  dateLine: (reportDate: string) => string;
  introduction: (facts: ReviewFacts, counts: { monitored: number; noted: number }, reportDate: string) => string[];
  summaryHeading: string;
  keyIssue: string;
  total: string;
  allRecommendations: string;
  otherIssue: string;
  recommendation: (paragraph: string) => string;
  recommendedBy: string;
  response: string;
  status: string;
  responsible: string;
  notSet: string;
  timeline: string;
  noEvidence: string;
  source: string;
  statusChanged: (status: string) => string;
  notedHeading: string;
  notedIntro: (stateName: string) => string;
  issues: string;
  contact: string;
  statuses: Record<MonitoringStatus, string>;
  responses: Record<Response, string>;
  unknownResponse: string;
}

function ordinalEn(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const en: MidtermTexts = {
  title: 'Mid-term report on the implementation of UPR recommendations',
  reviewLine: (f) =>
    [
      `Universal Periodic Review of ${f.stateName}`,
      [
        f.cycle ? `${ordinalEn(f.cycle)} cycle` : null,
        f.session ? `${ordinalEn(f.session)} session` : null,
        `review of ${formatCivilDate(f.reviewDate, 'en')}`,
      ]
        .filter(Boolean)
        .join(', '),
    ].join(' — ') + (f.documentSymbol ? ` (${f.documentSymbol})` : ''),
  dateLine: (date) => `Report date: ${formatCivilDate(date, 'en')}`,
  introduction: (f, counts, date) => [
    `At its Universal Periodic Review (UPR) on ${formatCivilDate(f.reviewDate, 'en')}, ${f.stateName} received recommendations on the issues we work on. ` +
      `This report follows the ${counts.monitored} of them that ${f.stateName} supported, fully or in part, and records where their implementation stands on ${formatCivilDate(date, 'en')}.`,
    `For each recommendation it gives the paragraph of the Working Group report${f.documentSymbol ? ` ${f.documentSymbol}` : ''}, the States that made it, ` +
      'its implementation status, the body responsible and the evidence we gathered, with its sources, in the order it happened.' +
      (counts.noted > 0 ? ` The ${counts.noted} recommendations on our issues that did not receive support are listed at the end.` : ''),
    `Half-way through the cycle is the time to take stock: ${f.stateName}, the States that made these recommendations and the United Nations can still act on them before the next review.`,
  ],
  summaryHeading: 'Summary by key issue',
  keyIssue: 'Key issue',
  total: 'Total',
  allRecommendations: 'All recommendations (each counted once)',
  otherIssue: 'Other recommendations we follow',
  recommendation: (p) => `Recommendation ${p}`,
  recommendedBy: 'Recommended by',
  response: 'Response',
  status: 'Status',
  responsible: 'Responsible',
  notSet: 'not identified',
  timeline: 'Evidence and status changes',
  noEvidence: 'No evidence recorded yet.',
  source: 'Source',
  statusChanged: (s) => `Status changed to “${s}”.`,
  notedHeading: 'Recommendations that were not supported',
  notedIntro: (state) => `${state} did not support these recommendations on our key issues. We continue to advocate for them.`,
  issues: 'Key issue',
  contact: 'Contact',
  statuses: {
    'not-started': 'not started',
    'in-progress': 'in progress',
    'partially-implemented': 'partially implemented',
    implemented: 'implemented',
    regressed: 'regressed',
  },
  responses: {
    supported: 'supported',
    noted: 'noted',
    'partially-supported': 'partially supported',
    'no-clear-response': 'no clear response',
    pending: 'response pending',
  },
  unknownResponse: 'response not known',
};

const ru: MidtermTexts = {
  title: 'Промежуточный доклад о выполнении рекомендаций УПО',
  reviewLine: (f) =>
    [
      `Универсальный периодический обзор: ${f.stateName}`,
      [f.cycle ? `${f.cycle}-й цикл` : null, f.session ? `${f.session}-я сессия` : null, `обзор ${formatCivilDate(f.reviewDate, 'ru')}`]
        .filter(Boolean)
        .join(', '),
    ].join(' — ') + (f.documentSymbol ? ` (${f.documentSymbol})` : ''),
  dateLine: (date) => `Дата доклада: ${formatCivilDate(date, 'ru')}`,
  introduction: (f, counts, date) => [
    `В ходе Универсального периодического обзора (УПО) ${formatCivilDate(f.reviewDate, 'ru')} государство ${f.stateName} получило рекомендации по темам, которыми мы занимаемся. ` +
      `В докладе рассмотрены те из них, которые государство поддержало полностью или частично (${counts.monitored}), и показано, как на ${formatCivilDate(date, 'ru')} они выполняются.`,
    `Для каждой рекомендации указаны пункт доклада Рабочей группы${f.documentSymbol ? ` ${f.documentSymbol}` : ''}, государства, которые её дали, ` +
      'статус выполнения, ответственный орган и собранные нами факты с источниками в хронологическом порядке.' +
      (counts.noted > 0 ? ` Рекомендации по нашим темам, не получившие поддержки (${counts.noted}), перечислены в конце.` : ''),
    'Середина цикла — время подвести промежуточные итоги: государство, государства-авторы рекомендаций и ООН ещё могут действовать до следующего обзора.',
  ],
  summaryHeading: 'Сводка по ключевым темам',
  keyIssue: 'Ключевая тема',
  total: 'Всего',
  allRecommendations: 'Все рекомендации (каждая один раз)',
  otherIssue: 'Другие рекомендации, за которыми мы следим',
  recommendation: (p) => `Рекомендация ${p}`,
  recommendedBy: 'Рекомендовали',
  response: 'Ответ государства',
  status: 'Статус',
  responsible: 'Ответственный орган',
  notSet: 'не определён',
  timeline: 'Факты и изменения статуса',
  noEvidence: 'Сведения пока не внесены.',
  source: 'Источник',
  statusChanged: (s) => `Статус изменён: «${s}».`,
  notedHeading: 'Рекомендации, не получившие поддержки',
  notedIntro: (state) =>
    `Государство ${state} не поддержало эти рекомендации по нашим ключевым темам. Мы продолжаем добиваться их выполнения.`,
  issues: 'Ключевая тема',
  contact: 'Контакты',
  statuses: {
    'not-started': 'не начато',
    'in-progress': 'в процессе',
    'partially-implemented': 'выполнено частично',
    implemented: 'выполнено',
    regressed: 'ухудшение',
  },
  responses: {
    supported: 'поддержана',
    noted: 'принята к сведению',
    'partially-supported': 'поддержана частично',
    'no-clear-response': 'нет чёткого ответа',
    pending: 'ответ ожидается',
  },
  unknownResponse: 'ответ неизвестен',
};

export function midtermTexts(language: DocumentLanguage): MidtermTexts {
  return language === 'ru' ? ru : en;
}
