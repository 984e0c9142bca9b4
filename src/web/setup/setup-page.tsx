import { Alert, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { setupRequestSchema, type SetupRequest } from '../../shared/contracts/index.js';
import { http } from '../api/http.js';
import { meQuery, setupStatusQuery } from '../auth/session-queries.js';
import { errorMessage } from '../i18n/error-message.js';
import { applyServerErrors, focusFirstError, inputProps } from '../i18n/form-errors.js';
import { currentLanguage } from '../i18n/i18n.js';
import { usePageTitle } from '../layout/use-page-title.js';

type Values = Required<Omit<SetupRequest, 'language'>>;

/** First run: the setup code from the server log, the organisation and its first admin. */
export function SetupPage() {
  const { t } = useTranslation();
  usePageTitle(t('setup.title'));
  const client = useQueryClient();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const status = useQuery(setupStatusQuery);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { setupCode: '', organisationName: '', name: '', email: '', password: '' },
    validate: (values) => schemaResolver(setupRequestSchema, { sync: true })({ ...values, language: currentLanguage() }),
    validateInputOnBlur: true,
  });
  const setup = useMutation({
    meta: { inlineErrors: true },
    mutationFn: (values: Values) => http<{ ok: true }>('/api/setup', { method: 'POST', body: { ...values, language: currentLanguage() } }),
    onSuccess: async () => {
      await client.refetchQueries({ queryKey: meQuery.queryKey });
      client.setQueryData(setupStatusQuery.queryKey, { needsSetup: false });
    },
    onMutate: () => setGeneralError(null),
    onError: (error) => {
      if (!applyServerErrors(form, error, { 'setup-code-invalid': 'setupCode' })) setGeneralError(error);
    },
  });

  // Straight into the first campaign after setup; anyone else arriving here later signs in.
  if (setup.isSuccess) return <Navigate to="/campaigns/new?first=1" replace />;
  if (status.data && !status.data.needsSetup) return <Navigate to="/login" replace />;

  return (
    <Stack>
      <Title order={1}>{t('setup.title')}</Title>
      <Text>{t('setup.intro')}</Text>
      {generalError !== null && (
        <Alert color="red" role="alert">
          {errorMessage(generalError, t)}
        </Alert>
      )}
      <form onSubmit={form.onSubmit((values) => setup.mutate(values), focusFirstError)} noValidate>
        <Stack>
          <TextInput
            label={t('setup.setupCode')}
            description={t('setup.setupCodeHint')}
            autoComplete="off"
            required
            {...inputProps(form, 'setupCode', t)}
          />
          <TextInput
            label={t('setup.organisationName')}
            autoComplete="organization"
            required
            {...inputProps(form, 'organisationName', t)}
          />
          <TextInput label={t('setup.name')} autoComplete="name" required {...inputProps(form, 'name', t)} />
          <TextInput label={t('setup.email')} type="email" autoComplete="email" required {...inputProps(form, 'email', t)} />
          <PasswordInput
            label={t('setup.password')}
            description={t('setup.passwordHint')}
            autoComplete="new-password"
            required
            {...inputProps(form, 'password', t)}
          />
          <Button type="submit" loading={setup.isPending}>
            {t('setup.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
