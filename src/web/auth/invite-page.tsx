import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { acceptInvitationSchema, type AcceptInvitationRequest, type InvitationPreviewDto } from '../../shared/contracts/index.js';
import { http } from '../api/http.js';
import { queryKeys } from '../api/query-keys.js';
import { errorMessage } from '../i18n/error-message.js';
import { applyServerErrors, focusFirstError, inputProps } from '../i18n/form-errors.js';
import { PageSkeleton } from '../layout/page-skeleton.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { meQuery } from './session-queries.js';

/** A new member opens the one-time link, sees who invites them and as what, and picks a password. */
export function InvitePage() {
  const { t } = useTranslation();
  usePageTitle(t('invite.title'));
  const { token = '' } = useParams();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const path = `/api/invitations/by-token/${encodeURIComponent(token)}`;
  const preview = useQuery({ queryKey: queryKeys.invitation(token), queryFn: () => http<InvitationPreviewDto>(path), retry: false });
  const form = useForm<AcceptInvitationRequest>({
    mode: 'controlled',
    initialValues: { name: '', password: '' },
    validate: schemaResolver(acceptInvitationSchema, { sync: true }),
    validateInputOnBlur: true,
  });
  const accept = useMutation({
    meta: { inlineErrors: true },
    mutationFn: (values: AcceptInvitationRequest) => http<{ ok: true }>(`${path}/accept`, { method: 'POST', body: values }),
    onMutate: () => setGeneralError(null),
    onSuccess: async () => {
      await client.refetchQueries({ queryKey: meQuery.queryKey });
      void navigate('/dashboard', { replace: true });
    },
    onError: (error) => {
      if (!applyServerErrors(form, error)) setGeneralError(error);
    },
  });

  if (preview.isPending) return <PageSkeleton lines={2} />;
  if (preview.isError) {
    return (
      <Stack>
        <Title order={1}>{t('invite.invalidTitle')}</Title>
        <Alert color="red" role="alert">
          {errorMessage(preview.error, t)}
        </Alert>
        <Button component={Link} to="/login" variant="light" w="fit-content">
          {t('auth.submit')}
        </Button>
      </Stack>
    );
  }
  const invitation = preview.data;
  return (
    <Stack>
      <Title order={1}>{t('invite.title')}</Title>
      <Paper withBorder p="md">
        <Text fw={600}>{t('invite.intro', { organisation: invitation.organisationName })}</Text>
        <Text>{t('invite.role', { role: t(`roles.${invitation.role}`) })}</Text>
        <Text c="dimmed" size="sm">
          {t('invite.email', { email: invitation.email })}
        </Text>
      </Paper>
      {generalError !== null && (
        <Alert color="red" role="alert">
          {errorMessage(generalError, t)}
        </Alert>
      )}
      <form onSubmit={form.onSubmit((values) => accept.mutate(values), focusFirstError)} noValidate>
        <Stack>
          <input type="hidden" name="username" autoComplete="username" value={invitation.email} readOnly />
          <TextInput label={t('invite.name')} autoComplete="name" required {...inputProps(form, 'name', t)} />
          <PasswordInput
            label={t('invite.password')}
            description={t('setup.passwordHint')}
            autoComplete="new-password"
            required
            {...inputProps(form, 'password', t)}
          />
          <Button type="submit" loading={accept.isPending}>
            {t('invite.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
