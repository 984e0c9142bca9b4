/** Russian texts of the weekly dashboard (the Monday view); part of ru.ts, same keys as en-dashboard.ts. */
import type { Catalog } from './catalog.js';

export const ruDashboard: Catalog['dashboard'] = {
  title: 'Эта неделя',
  week: 'Неделя {{dates}}',
  dueThisWeek: 'Срок на этой неделе',
  overdue: 'Просрочено',
  blackouts: 'Скоро начнутся сессии в Женеве',
  blackoutHint: 'Во время этих сессий миссии заняты: звоните до или после.',
  noneDue: 'На этой неделе сроков нет. Посмотрите предстоящие этапы ваших кампаний.',
  noneOverdue: 'Просроченных задач нет. Отлично.',
  noBlackouts: 'В ближайшие недели сессии УПО и Совета по правам человека не начинаются.',
  openCampaigns: 'Открыть кампании',
  showAll: 'Показать все ({{n}})',
  assignedTo: 'Ответственный: {{name}}',
  noCampaignsTitle: 'Планировать пока нечего',
  noCampaignsText: 'Создайте кампанию для государства, над обзором которого вы работаете, и недельный обзор заполнится сам.',
  followUpsDue: 'Пора связаться',
  followUpsMore: 'Показаны {{shown}} ближайших из {{total}}. Остальные — в разделе «Работа с государствами» каждой кампании.',
  meetingsAhead: 'Встречи в ближайшие 30 дней',
  noFollowUps: 'Звонков пока нет. Отправьте документ в посольство или миссию: через неделю здесь появится контрольный звонок.',
  noMeetings: 'Встреч и брифингов впереди нет. Попросите посольство или миссию о встрече или проведите групповой брифинг.',
  openOutreach: 'Открыть работу с государствами',
  kinds: { 'follow-up-call': 'Контрольный звонок', meeting: 'Встреча', briefing: 'Брифинг' },
  channels: { embassy: 'Посольство', mission: 'Миссия в Женеве' },
};
