import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addDays, isIsoDate } from '../../core/dates.js';
import type { PlanWarning } from '../../shared/contracts/index.js';
import { formatDate, formatRelative } from '../i18n/format.js';

/** Warnings of the planner (review date far from any session, past, or close), as callouts. */
export function CampaignWarnings({ warnings, today }: { warnings: PlanWarning[]; today: string }) {
  const { t, i18n } = useTranslation();
  if (warnings.length === 0) return null;
  const language = i18n.language;
  return (
    <Stack gap="xs">
      {warnings.map((warning) => {
        const { expected, days } = warning.params;
        const values = {
          expected: typeof expected === 'string' && isIsoDate(expected) ? formatDate(expected, language) : String(expected ?? ''),
          relative:
            typeof days === 'number' ? formatRelative(today, addDays(today, warning.code === 'review-past' ? -days : days), language) : '',
        };
        return (
          <Alert key={warning.code} color={warning.code === 'review-far-from-session' ? 'orange' : 'blue'} variant="light">
            {t(`campaign.warnings.${warning.code}`, { ...values, defaultValue: warning.code })}
          </Alert>
        );
      })}
    </Stack>
  );
}
