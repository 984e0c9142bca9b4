import { Button, Collapse, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format.js';

interface FilterSidebarProps {
  /** The facet panels. */
  children: ReactNode;
  /** Wide screens show the facets; narrow ones fold them behind a button. */
  wide: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  filterCount: number;
  /** The result count, or undefined while searching. */
  total: number | undefined;
  /** Closes the facets and moves to the results. */
  onShowResults: () => void;
}

/** The filters column: the facets, folded on narrow screens. */
export function FilterSidebar({ children, wide, open, onOpenChange, filterCount, total, onShowResults }: FilterSidebarProps) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-label={t('recommendations.filters')}>
      {wide ? (
        children
      ) : (
        <>
          <Button
            variant="default"
            onClick={() => onOpenChange(!open)}
            aria-expanded={open}
            aria-controls="recommendation-facets"
            w="fit-content"
          >
            {filterCount > 0 ? t('recommendations.filtersWithCount', { n: filterCount }) : t('recommendations.filters')}
          </Button>
          <Collapse expanded={open} id="recommendation-facets">
            <Stack gap="xs">
              {children}
              <Button variant="light" onClick={onShowResults}>
                {total !== undefined
                  ? t('recommendations.showResults', { n: formatNumber(total, i18n.language) })
                  : t('recommendations.searching')}
              </Button>
            </Stack>
          </Collapse>
        </>
      )}
    </Stack>
  );
}
