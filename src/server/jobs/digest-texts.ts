/**
 * Texts of the daily digest e-mail in the two complete languages. Counts are written as
 * "label: N" so Russian needs no plural forms; dates are spelled out in the reader's locale.
 */
import type { OutcomeTaskKind } from '../../core/outcome/response-rules.js';
import type { ChannelKind, FollowUpKind } from '../../core/outreach/outreach-rules.js';

export type DigestLanguage = 'en' | 'ru';

export interface DigestCounts {
  overdue: number;
  dueToday: number;
  dueSoon: number;
}

export interface DigestTexts {
  subject(counts: DigestCounts): string;
  greeting(name: string): string;
  intro(date: string, organisation: string): string;
  overdue: string;
  dueToday: string;
  /** The heading of what falls due after today but within the look-ahead. */
  dueSoon(days: number): string;
  kind: Record<FollowUpKind, string>;
  channel: Record<ChannelKind, string>;
  due(date: string): string;
  /** A task of the review's outcome: thank a State, or lobby on recommendation `paragraph`. */
  outcomeTask(kind: OutcomeTaskKind, paragraph: string | null): string;
  board: string;
  campaign: string;
  footer(days: number): string;
}

const counted = (parts: [string, number][]) =>
  parts
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${label}: ${n}`)
    .join(', ');

/** "2 дня", "5 дней", "21 день": the one Russian plural the digest needs. */
function ruDays(n: number): string {
  const last = n % 10;
  const lastTwo = n % 100;
  if (last === 1 && lastTwo !== 11) return 'день';
  if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return 'дня';
  return 'дней';
}

const en: DigestTexts = {
  subject: (c) =>
    `UPR Advocate — reminders (${counted([
      ['overdue', c.overdue],
      ['due today', c.dueToday],
      ['due soon', c.dueSoon],
    ])})`,
  greeting: (name) => `Hello ${name},`,
  intro: (date, organisation) => `Here are the reminders of ${organisation} in UPR Advocate for ${date}.`,
  overdue: 'Overdue',
  dueToday: 'Due today',
  dueSoon: (days) => `Due in the next ${days} days`,
  kind: { 'follow-up-call': 'follow-up call', meeting: 'meeting' },
  channel: { embassy: 'embassy', mission: 'Geneva mission' },
  due: (date) => `due ${date}`,
  outcomeTask: (kind, paragraph) =>
    kind === 'thank'
      ? 'thank the State for the recommendations it made on our issues'
      : `lobby for recommendation ${paragraph ?? ''} before the Council adopts the outcome`.replace('  ', ' '),
  board: 'Open the outreach board',
  campaign: 'Open the campaign',
  footer: (days) =>
    `You receive this e-mail at most once a day, when a follow-up or task is overdue or due within ${days} days. ` +
    'Mark it done in UPR Advocate and it leaves the next e-mail.',
};

const ru: DigestTexts = {
  subject: (c) =>
    `UPR Advocate — напоминания (${counted([
      ['просрочено', c.overdue],
      ['на сегодня', c.dueToday],
      ['скоро', c.dueSoon],
    ])})`,
  greeting: (name) => `Здравствуйте, ${name}!`,
  intro: (date, organisation) => `Напоминания организации «${organisation}» в UPR Advocate на ${date}.`,
  overdue: 'Просрочено',
  dueToday: 'Срок сегодня',
  dueSoon: (days) => `Срок в ближайшие ${days} ${ruDays(days)}`,
  kind: { 'follow-up-call': 'контрольный звонок', meeting: 'встреча' },
  channel: { embassy: 'посольство', mission: 'миссия в Женеве' },
  due: (date) => `срок ${date}`,
  outcomeTask: (kind, paragraph) =>
    kind === 'thank'
      ? 'поблагодарить государство за рекомендации по нашим темам'
      : `добиваться поддержки рекомендации ${paragraph ?? ''} до утверждения итогов Советом`.replace('  ', ' '),
  board: 'Открыть работу с государствами',
  campaign: 'Открыть кампанию',
  footer: (days) =>
    `Это письмо приходит не чаще раза в день, когда есть просроченные задачи или задачи со сроком в ближайшие ${days} ${ruDays(days)}. ` +
    'Отметьте задачу выполненной — и её не будет в следующем письме.',
};

export const DIGEST_TEXTS: Record<DigestLanguage, DigestTexts> = { en, ru };

export function digestLanguage(value: string | null | undefined): DigestLanguage {
  return value === 'ru' ? 'ru' : 'en';
}

/**
 * "27 November 2026" / "27 ноября 2026 г.", as the web app writes them (international English,
 * not "November 27"); civil dates are read as UTC so they never shift a day.
 */
export function formatDigestDate(date: string, language: DigestLanguage): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}
