import { Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StateDto } from '../../shared/contracts/index.js';
import { http } from '../api/http.js';
import { queryKeys } from '../api/query-keys.js';

export function stateName(state: StateDto, language: string): string {
  return (state.names as Record<string, string | undefined>)[language] ?? state.name;
}

interface Props {
  value: StateDto | null;
  onChange: (state: StateDto | null) => void;
  error?: string | undefined;
  initialSearch?: string;
}

/**
 * The State under review, found by the server in Russian, English or ISO3 ("Казах", "kazakh",
 * "KAZ"). The server does the matching, so the Select must not filter the options again.
 */
export function StatePicker({ value, onChange, error, initialSearch = '' }: Props) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState(initialSearch);
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const selectedLabel = value ? stateName(value, i18n.language) : null;
  const query = debounced.length >= 2 && debounced !== selectedLabel ? debounced : '';
  const states = useQuery({
    queryKey: queryKeys.states(query),
    queryFn: ({ signal }) => http<StateDto[]>(`/api/states?q=${encodeURIComponent(query)}`, { signal }),
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 10 * 60_000,
  });
  const options = useMemo(() => {
    const list = [...(query ? (states.data ?? []) : [])];
    if (value && !list.some((s) => s.iso3 === value.iso3)) list.unshift(value);
    return list;
  }, [states.data, value, query]);
  const byIso3 = new Map(options.map((s) => [s.iso3, s]));

  return (
    <Select
      label={t('newCampaign.state')}
      description={t('newCampaign.stateHint')}
      placeholder={t('newCampaign.statePlaceholder')}
      required
      searchable
      clearable
      value={value?.iso3 ?? null}
      onChange={(iso3) => onChange(iso3 ? (byIso3.get(iso3) ?? null) : null)}
      searchValue={search}
      onSearchChange={setSearch}
      data={options.map((s) => ({ value: s.iso3, label: stateName(s, i18n.language) }))}
      filter={({ options: all }) => all}
      renderOption={({ option }) => (
        <Group justify="space-between" w="100%" wrap="nowrap">
          <Text size="sm">{option.label}</Text>
          <Text size="xs" c="dimmed">
            {option.value}
          </Text>
        </Group>
      )}
      nothingFoundMessage={
        search.trim().length < 2 ? t('newCampaign.typeMore') : states.isFetching ? t('app.loading') : t('newCampaign.nothingFound')
      }
      error={error}
      data-path="stateIso3"
      maxDropdownHeight={280}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
