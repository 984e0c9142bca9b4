import { Alert, Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { resetPasswordSchema, type PasswordResetPreviewDto } from '../../shared/contracts/account-security.js';
import { http } from '../api/http.js';
import { errorMessage } from '../i18n/error-message.js';
import { applyServerErrors, focusFirstError, inputProps } from '../i18n/form-errors.js';
import { PageSkeleton } from '../layout/page-skeleton.js';
import { usePageTitle } from '../layout/use-page-title.js';

/**
 * A member opens the one-time link their admin made and chooses a new password. They are not
 * signed in by it: the sign-in page follows, with two-step sign-in if it is on.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('security.reset.pageTitle'));
  const { token = '' } = useParams();
  const path = `/api/password-resets/by-token/${encodeURIComponent(token)}`;
  const [generalError, setGeneralError] = useState<unknown>(null);
  const preview = useQuery({ queryKey: ['password-reset', token], queryFn: () => http<PasswordResetPreviewDto>(path), retry: false });
  const form = useForm<{ password: string }>({
    mode: 'controlled',
    initialValues: { password: '' },
    validate: schemaResolver(resetPasswordSchema, { sync: true }),
    validateInputOnBlur: true,
  });
  const save = useMutation({
    meta: { inlineErrors: true },
    mutationFn: (values: { password: string }) => http<{ ok: true }>(path, { method: 'POST', body: values }),
    onMutate: () => setGeneralError(null),
    onError: (error) => {
      if (!applyServerErrors(form, error)) setGeneralError(error);
    },
  });
  const toSignIn = (
    <Button component={Link} to="/login" variant="light" w="fit-content">
      {t('security.reset.goToSignIn')}
    </Button>
  );

  if (preview.isPending) return <PageSkeleton lines={2} />;
  if (preview.isError) {
    return (
      <Stack>
        <Title order={1}>{t('security.reset.pageTitle')}</Title>
        <Alert color="red" role="alert">
          {errorMessage(preview.error, t)}
        </Alert>
        {toSignIn}
      </Stack>
    );
  }
  if (save.isSuccess) {
    return (
      <Stack>
        <Title order={1}>{t('security.reset.pageTitle')}</Title>
        <Alert color="teal" role="status">
          {t('security.reset.done')}
        </Alert>
        {toSignIn}
      </Stack>
    );
  }
  return (
    <Stack>
      <Title order={1}>{t('security.reset.pageTitle')}</Title>
      <Text>{t('security.reset.pageIntro', { email: preview.data.email, organisation: preview.data.organisationName })}</Text>
      <form onSubmit={form.onSubmit((values) => save.mutate(values), focusFirstError)} noValidate>
        <Stack>
          <PasswordInput
            label={t('security.reset.newPassword')}
            description={t('security.password.newHelp')}
            autoComplete="new-password"
            required
            {...inputProps(form, 'password', t)}
          />
          {generalError !== null && (
            <Alert color="red" role="alert">
              {errorMessage(generalError, t)}
            </Alert>
          )}
          <Button type="submit" loading={save.isPending}>
            {t('security.reset.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
