import { Button, Group, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MONITORING_STATUSES, isMonitoringStatus, type MonitoringStatus } from '../../core/outcome/monitoring-status.js';
import { isoDateSchema } from '../../shared/contracts/common.js';
import type { MonitoredRecommendationDto } from '../../shared/contracts/outcome-campaign.js';
import { isApiError } from '../api/api-error.js';
import { errorMessage } from '../i18n/error-message.js';
import { useAddEvidence, useUpdateMonitoring } from '../outcome/outcome-queries.js';
import { useMonitoringError, useStatusLabel } from './monitoring-labels.js';

type Errors = Record<string, string | undefined>;

/** Checks a date field: a real date, not after today (evidence and status changes are of the past). */
function dateProblem(value: string, today: string): string | undefined {
  if (!isoDateSchema.safeParse(value).success) return 'invalid-date';
  return value > today ? 'future-date' : undefined;
}

/** The server's field errors ({ path: 'date', message: 'future-date' }) by field. */
function serverErrors(error: unknown): Errors | null {
  if (!isApiError(error) || error.code !== 'validation') return null;
  const issues = error.fieldIssues();
  return Object.keys(issues).length > 0 ? issues : null;
}

interface Props {
  campaignId: string;
  item: MonitoredRecommendationDto;
  today: string;
}

/** The implementation status (dated, it goes on the timeline) and the ministry responsible. */
export function StatusForm({ campaignId, item, today }: Props) {
  const { t } = useTranslation();
  const label = useStatusLabel();
  const errorText = useMonitoringError();
  const update = useUpdateMonitoring(campaignId);
  const [status, setStatus] = useState<MonitoringStatus>(item.status);
  const [date, setDate] = useState(today);
  const [ministry, setMinistry] = useState(item.ministry);
  const [errors, setErrors] = useState<Errors>({});
  const changed = status !== item.status || ministry.trim() !== item.ministry;

  const save = () => {
    const found: Errors = { date: status !== item.status ? dateProblem(date, today) : undefined };
    setErrors(found);
    if (found.date) return;
    const patch = {
      ...(status !== item.status ? { status, date } : {}),
      ...(ministry.trim() !== item.ministry ? { ministry: ministry.trim() } : {}),
    };
    update.mutate(
      { recommendationId: item.id, patch },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('outcome.monitoring.statusSaved', { paragraph: item.paragraph }) }),
        onError: (error) => setErrors(serverErrors(error) ?? {}),
      },
    );
  };
  const id = `status-${item.id}`;
  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-start" wrap="wrap">
        <NativeSelect
          id={`${id}-status`}
          label={t('outcome.monitoring.statusLabel')}
          value={status}
          data={MONITORING_STATUSES.map((s) => ({ value: s, label: label(s) }))}
          onChange={(event) => isMonitoringStatus(event.currentTarget.value) && setStatus(event.currentTarget.value)}
          error={errorText(errors.status)}
        />
        {status !== item.status && (
          <TextInput
            id={`${id}-date`}
            type="date"
            label={t('outcome.monitoring.since')}
            value={date}
            max={today}
            min="2008-01-01"
            onChange={(event) => setDate(event.currentTarget.value)}
            error={errorText(errors.date)}
          />
        )}
        <TextInput
          id={`${id}-ministry`}
          label={t('outcome.monitoring.ministry')}
          placeholder={t('outcome.monitoring.ministryPlaceholder')}
          value={ministry}
          onChange={(event) => setMinistry(event.currentTarget.value)}
          error={errorText(errors.ministry)}
          maxLength={200}
          style={{ flex: '1 1 14rem' }}
        />
      </Group>
      {update.isError && !serverErrors(update.error) && (
        <Text size="sm" c="red.8" role="alert">
          {errorMessage(update.error, t)}
        </Text>
      )}
      <Button size="xs" w="fit-content" onClick={save} disabled={!changed} loading={update.isPending}>
        {t('outcome.monitoring.saveStatus')}
      </Button>
    </Stack>
  );
}

/** A dated piece of evidence (a law passed, a report, a court decision) and where it comes from. */
export function EvidenceForm({ campaignId, item, today }: Props) {
  const { t } = useTranslation();
  const errorText = useMonitoringError();
  const add = useAddEvidence(campaignId);
  const [date, setDate] = useState(today);
  const [text, setText] = useState('');
  const [source, setSource] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const submit = () => {
    const found: Errors = { date: dateProblem(date, today), text: text.trim() === '' ? 'required' : undefined };
    setErrors(found);
    if (found.date || found.text) return;
    add.mutate(
      { recommendationId: item.id, entry: { date, text: text.trim(), source: source.trim() } },
      {
        onSuccess: () => {
          setText('');
          setSource('');
          notifications.show({ color: 'teal', message: t('outcome.monitoring.evidenceAdded', { paragraph: item.paragraph }) });
        },
        onError: (error) => setErrors(serverErrors(error) ?? {}),
      },
    );
  };
  const id = `evidence-${item.id}`;
  return (
    // noValidate: our own messages, in the user's language, instead of the browser's bubbles.
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      aria-label={t('outcome.monitoring.evidenceTitle')}
    >
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('outcome.monitoring.evidenceTitle')}
        </Text>
        <TextInput
          id={`${id}-date`}
          type="date"
          label={t('outcome.monitoring.evidenceDate')}
          value={date}
          max={today}
          min="2008-01-01"
          onChange={(event) => setDate(event.currentTarget.value)}
          error={errorText(errors.date)}
          required
          w={{ base: '100%', xs: 200 }}
        />
        <Textarea
          id={`${id}-text`}
          label={t('outcome.monitoring.evidenceText')}
          placeholder={t('outcome.monitoring.evidencePlaceholder')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={errorText(errors.text)}
          required
          autosize
          minRows={2}
          maxLength={4000}
        />
        <TextInput
          id={`${id}-source`}
          label={t('outcome.monitoring.source')}
          placeholder={t('outcome.monitoring.sourcePlaceholder')}
          value={source}
          onChange={(event) => setSource(event.currentTarget.value)}
          error={errorText(errors.source)}
          maxLength={500}
        />
        {add.isError && !serverErrors(add.error) && (
          <Text size="sm" c="red.8" role="alert">
            {errorMessage(add.error, t)}
          </Text>
        )}
        <Button type="submit" size="xs" w="fit-content" loading={add.isPending}>
          {t('outcome.monitoring.addEvidence')}
        </Button>
      </Stack>
    </form>
  );
}
