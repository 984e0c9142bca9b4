import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../core/access/roles.js';
import { inviteRequestSchema, type CreatedInvitationDto, type InviteRequest } from '../../shared/contracts/index.js';
import { http } from '../api/http.js';
import { queryKeys } from '../api/query-keys.js';
import { errorMessage } from '../i18n/error-message.js';
import { applyServerErrors, focusFirstError, inputProps } from '../i18n/form-errors.js';
import { CopyField } from '../layout/copy-field.js';

function absolute(link: string): string {
  return link.startsWith('/') ? `${window.location.origin}${link}` : link;
}

/** Invite by e-mail and role; the one-time link is shown once, to copy and send. */
export function InviteForm() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [created, setCreated] = useState<CreatedInvitationDto | null>(null);
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<InviteRequest>({
    mode: 'controlled',
    initialValues: { email: '', role: 'editor' },
    validate: schemaResolver(inviteRequestSchema, { sync: true }),
    validateInputOnBlur: ['email'],
  });
  const invite = useMutation({
    meta: { inlineErrors: true },
    mutationFn: (body: InviteRequest) => http<CreatedInvitationDto>('/api/invitations', { method: 'POST', body }),
    onMutate: () => setGeneralError(null),
    onSuccess: (invitation) => {
      setCreated(invitation);
      form.reset();
      void client.invalidateQueries({ queryKey: queryKeys.invitations });
    },
    onError: (error) => {
      if (!applyServerErrors(form, error)) setGeneralError(error);
    },
  });
  return (
    <Stack gap="xs" component="section" aria-labelledby="invite-title">
      <Title order={2} size="h3" id="invite-title">
        {t('settings.invite')}
      </Title>
      <form onSubmit={form.onSubmit((values) => invite.mutate(values), focusFirstError)} noValidate>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput label={t('settings.inviteEmail')} type="email" required miw={240} {...inputProps(form, 'email', t)} />
          <Select
            label={t('settings.inviteRole')}
            data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            allowDeselect={false}
            miw={220}
            {...inputProps(form, 'role', t)}
          />
          <Button type="submit" loading={invite.isPending} mt={25}>
            {t('settings.inviteSubmit')}
          </Button>
        </Group>
      </form>
      {generalError !== null && (
        <Alert color="red" role="alert">
          {errorMessage(generalError, t)}
        </Alert>
      )}
      {created && (
        <Paper withBorder p="sm" bg="teal.0">
          <Stack gap="xs">
            <CopyField
              label={t('settings.inviteLink', { email: created.email })}
              description={t('settings.inviteLinkHint')}
              value={absolute(created.link)}
            />
            {created.mailed && <Text size="sm">{t('settings.inviteMailed')}</Text>}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
