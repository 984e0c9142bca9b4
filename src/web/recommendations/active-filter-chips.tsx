import { Button, Group, Pill } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { facetValueLabel } from './facet-value-label.js';
import { useRecommendationLabels } from './labels.js';
import { FACET_KEYS, type FacetKey, type SearchState } from './search-state.js';

interface ActiveFilterChipsProps {
  state: SearchState;
  onRemove: (key: FacetKey, value: string) => void;
  onClear: () => void;
}

/** The ticked facet values as removable chips, with a way to clear them all. */
export function ActiveFilterChips({ state, onRemove, onClear }: ActiveFilterChipsProps) {
  const { t } = useTranslation();
  const labels = useRecommendationLabels();
  const chips = FACET_KEYS.flatMap((key) =>
    state.filters[key].map((value) => ({ key, value, label: facetValueLabel(key, value, labels) })),
  );
  if (chips.length === 0) return null;
  return (
    <Group gap={6} wrap="wrap" aria-label={t('recommendations.activeFilters')} role="list">
      {chips.map((chip) => (
        <Pill
          key={`${chip.key}:${chip.value}`}
          role="listitem"
          size="md"
          withRemoveButton
          onRemove={() => onRemove(chip.key, chip.value)}
          // Pill hides its remove button from the keyboard (made for inputs); here it is the way to remove.
          removeButtonProps={{
            'aria-label': t('recommendations.removeFilter', { filter: chip.label }),
            'aria-hidden': false,
            tabIndex: 0,
          }}
        >
          {t(`recommendations.facets.${chip.key}`)}: {chip.label}
        </Pill>
      ))}
      <Button variant="subtle" size="compact-sm" onClick={onClear}>
        {t('recommendations.clearFilters')}
      </Button>
    </Group>
  );
}
