/**
 * Test data for component tests (and a reference of the API shapes): a campaign planned by the
 * core planner with an empty calendar, a signed-in admin.
 */
import { addDays } from '../core/dates.js';
import { planCampaign } from '../core/strategy/plan-campaign.js';
import type { CampaignDto, MeResponse, StateDto } from '../shared/contracts/index.js';

export const kazakhstan: StateDto = {
  iso3: 'KAZ',
  name: 'Kazakhstan',
  names: { en: 'Kazakhstan', ru: 'Казахстан' },
  regionalGroup: 'Asia-Pacific',
  euMember: false,
};

export const adminMe: MeResponse = {
  user: { id: 'u1', name: 'Aigerim Bekova', email: 'aigerim@example.org' },
  organisation: { id: 'o1', name: 'Human Rights Bureau' },
  role: 'admin',
  language: 'en',
};

export function campaignFixture(reviewDate = '2027-05-14', today = '2026-12-10'): CampaignDto {
  const plan = planCampaign({ reviewDate, today, calendar: { sessions: [], hrcSessions: [], reviews: [] } });
  const stages = plan.stages.map((s) => ({
    key: s.key,
    start: s.start,
    end: s.end,
    status: s.status,
    actionableLate: s.actionableLate,
    tool: s.tool,
    notes: [...s.notes],
    tips: [...s.tips],
    tasks: s.tasks.map((t) => ({
      key: t.key,
      stageKey: s.key,
      due: t.due,
      plannedDue: t.due,
      done: false,
      doneAt: null,
      assigneeId: null,
      note: '',
    })),
  }));
  const tasks = stages.flatMap((s) => s.tasks);
  return {
    id: 'c1',
    name: 'Kazakhstan 2027',
    state: kazakhstan,
    reviewDate,
    reviewDateSource: 'estimated',
    currentStages: plan.currentStages,
    tasksDone: 0,
    tasksTotal: tasks.length,
    overdue: tasks.filter((t) => t.due < today).length,
    session: null,
    today,
    createdAt: `${today}T09:00:00Z`,
    updatedAt: `${today}T09:00:00Z`,
    stages,
    deadlines: plan.deadlines,
    adoption: plan.adoption,
    genevaOutreach: {
      window: plan.genevaOutreach.window,
      conflicts: [{ kind: 'hrc', number: 64, start: addDays(reviewDate, -70), end: addDays(reviewDate, -35), estimated: true }],
      suggested: plan.genevaOutreach.suggested,
    },
    warnings: [],
  };
}
