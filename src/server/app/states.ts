/**
 * States and their review dates as the web and the CLI ask for them.
 */
import { AppError } from '../../core/errors.js';
import type { StateInfo } from '../../core/upr/calendar.js';
import { suggestReviewDate, type ReviewDateEstimate } from '../../core/upr/estimate.js';
import type { ReviewEstimateDto, ReviewSuggestionDto, StateDto } from '../../shared/contracts/campaigns.js';
import type { AppDeps } from './deps.js';

export function toStateDto(state: StateInfo, language: string = 'en'): StateDto {
  return {
    iso3: state.iso3,
    name: language === 'ru' ? state.names.ru : state.names.en,
    names: { en: state.names.en, ru: state.names.ru },
    regionalGroup: state.regionalGroup,
    euMember: state.euMember,
  };
}

/** The State for a code typed by a user; an unknown code is a 400 naming close matches. */
export function requireState(deps: Pick<AppDeps, 'states'>, iso3: string): StateInfo {
  const state = deps.states.get(iso3);
  if (state) return state;
  const suggestions = deps.states.suggest(iso3).map((s) => s.iso3);
  const hint = suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : '';
  throw new AppError('unknown-state', `"${iso3}" is not a UN member or observer State code.${hint}`, { field: 'stateIso3', suggestions });
}

export function searchStates(deps: AppDeps, query: string, language: string): StateDto[] {
  return deps.states.search(query.slice(0, 100), 25).map((s) => toStateDto(s, language));
}

function toEstimateDto(estimate: ReviewDateEstimate): ReviewEstimateDto {
  return { ...estimate };
}

export function suggestReview(deps: AppDeps, iso3: string, language: string): ReviewSuggestionDto {
  const state = requireState(deps, iso3);
  const suggestion = suggestReviewDate(deps.calendar.get(), state.iso3, deps.clock.today());
  if (!suggestion) {
    throw new AppError('not-found', `No UPR review is scheduled for ${state.names.en}; enter the review date yourself.`, { field: 'reviewDate' });
  }
  return {
    state: toStateDto(state, language),
    next: toEstimateDto(suggestion.next),
    previous: suggestion.previous ? toEstimateDto(suggestion.previous) : null,
  };
}
