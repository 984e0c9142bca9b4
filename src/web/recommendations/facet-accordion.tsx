import { Accordion, Badge, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecommendationFacetsDto } from '../../shared/contracts/recommendations.js';
import { FacetPanel } from './facet-panel.js';
import { facetValueLabel } from './facet-value-label.js';
import { useRecommendationLabels } from './labels.js';
import { FACET_KEYS, type FacetKey, type SearchState } from './search-state.js';

/** Facets open at first (others open when they hold a ticked value). */
const OPEN_FACETS: FacetKey[] = ['response', 'issue', 'sur', 'rs'];

/** Sessions newest first (people look for recent ones); the other facets as the server orders them. */
function bucketsOf(facets: RecommendationFacetsDto, key: FacetKey) {
  const buckets = facets[key] as { value: string | number; count: number }[];
  return key === 'session' ? [...buckets].sort((a, b) => Number(b.value) - Number(a.value)) : buckets;
}

interface FacetAccordionProps {
  state: SearchState;
  facets: RecommendationFacetsDto | undefined;
  onToggle: (key: FacetKey, value: string) => void;
  /** Phones open only the panels in use, so the results stay near. */
  compact: boolean;
}

/** The search's facets, one accordion panel each, with the count of ticked values. */
export function FacetAccordion({ state, facets, onToggle, compact }: FacetAccordionProps) {
  const { t } = useTranslation();
  const labels = useRecommendationLabels();
  const [open, setOpen] = useState<string[]>(() => [
    ...new Set([...(compact ? ['response'] : OPEN_FACETS), ...FACET_KEYS.filter((k) => state.filters[k].length > 0)]),
  ]);
  return (
    <Accordion multiple value={open} onChange={setOpen} variant="separated" chevronPosition="right">
      {FACET_KEYS.map((key) => {
        const ticked = state.filters[key].length;
        return (
          <Accordion.Item key={key} value={key}>
            <Accordion.Control>
              <Group gap={6} wrap="wrap">
                <Text fw={600} size="sm">
                  {t(`recommendations.facets.${key}`)}
                </Text>
                {ticked > 0 && (
                  <Badge size="sm" variant="light" tt="none" style={{ flexShrink: 0 }}>
                    {t('recommendations.ticked', { n: ticked })}
                  </Badge>
                )}
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              {facets ? (
                <FacetPanel
                  title={t(`recommendations.facets.${key}`)}
                  buckets={bucketsOf(facets, key)}
                  selected={state.filters[key]}
                  labelOf={(value) => facetValueLabel(key, value, labels)}
                  onToggle={(value) => onToggle(key, value)}
                  help={
                    key === 'response'
                      ? t('recommendations.responseFacetHelp')
                      : key === 'actionCategory'
                        ? t('recommendations.actionFacetHelp')
                        : undefined
                  }
                />
              ) : (
                <Stack gap={6}>
                  {[1, 2, 3].map((i) => (
                    <Skeleton key={i} height={16} />
                  ))}
                </Stack>
              )}
            </Accordion.Panel>
          </Accordion.Item>
        );
      })}
    </Accordion>
  );
}
