/**
 * The 54 issues UPR Info tags recommendations with, keyed by the label used in its database
 * exports (so imported rows need no mapping), with our own English and Russian display labels.
 *
 * Source: UPR Info, "Database – Issue categorisation" (PDF, October 2014), section 2 "Complete
 * list of the issues tagged". The document's wording differs from the data for two issues
 * ("Detention conditions" → `Detention`, "Technical assistance" → `Technical assistance and
 * cooperation`); we keep the document's wording as an alias so both spellings are recognised.
 */

export const UPR_INFO_ISSUES = [
  'Asylum-seekers - refugees',
  'Civil society',
  'Corruption',
  'Counter-terrorism',
  'CP rights - general',
  'Death penalty',
  'Detention',
  'Development',
  'Disabilities',
  'Elections',
  'Enforced disappearances',
  'Environment',
  'ESC rights - general',
  'Extrajudicial executions',
  'Freedom of association and peaceful assembly',
  'Freedom of movement',
  'Freedom of opinion and expression',
  'Freedom of religion and belief',
  'Freedom of the press',
  'General',
  'HIV - Aids',
  'Human rights defenders',
  'Human rights education and training',
  'Human rights violations by state agents',
  'Impunity',
  'Indigenous peoples',
  'Internally displaced persons',
  'International humanitarian law',
  'International instruments',
  'Justice',
  'Labour',
  'Migrants',
  'Minorities',
  'National plan of action',
  'NHRI',
  'Other',
  'Poverty',
  'Public security',
  'Racial discrimination',
  'Right to education',
  'Right to food',
  'Right to health',
  'Right to housing',
  'Right to land',
  'Right to water',
  'Rights of the Child',
  'Sexual Orientation and Gender Identity',
  'Special procedures',
  'Technical assistance and cooperation',
  'Torture and other CID treatment',
  'Trafficking',
  'Treaty bodies',
  'UPR process',
  "Women's rights",
] as const;

export type UprInfoIssue = (typeof UPR_INFO_ISSUES)[number];
export type IssueLanguage = 'en' | 'ru';

interface IssueLabels {
  en: string;
  ru: string;
  /** Other spellings met in UPR Info's documents. */
  aliases?: readonly string[];
}

// The English labels spell out UPR Info's abbreviations, because NGO staff new to the UPR
// do not know "CID" or "ESC"; the Russian ones follow the terms of the official UN Russian texts.
const LABELS: Record<UprInfoIssue, IssueLabels> = {
  'Asylum-seekers - refugees': { en: 'Asylum seekers and refugees', ru: 'Беженцы и лица, ищущие убежища' },
  'Civil society': { en: 'Civil society', ru: 'Гражданское общество' },
  Corruption: { en: 'Corruption', ru: 'Коррупция' },
  'Counter-terrorism': { en: 'Counter-terrorism', ru: 'Борьба с терроризмом' },
  'CP rights - general': {
    en: 'Civil and political rights (general)',
    ru: 'Гражданские и политические права (общие вопросы)',
  },
  'Death penalty': { en: 'Death penalty', ru: 'Смертная казнь' },
  Detention: { en: 'Detention conditions', ru: 'Условия содержания под стражей', aliases: ['Detention conditions'] },
  Development: { en: 'Development', ru: 'Развитие' },
  Disabilities: { en: 'Persons with disabilities', ru: 'Права лиц с инвалидностью' },
  Elections: { en: 'Elections', ru: 'Выборы' },
  'Enforced disappearances': { en: 'Enforced disappearances', ru: 'Насильственные исчезновения' },
  Environment: { en: 'Environment', ru: 'Окружающая среда' },
  'ESC rights - general': {
    en: 'Economic, social and cultural rights (general)',
    ru: 'Экономические, социальные и культурные права (общие вопросы)',
  },
  'Extrajudicial executions': { en: 'Extrajudicial executions', ru: 'Внесудебные казни' },
  'Freedom of association and peaceful assembly': {
    en: 'Freedom of association and peaceful assembly',
    ru: 'Свобода объединений и мирных собраний',
  },
  'Freedom of movement': { en: 'Freedom of movement', ru: 'Свобода передвижения' },
  'Freedom of opinion and expression': {
    en: 'Freedom of opinion and expression',
    ru: 'Свобода мнений и их свободное выражение',
  },
  'Freedom of religion and belief': { en: 'Freedom of religion or belief', ru: 'Свобода религии и убеждений' },
  'Freedom of the press': { en: 'Freedom of the press', ru: 'Свобода печати' },
  General: { en: 'General', ru: 'Общие вопросы' },
  'HIV - Aids': { en: 'HIV/AIDS', ru: 'ВИЧ/СПИД' },
  'Human rights defenders': { en: 'Human rights defenders', ru: 'Правозащитники' },
  'Human rights education and training': {
    en: 'Human rights education and training',
    ru: 'Образование и подготовка в области прав человека',
  },
  'Human rights violations by state agents': {
    en: 'Human rights violations by State agents',
    ru: 'Нарушения прав человека представителями государства',
  },
  Impunity: { en: 'Impunity', ru: 'Безнаказанность' },
  'Indigenous peoples': { en: 'Indigenous peoples', ru: 'Коренные народы' },
  'Internally displaced persons': { en: 'Internally displaced persons', ru: 'Внутренне перемещённые лица' },
  'International humanitarian law': { en: 'International humanitarian law', ru: 'Международное гуманитарное право' },
  'International instruments': { en: 'International instruments', ru: 'Международные договоры' },
  Justice: { en: 'Justice', ru: 'Правосудие' },
  Labour: { en: 'Labour rights', ru: 'Трудовые права' },
  Migrants: { en: 'Migrants', ru: 'Мигранты' },
  Minorities: { en: 'Minorities', ru: 'Меньшинства' },
  'National plan of action': { en: 'National plan of action', ru: 'Национальный план действий' },
  NHRI: {
    en: 'National human rights institutions',
    ru: 'Национальные правозащитные учреждения',
    aliases: ['National human rights institution'],
  },
  Other: { en: 'Other', ru: 'Другое' },
  Poverty: { en: 'Poverty', ru: 'Бедность' },
  'Public security': { en: 'Public security', ru: 'Общественная безопасность' },
  'Racial discrimination': { en: 'Racial discrimination', ru: 'Расовая дискриминация' },
  'Right to education': { en: 'Right to education', ru: 'Право на образование' },
  'Right to food': { en: 'Right to food', ru: 'Право на питание' },
  'Right to health': { en: 'Right to health', ru: 'Право на здоровье' },
  'Right to housing': { en: 'Right to housing', ru: 'Право на жильё' },
  'Right to land': { en: 'Right to land', ru: 'Право на землю' },
  'Right to water': { en: 'Right to water and sanitation', ru: 'Право на воду и санитарию' },
  'Rights of the Child': { en: 'Rights of the child', ru: 'Права ребёнка' },
  'Sexual Orientation and Gender Identity': {
    en: 'Sexual orientation and gender identity',
    ru: 'Сексуальная ориентация и гендерная идентичность',
    aliases: ['SOGI'],
  },
  'Special procedures': { en: 'Special procedures', ru: 'Специальные процедуры' },
  'Technical assistance and cooperation': {
    en: 'Technical assistance and cooperation',
    ru: 'Техническая помощь и сотрудничество',
    aliases: ['Technical assistance'],
  },
  'Torture and other CID treatment': {
    en: 'Torture and other cruel, inhuman or degrading treatment',
    ru: 'Пытки и другие жестокие, бесчеловечные или унижающие достоинство виды обращения',
    aliases: ['Torture'],
  },
  Trafficking: { en: 'Trafficking in persons', ru: 'Торговля людьми' },
  'Treaty bodies': { en: 'Treaty bodies', ru: 'Договорные органы' },
  'UPR process': { en: 'UPR process', ru: 'Процесс УПО' },
  "Women's rights": { en: "Women's rights", ru: 'Права женщин' },
};

const ISSUE_SET: ReadonlySet<string> = new Set(UPR_INFO_ISSUES);

/** Display label of an issue in English or Russian. */
export function issueLabel(issue: UprInfoIssue, language: IssueLanguage): string {
  return LABELS[issue][language];
}

/** True when `x` is exactly one of the 54 data labels (the form stored in the database). */
export function isUprInfoIssue(x: unknown): x is UprInfoIssue {
  return typeof x === 'string' && ISSUE_SET.has(x);
}

// Users type labels by hand: ignore case, spacing, the kind of dash or apostrophe, and ё/е
// (Russian keyboards and texts routinely write «е» for «ё»).
function normalizeLabel(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2010-\u2015\u2212/]/g, '-')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
}

const BY_NORMALIZED: ReadonlyMap<string, UprInfoIssue> = new Map(
  UPR_INFO_ISSUES.flatMap((issue) => {
    const { en, ru, aliases = [] } = LABELS[issue];
    return [issue, en, ru, ...aliases].map((label) => [normalizeLabel(label), issue] as const);
  }),
);

/** The issue whose data label, English or Russian label matches `text` (case-insensitive), else null. */
export function findIssue(text: string): UprInfoIssue | null {
  return BY_NORMALIZED.get(normalizeLabel(text)) ?? null;
}
