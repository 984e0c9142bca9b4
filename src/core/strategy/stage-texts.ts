/**
 * Wording of the stage catalogue in each language the planner can print. Russian and English
 * are complete; the shape forces every task, note and tip of catalogue.ts to have a text.
 */
import type { StageKey } from './catalogue.js';
import { stageTextsEn } from './stage-texts.en.js';
import { stageTextsRu } from './stage-texts.ru.js';

export type PlanLanguage = 'ru' | 'en';
export const PLAN_LANGUAGES: readonly PlanLanguage[] = ['ru', 'en'];

export interface StageText {
  /** Short name of the stage, e.g. "Embassies in the capital". */
  title: string;
  /** Two to four sentences: what to do in this stage and why it matters. */
  summary: string;
  /** Task key → one imperative sentence. */
  tasks: Record<string, string>;
  /** Note key → a fact the user must keep in mind. */
  notes: Record<string, string>;
  /** Tip key → practical advice. */
  tips: Record<string, string>;
}

export type StageTexts = Record<StageKey, StageText>;

/** Texts of the Geneva outreach plan and of the deadlines, shared by every output. */
export interface PlanTexts {
  stages: StageTexts;
  deadlines: Record<DeadlineKey, string>;
  conflictKinds: Record<'upr' | 'hrc', string>;
}

export const DEADLINE_KEYS = [
  'nationalReport',
  'review',
  'draftReport',
  'outcomeAdoption',
  'midTermReport',
  'nextReview',
] as const;
export type DeadlineKey = (typeof DEADLINE_KEYS)[number];

const TEXTS: Record<PlanLanguage, PlanTexts> = { en: stageTextsEn, ru: stageTextsRu };

export function planTexts(language: PlanLanguage): PlanTexts {
  return TEXTS[language];
}
