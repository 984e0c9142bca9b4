import type { RecommendationLabels } from './labels.js';
import type { FacetKey } from './search-state.js';

/** The label of one facet value, as the facet panels and the active-filter chips show it. */
export function facetValueLabel(key: FacetKey, value: string, labels: RecommendationLabels): string {
  switch (key) {
    case 'sur':
    case 'rs':
      return labels.state(value);
    case 'surGroup':
    case 'rsGroup':
      return labels.group(value);
    case 'response':
      return labels.response(value);
    case 'issue':
      return labels.issue(value);
    case 'cycle':
      return labels.cycle(Number(value));
    case 'session':
      return labels.session(Number(value));
    case 'actionCategory':
      return labels.actionCategory(Number(value));
  }
}
