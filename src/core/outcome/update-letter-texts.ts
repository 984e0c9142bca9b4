/**
 * The fixed words of the update letters to recommending States (stage
 * `update-recommending-states`), in English and Russian. Russian sentences name States as
 * "государство <name>" so that names stay in the nominative.
 */
import type { DocumentLanguage } from '../campaign/advocacy-document.js';
import { formatCivilDate } from '../campaign/format-civil-date.js';
import type { ChannelKind } from '../outreach/outreach-rules.js';

export interface LetterFacts {
  sur: string;
  recommender: string;
  reviewDate: string;
  letterDate: string;
  count: number;
}

export interface LetterTexts {
  title: (sur: string) => string;
  recipient: (kind: ChannelKind | null, state: string) => string;
  greeting: (name: string | null) => string;
  subject: (f: LetterFacts) => string;
  intro: (f: LetterFacts) => string;
  status: string;
  responsible: string;
  latest: (date: string) => string;
  noNews: string;
  source: string;
  noted: (f: LetterFacts) => string;
  ask: (kind: ChannelKind | null, f: LetterFacts) => string;
  offer: string;
  signOff: string;
}

const en: LetterTexts = {
  title: (sur) => `Universal Periodic Review of ${sur}: update letters to the recommending States`,
  recipient: (kind, state) =>
    kind === 'mission' ? `Permanent Mission of ${state} to the United Nations Office at Geneva` : `Embassy of ${state}`,
  greeting: (name) => (name ? `Dear ${name},` : 'Dear Sir or Madam,'),
  subject: (f) =>
    `${f.count === 1 ? 'The recommendation' : 'The recommendations'} of ${f.recommender} to ${f.sur} at the Universal Periodic Review: an update`,
  intro: (f) =>
    `At the Universal Periodic Review of ${f.sur} on ${formatCivilDate(f.reviewDate, 'en')}, ${f.recommender} made ` +
    `${f.count === 1 ? 'the recommendation below, which' : 'the recommendations below, which'} ${f.sur} supported. ` +
    `We follow ${f.count === 1 ? 'its' : 'their'} implementation and write to tell you where ${f.count === 1 ? 'it stands' : 'they stand'} on ${formatCivilDate(f.letterDate, 'en')}.`,
  status: 'Status',
  responsible: 'responsible',
  latest: (date) => `Latest development (${date})`,
  noNews: 'No development recorded since the review.',
  source: 'Source',
  noted: (f) =>
    `${f.recommender} also made ${f.count === 1 ? 'this recommendation' : 'these recommendations'}, which ${f.sur} did not support; we continue to advocate for ${f.count === 1 ? 'it' : 'them'}:`,
  ask: (kind, f) =>
    `We would be grateful if ${kind === 'mission' ? 'the Mission' : 'the Embassy'} raised ${f.count === 1 ? 'this recommendation' : 'these recommendations'} ` +
    `with the authorities of ${f.sur} in its bilateral contacts, and in the interactive dialogue of the next review of ${f.sur}, where progress on earlier recommendations is discussed.`,
  offer: 'We would be glad to meet and share more detail or our full mid-term report.',
  signOff: 'Yours sincerely,',
};

const ru: LetterTexts = {
  title: (sur) => `Универсальный периодический обзор: ${sur}. Письма государствам — авторам рекомендаций`,
  recipient: (kind, state) =>
    kind === 'mission' ? `Постоянное представительство государства ${state} при Отделении ООН в Женеве` : `Посольство государства ${state}`,
  greeting: (name) => (name ? `Уважаемый(-ая) ${name}!` : 'Уважаемые коллеги!'),
  subject: (f) =>
    `О выполнении ${f.count === 1 ? 'рекомендации, которую' : 'рекомендаций, которые'} государство ${f.recommender} дало государству ${f.sur} в ходе УПО`,
  intro: (f) =>
    `В ходе Универсального периодического обзора ${formatCivilDate(f.reviewDate, 'ru')} государство ${f.recommender} дало ` +
    `${f.count === 1 ? 'рекомендацию, приведённую ниже, и государство ' + f.sur + ' её поддержало' : 'рекомендации, приведённые ниже, и государство ' + f.sur + ' их поддержало'}. ` +
    `Мы следим за ${f.count === 1 ? 'её' : 'их'} выполнением и сообщаем, как обстоят дела на ${formatCivilDate(f.letterDate, 'ru')}.`,
  status: 'Статус',
  responsible: 'ответственный орган',
  latest: (date) => `Последние изменения (${date})`,
  noNews: 'После обзора изменений не зафиксировано.',
  source: 'Источник',
  noted: (f) =>
    `Государство ${f.recommender} также дало ${f.count === 1 ? 'рекомендацию, которую' : 'рекомендации, которые'} государство ${f.sur} не поддержало; мы продолжаем добиваться ${f.count === 1 ? 'её' : 'их'} выполнения:`,
  ask: (kind, f) =>
    `Будем признательны, если ${kind === 'mission' ? 'Представительство' : 'Посольство'} поднимет ${f.count === 1 ? 'эту рекомендацию' : 'эти рекомендации'} ` +
    `в двусторонних контактах с властями государства ${f.sur}, а также в ходе интерактивного диалога на следующем обзоре, где обсуждается выполнение прежних рекомендаций.`,
  offer: 'Будем рады встретиться, рассказать подробнее и передать наш промежуточный доклад.',
  signOff: 'С уважением,',
};

export function letterTexts(language: DocumentLanguage): LetterTexts {
  return language === 'ru' ? ru : en;
}
