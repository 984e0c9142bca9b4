import { useTranslation } from 'react-i18next';
import { planTexts, PLAN_LANGUAGES, type PlanLanguage, type PlanTexts } from '../../core/strategy/stage-texts.js';

/** Stage titles, summaries, tasks, notes and tips in the interface language (English when the plan has no translation). */
export function usePlanTexts(): PlanTexts {
  const { i18n } = useTranslation();
  const language = (PLAN_LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as PlanLanguage) : 'en';
  return planTexts(language);
}
