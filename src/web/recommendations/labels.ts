/**
 * How the values of recommendations read in the user's language: State names, UN regional
 * groups, responses, UPR Info issues, cycles, sessions and action categories. Everything is
 * local (no request), so switching the language relabels a page at once.
 */
import { useTranslation } from 'react-i18next';
import { actionCategoryText } from '../../core/recommendations/action-category-labels.js';
import type { ActionCategory } from '../../core/recommendations/action-category.js';
import { isUprInfoIssue, issueLabel } from '../../core/recommendations/issues.js';
import { RESPONSES, type Response } from '../../core/recommendations/responses.js';
import { REGIONAL_GROUPS, type RegionalGroup } from '../../core/upr/calendar.js';
import { stateNameOf } from '../i18n/state-names.js';

const GROUP_KEYS: Record<RegionalGroup, string> = {
  African: 'african',
  'Asia-Pacific': 'asiaPacific',
  'Eastern European': 'easternEuropean',
  GRULAC: 'grulac',
  WEOG: 'weog',
};

/** Years of each UPR cycle (the 4th runs from November 2022). */
const CYCLE_YEARS: Record<number, string> = { 1: '2008–2011', 2: '2012–2016', 3: '2017–2022', 4: '2022–2027' };

export function isResponse(value: string): value is Response {
  return (RESPONSES as readonly string[]).includes(value);
}

/** Light badge colours of the responses; the badge always carries the word too. */
export const RESPONSE_COLORS: Record<Response, string> = {
  supported: 'teal',
  noted: 'orange',
  'partially-supported': 'grape',
  'no-clear-response': 'gray',
  pending: 'blue',
};

export interface RecommendationLabels {
  language: 'en' | 'ru';
  state: (iso3: string) => string;
  group: (group: string | null) => string;
  response: (response: string) => string;
  /** One sentence on what the response means ("Supported: the State under Review accepted…"). */
  responseHelp: (response: string) => string;
  issue: (issue: string) => string;
  cycle: (cycle: number) => string;
  session: (session: number) => string;
  actionCategory: (category: number) => string;
  actionCategoryDefinition: (category: number) => string;
}

export function useRecommendationLabels(): RecommendationLabels {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'ru' ? 'ru' : 'en';
  const isCategory = (n: number): n is ActionCategory => Number.isInteger(n) && n >= 1 && n <= 5;
  return {
    language,
    state: (iso3) => stateNameOf(iso3, language),
    group: (group) =>
      group && (REGIONAL_GROUPS as readonly string[]).includes(group)
        ? t(`groups.${GROUP_KEYS[group as RegionalGroup]}`)
        : t('groups.none'),
    response: (response) => (isResponse(response) ? t(`responses.${response}`) : response),
    responseHelp: (response) => (isResponse(response) ? t(`responseHelp.${response}`) : ''),
    issue: (issue) => (isUprInfoIssue(issue) ? issueLabel(issue, language) : issue),
    cycle: (cycle) => {
      const years = CYCLE_YEARS[cycle];
      return years ? t('recommendations.cycleYears', { n: cycle, years }) : t('recommendations.cycleN', { n: cycle });
    },
    session: (session) => t('recommendations.sessionN', { n: session }),
    actionCategory: (category) =>
      isCategory(category) ? `${category} – ${actionCategoryText(category, language).label}` : String(category),
    actionCategoryDefinition: (category) => (isCategory(category) ? actionCategoryText(category, language).definition : ''),
  };
}
