/** Words and colours of the implementation statuses; the badge always carries the word (colour is never the only signal). */
import { useTranslation } from 'react-i18next';
import type { MonitoringStatus } from '../../core/outcome/monitoring-status.js';

export const STATUS_COLORS: Record<MonitoringStatus, string> = {
  'not-started': 'gray',
  'in-progress': 'blue',
  'partially-implemented': 'yellow',
  implemented: 'teal',
  regressed: 'red',
};

export function useStatusLabel() {
  const { t } = useTranslation();
  return (status: MonitoringStatus) => t(`outcome.monitoring.status.${status}`);
}

/** A server or form error key of the monitoring forms ("future-date", "required") as a sentence. */
export function useMonitoringError() {
  const { t } = useTranslation();
  return (key: string | undefined) =>
    key
      ? t(`outcome.monitoring.errors.${key}`, { defaultValue: t(`validation.${key}`, { defaultValue: t('validation.invalid') }) })
      : undefined;
}
