/**
 * A plan with its words: stage titles, task sentences, notes and tips, deadline labels and
 * session names in one language. Used by the CLI's `plan` command, calendar exports and documents.
 */
import type { DateRange, IsoDate } from '../dates.js';
import type { StageKey, StageTool } from './catalogue.js';
import type { CampaignPlan, StageStatus } from './plan-campaign.js';
import { planTexts, type DeadlineKey, type PlanLanguage } from './stage-texts.js';

export interface DescribedTask {
  key: string;
  title: string;
  due: IsoDate;
}

export interface DescribedStage {
  key: StageKey;
  title: string;
  summary: string;
  start: IsoDate;
  end: IsoDate;
  status: StageStatus;
  actionableLate: boolean;
  tool: StageTool | null;
  tasks: DescribedTask[];
  notes: string[];
  tips: string[];
}

export interface DescribedConflict {
  kind: 'upr' | 'hrc';
  number: number;
  name: string;
  start: IsoDate;
  end: IsoDate;
  estimated: boolean;
}

export interface DescribedPlan {
  reviewDate: IsoDate;
  today: IsoDate;
  session: number | null;
  currentStages: StageKey[];
  stages: DescribedStage[];
  deadlines: Record<DeadlineKey, IsoDate>;
  deadlineLabels: Record<DeadlineKey, string>;
  adoption: CampaignPlan['adoption'];
  genevaOutreach: { window: DateRange; conflicts: DescribedConflict[]; suggested: DateRange[] };
}

export function sessionName(kind: 'upr' | 'hrc', number: number, language: PlanLanguage): string {
  return `${planTexts(language).conflictKinds[kind]} ${number}`;
}

export function describePlan(plan: CampaignPlan, language: PlanLanguage): DescribedPlan {
  const texts = planTexts(language);
  return {
    reviewDate: plan.reviewDate,
    today: plan.today,
    session: plan.session,
    currentStages: plan.currentStages,
    stages: plan.stages.map((stage) => {
      const text = texts.stages[stage.key];
      return {
        key: stage.key,
        title: text.title,
        summary: text.summary,
        start: stage.start,
        end: stage.end,
        status: stage.status,
        actionableLate: stage.actionableLate,
        tool: stage.tool,
        tasks: stage.tasks.map((task) => ({ key: task.key, title: text.tasks[task.key] ?? task.key, due: task.due })),
        notes: stage.notes.map((key) => text.notes[key] ?? key),
        tips: stage.tips.map((key) => text.tips[key] ?? key),
      };
    }),
    deadlines: plan.deadlines,
    deadlineLabels: texts.deadlines,
    adoption: plan.adoption,
    genevaOutreach: {
      window: plan.genevaOutreach.window,
      conflicts: plan.genevaOutreach.conflicts.map((c) => ({ ...c, name: sessionName(c.kind, c.number, language) })),
      suggested: plan.genevaOutreach.suggested,
    },
  };
}
