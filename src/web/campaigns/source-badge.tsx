import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewDateSource } from '../../shared/contracts/index.js';

const COLORS: Record<ReviewDateSource, string> = { confirmed: 'teal', session: 'blue', estimated: 'orange', user: 'gray' };
const MARKS: Record<ReviewDateSource, string> = { confirmed: '✓ ', session: '', estimated: '≈ ', user: '' };

/** Where a review date comes from, as text (and colour): confirmed / session known / estimated / set by you. */
export function SourceBadge({ source }: { source: ReviewDateSource }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[source]} variant="light" tt="none">
      {MARKS[source]}
      {t(`source.${source}`)}
    </Badge>
  );
}
