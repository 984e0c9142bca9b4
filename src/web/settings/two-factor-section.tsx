import { Alert, Badge, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryCodesDto } from '../../shared/contracts/account-security.js';
import { http } from '../api/http.js';
import { useMe } from '../auth/session-queries.js';
import { LoadError } from '../layout/load-error.js';
import { PasswordConfirmModal } from './password-confirm-modal.js';
import { RecoveryCodes } from './recovery-codes.js';
import { securityKeys, securityStatusQuery } from './security-queries.js';
import { TwoFactorSetup } from './two-factor-setup.js';

type Dialog = 'regenerate' | 'disable' | null;

/** My two-step sign-in: its state, setting it up, new recovery codes, turning it off. */
export function TwoFactorSection() {
  const { t } = useTranslation();
  const me = useMe();
  const client = useQueryClient();
  const status = useQuery(securityStatusQuery);
  const [settingUp, setSettingUp] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [freshCodes, setFreshCodes] = useState<string[] | null>(null);
  const refresh = () => void client.invalidateQueries({ queryKey: securityKeys.status });
  const regenerate = useMutation({
    meta: { inlineErrors: true },
    mutationFn: (password: string) => http<RecoveryCodesDto>('/api/account/two-factor/recovery-codes', { method: 'POST', body: { password } }),
    onSuccess: (result) => {
      setDialog(null);
      setFreshCodes(result.recoveryCodes);
      refresh();
    },
  });
  const disable = useMutation({
    meta: { inlineErrors: true },
    mutationFn: (password: string) => http<unknown>('/api/account/two-factor/disable', { method: 'POST', body: { password } }),
    onSuccess: () => {
      setDialog(null);
      notifications.show({ color: 'teal', message: t('security.twoFactor.turnedOff') });
      refresh();
    },
  });
  const close = () => {
    setDialog(null);
    regenerate.reset();
    disable.reset();
  };

  const state = status.data;
  return (
    <Stack gap="sm" component="section" aria-labelledby="two-factor-title">
      <Title order={2} size="h3" id="two-factor-title">
        {t('security.twoFactor.title')}
      </Title>
      <Text>{t('security.twoFactor.intro')}</Text>
      {status.isPending && <Skeleton height={36} />}
      {status.isError && <LoadError error={status.error} onRetry={() => void status.refetch()} />}
      {state && (
        <Group gap="xs">
          <Badge color={state.twoFactor.enabled ? 'teal' : 'gray'} variant="light" size="lg">
            {t(state.twoFactor.enabled ? 'security.twoFactor.on' : 'security.twoFactor.off')}
          </Badge>
          {state.twoFactor.enabled && <Text size="sm">{t('security.twoFactor.recoveryLeft', { n: state.twoFactor.recoveryCodesLeft })}</Text>}
        </Group>
      )}
      {state?.organisationRequiresTwoFactor && (
        <Alert color="blue" variant="light">
          {t('security.twoFactor.required')}
        </Alert>
      )}
      {freshCodes && <RecoveryCodes codes={freshCodes} email={me.user.email} onDone={() => setFreshCodes(null)} />}
      {state && !state.twoFactor.enabled && !settingUp && (
        <Button w="fit-content" onClick={() => setSettingUp(true)}>
          {t('security.twoFactor.start')}
        </Button>
      )}
      {settingUp && (
        <TwoFactorSetup
          email={me.user.email}
          onCancel={() => setSettingUp(false)}
          onFinished={() => {
            setSettingUp(false);
            refresh();
            notifications.show({ color: 'teal', message: t('security.twoFactor.turnedOn') });
          }}
        />
      )}
      {state?.twoFactor.enabled && !freshCodes && !settingUp && (
        <Group gap="xs">
          <Button variant="light" onClick={() => setDialog('regenerate')}>
            {t('security.twoFactor.regenerate')}
          </Button>
          {!state.organisationRequiresTwoFactor && (
            <Button variant="subtle" color="red" onClick={() => setDialog('disable')}>
              {t('security.twoFactor.disable')}
            </Button>
          )}
        </Group>
      )}
      {state?.twoFactor.enabled && state.organisationRequiresTwoFactor && (
        <Text size="sm" c="dimmed">
          {t('security.twoFactor.cannotDisable')}
        </Text>
      )}
      <PasswordConfirmModal
        opened={dialog === 'regenerate'}
        title={t('security.twoFactor.regenerate')}
        text={t('security.twoFactor.regenerateText')}
        submitLabel={t('security.twoFactor.regenerate')}
        loading={regenerate.isPending}
        error={regenerate.error}
        onSubmit={(password) => regenerate.mutate(password)}
        onClose={close}
      />
      <PasswordConfirmModal
        opened={dialog === 'disable'}
        title={t('security.twoFactor.disable')}
        text={t('security.twoFactor.disableText')}
        submitLabel={t('security.twoFactor.disable')}
        loading={disable.isPending}
        error={disable.error}
        onSubmit={(password) => disable.mutate(password)}
        onClose={close}
      />
    </Stack>
  );
}
