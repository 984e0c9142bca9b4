import { Alert, Button, Group, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { can } from '../../core/access/roles.js';
import { isoDateSchema, type ReviewSuggestionDto, type StateDto } from '../../shared/contracts/index.js';
import { isApiError } from '../api/api-error.js';
import { http } from '../api/http.js';
import { queryKeys } from '../api/query-keys.js';
import { useMe } from '../auth/session-queries.js';
import { errorMessage, validationMessage } from '../i18n/error-message.js';
import { applyServerErrors, focusFirstError, inputProps } from '../i18n/form-errors.js';
import { todayIso } from '../i18n/format.js';
import { LoadError } from '../layout/load-error.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { useCreateCampaign } from './campaign-queries.js';
import { RemainingStagesNote } from './remaining-stages-note.js';
import { ReviewDateChoice, type ReviewChoice } from './review-date-choice.js';
import { SourceBadge } from './source-badge.js';
import { StatePicker } from './state-picker.js';

interface Values {
  reviewDate: string;
  name: string;
}

function dateError(value: string): string | null {
  const result = isoDateSchema.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? 'invalid-date');
}

/** Pick the State, accept or change the suggested review date, create the campaign. */
export function NewCampaignPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const first = params.get('first') === '1';
  const prefill = params.get('state')?.toUpperCase() ?? '';
  usePageTitle(t(first ? 'newCampaign.firstTitle' : 'newCampaign.title'));
  const me = useMe();
  const navigate = useNavigate();
  const today = todayIso();
  const [state, setState] = useState<StateDto | null>(null);
  const [stateError, setStateError] = useState<string | undefined>();
  const [choice, setChoice] = useState<ReviewChoice>('next');
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { reviewDate: '', name: '' },
    validate: { reviewDate: dateError, name: (v) => (v.trim().length > 160 ? 'too-long' : null) },
    validateInputOnChange: ['reviewDate'],
  });
  const suggestion = useQuery({
    queryKey: queryKeys.reviewDate(state?.iso3 ?? ''),
    queryFn: () => http<ReviewSuggestionDto>(`/api/states/${state?.iso3 ?? ''}/review-date`),
    enabled: state !== null,
  });
  const prefilled = useQuery({
    queryKey: queryKeys.states(prefill),
    queryFn: () => http<StateDto[]>(`/api/states?q=${encodeURIComponent(prefill)}`),
    enabled: /^[A-Z]{3}$/.test(prefill),
  });
  const create = useCreateCampaign();

  useEffect(() => {
    const match = prefilled.data?.find((s) => s.iso3 === prefill);
    if (match) setState((current) => current ?? match);
  }, [prefilled.data, prefill]);

  const next = suggestion.data?.next.reviewDate;
  useEffect(() => {
    if (next) {
      form.setFieldValue('reviewDate', next);
      setChoice('next');
    }
    // Reset only when the suggestion changes (not on every form render).
  }, [next]);

  const choose = (which: 'next' | 'previous') => {
    const estimate = which === 'next' ? suggestion.data?.next : suggestion.data?.previous;
    if (estimate) form.setFieldValue('reviewDate', estimate.reviewDate);
    setChoice(which);
  };
  const onDateChange = (value: string) => {
    form.setFieldValue('reviewDate', value);
    const s = suggestion.data;
    setChoice(value === s?.next.reviewDate ? 'next' : value === s?.previous?.reviewDate ? 'previous' : 'user');
  };

  const requireState = (errors: Record<string, unknown>) => {
    setStateError(state ? undefined : t('validation.required'));
    focusFirstError(state ? errors : { stateIso3: true, ...errors });
  };
  const submit = form.onSubmit((values) => {
    if (!state) return setStateError(t('validation.required'));
    if (!values.reviewDate) return;
    setGeneralError(null);
    create.mutate(
      { stateIso3: state.iso3, reviewDate: values.reviewDate, name: values.name.trim() || undefined },
      {
        onSuccess: (campaign) => {
          notifications.show({ color: 'teal', message: t('newCampaign.created') });
          void navigate(`/campaigns/${campaign.id}`);
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'unknown-state') {
            const names = (error.details.suggestions ?? []).join(', ');
            return setStateError(names ? t('newCampaign.didYouMean', { names }) : t('errors.unknown-state'));
          }
          if (!applyServerErrors(form, error)) setGeneralError(error);
        },
      },
    );
  }, requireState);

  if (!can(me.role, 'campaign.create')) return <Alert color="orange">{t('errors.forbidden')}</Alert>;

  return (
    <Stack maw={640}>
      <Title order={1}>{t(first ? 'newCampaign.firstTitle' : 'newCampaign.title')}</Title>
      {first && <Text>{t('newCampaign.firstIntro')}</Text>}
      <form onSubmit={submit} noValidate>
        <Stack>
          <StatePicker
            value={state}
            initialSearch={prefill}
            onChange={(value) => {
              setState(value);
              setStateError(undefined);
            }}
            error={stateError}
          />
          {state && suggestion.isPending && (
            <Stack gap="xs" role="status" aria-label={t('newCampaign.loadingDate')}>
              <Skeleton height={20} width="40%" />
              <Skeleton height={64} />
            </Stack>
          )}
          {state && suggestion.isError && <LoadError error={suggestion.error} onRetry={() => void suggestion.refetch()} />}
          {state && (suggestion.data || suggestion.isError) && (
            <>
              {suggestion.data && <ReviewDateChoice suggestion={suggestion.data} choice={choice} onChoose={choose} />}
              <Group align="flex-end" gap="xs">
                <TextInput
                  type="date"
                  label={t('newCampaign.reviewDate')}
                  description={t('newCampaign.reviewDateHint')}
                  required
                  min="2008-01-01"
                  max="2040-12-31"
                  {...inputProps(form, 'reviewDate', t)}
                  onChange={(event) => onDateChange(event.currentTarget.value)}
                  error={validationMessage(form.errors.reviewDate, t)}
                />
                {choice === 'user' && <SourceBadge source="user" />}
              </Group>
              <RemainingStagesNote reviewDate={form.values.reviewDate} today={today} />
              <TextInput label={t('newCampaign.name')} description={t('newCampaign.nameHint')} {...inputProps(form, 'name', t)} />
            </>
          )}
          {generalError !== null && (
            <Alert color="red" role="alert">
              {errorMessage(generalError, t)}
            </Alert>
          )}
          <Button type="submit" loading={create.isPending} w="fit-content">
            {t('newCampaign.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
