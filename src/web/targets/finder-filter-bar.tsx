import { Group, MultiSelect, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REGIONAL_GROUPS } from '../../core/upr/calendar.js';
import { useRecommendationLabels } from '../recommendations/labels.js';
import type { FinderFilters } from './target-queries.js';

interface FinderFilterBarProps {
  filters: FinderFilters;
  onChange: (patch: Partial<FinderFilters>) => void;
}

/** The finder's filters: regional groups, EU members only, States already targeted left out. */
export function FinderFilterBar({ filters, onChange }: FinderFilterBarProps) {
  const { t } = useTranslation();
  const labels = useRecommendationLabels();
  const groupOptions = REGIONAL_GROUPS.map((g) => ({ value: g, label: labels.group(g) }));
  return (
    <Group gap="md" align="flex-end" wrap="wrap" className="no-print" component="section" aria-label={t('targets.filters')}>
      <MultiSelect
        label={t('targets.regionalGroups')}
        placeholder={filters.regionalGroup.length ? undefined : t('targets.allGroups')}
        data={groupOptions}
        value={filters.regionalGroup}
        onChange={(regionalGroup) => onChange({ regionalGroup })}
        clearable
        w={{ base: '100%', sm: 340 }}
        comboboxProps={{ withinPortal: true }}
      />
      <Switch label={t('targets.euOnly')} checked={filters.euOnly} onChange={(e) => onChange({ euOnly: e.currentTarget.checked })} />
      <Switch
        label={t('targets.excludeTargeted')}
        checked={filters.excludeTargeted}
        onChange={(e) => onChange({ excludeTargeted: e.currentTarget.checked })}
      />
    </Group>
  );
}
