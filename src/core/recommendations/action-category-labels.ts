/**
 * Names and definitions of UPR Info's five action categories (E. McMahon's scale), in English
 * as UPR Info words them ("Database – Action category", 2014) and in Russian.
 */
import type { ActionCategory } from './action-category.js';
import type { IssueLanguage } from './issues.js';

interface CategoryText {
  label: string;
  definition: string;
}

const TEXTS: Record<ActionCategory, Record<IssueLanguage, CategoryText>> = {
  1: {
    en: { label: 'Minimal action', definition: 'Addressed to other States, or asking the State under Review to request assistance or share information' },
    ru: { label: 'Минимальное действие', definition: 'Обращена к другим государствам или призывает государство запросить помощь либо поделиться информацией' },
  },
  2: {
    en: { label: 'Continuing action', definition: 'Asks to continue what is already being done' },
    ru: { label: 'Продолжение действий', definition: 'Призывает продолжать уже начатое' },
  },
  3: {
    en: { label: 'Considering action', definition: 'Asks to consider a change' },
    ru: { label: 'Рассмотрение действий', definition: 'Призывает рассмотреть возможность изменений' },
  },
  4: {
    en: { label: 'General action', definition: 'Asks for action with a general element ("ensure", "strengthen", "promote")' },
    ru: { label: 'Общее действие', definition: 'Призывает к действию в общем виде («обеспечить», «укрепить», «поощрять»)' },
  },
  5: {
    en: { label: 'Specific action', definition: 'Asks for a specific action ("ratify", "adopt", "abolish", "establish")' },
    ru: { label: 'Конкретное действие', definition: 'Призывает к конкретному действию («ратифицировать», «принять», «отменить», «учредить»)' },
  },
};

/** Label and definition of an action category in English or Russian. */
export function actionCategoryText(category: ActionCategory, language: IssueLanguage): CategoryText {
  return TEXTS[category][language];
}
