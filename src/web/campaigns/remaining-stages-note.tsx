import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatList, formatRelative } from '../i18n/format.js';
import { usePlanTexts } from '../i18n/use-plan-texts.js';
import { remainingStages } from './remaining-stages.js';

/** When the review is close or past: starting mid-cycle is normal, and these stages remain. */
export function RemainingStagesNote({ reviewDate, today }: { reviewDate: string; today: string }) {
  const { t, i18n } = useTranslation();
  const texts = usePlanTexts();
  const result = remainingStages(reviewDate, today);
  if (!result || result.timing === 'ahead') return null;
  const stages = formatList(
    result.remaining.map((key) => texts.stages[key].title),
    i18n.language,
  );
  const text =
    result.timing === 'past'
      ? t('newCampaign.past', { stages })
      : t('newCampaign.soon', { stages, relative: formatRelative(today, reviewDate, i18n.language) });
  return (
    <Alert color="blue" variant="light" role="status">
      {text}
    </Alert>
  );
}
