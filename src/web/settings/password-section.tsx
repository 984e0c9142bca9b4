import { Alert, Button, PasswordInput, Stack, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changePasswordSchema, type ChangePasswordRequest } from '../../shared/contracts/account-security.js';
import { http } from '../api/http.js';
import { errorMessage } from '../i18n/error-message.js';
import { applyServerErrors, focusFirstError, inputProps } from '../i18n/form-errors.js';
import { securityKeys } from './security-queries.js';

/** Messages of this form that live in the security catalog rather than the common one. */
const OWN_MESSAGES = new Set(['password-same']);

/** Change my password (the current one first); every other session of mine ends. */
export function PasswordSection() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<ChangePasswordRequest>({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '' },
    validate: schemaResolver(changePasswordSchema, { sync: true }),
    validateInputOnBlur: ['newPassword'],
  });
  const change = useMutation({
    meta: { inlineErrors: true },
    mutationFn: (body: ChangePasswordRequest) => http<{ sessionsRevoked: number }>('/api/account/password', { method: 'POST', body }),
    onMutate: () => setGeneralError(null),
    onSuccess: () => {
      form.reset();
      notifications.show({ color: 'teal', message: t('security.password.changed') });
      void client.invalidateQueries({ queryKey: securityKeys.sessions });
    },
    onError: (error) => {
      if (!applyServerErrors(form, error, { 'password-wrong': 'currentPassword' })) setGeneralError(error);
    },
  });
  const field = (path: keyof ChangePasswordRequest) => {
    const props = inputProps(form, path, t);
    const key = form.errors[path];
    return typeof key === 'string' && OWN_MESSAGES.has(key) ? { ...props, error: t(`security.validation.${key}`) } : props;
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby="password-title">
      <Title order={2} size="h3" id="password-title">
        {t('security.password.title')}
      </Title>
      <form onSubmit={form.onSubmit((values) => change.mutate(values), focusFirstError)} noValidate>
        <Stack gap="sm" maw={420}>
          <PasswordInput label={t('security.password.current')} autoComplete="current-password" required {...field('currentPassword')} />
          <PasswordInput
            label={t('security.password.new')}
            description={t('security.password.newHelp')}
            autoComplete="new-password"
            required
            {...field('newPassword')}
          />
          {generalError !== null && (
            <Alert color="red" role="alert">
              {errorMessage(generalError, t)}
            </Alert>
          )}
          <Button type="submit" loading={change.isPending} w="fit-content">
            {t('security.password.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
