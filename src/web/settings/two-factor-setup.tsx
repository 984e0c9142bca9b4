import { Alert, Button, Group, Image, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryCodesDto, TwoFactorSetupDto } from '../../shared/contracts/account-security.js';
import { isApiError } from '../api/api-error.js';
import { http } from '../api/http.js';
import { errorMessage } from '../i18n/error-message.js';
import { CopyField } from '../layout/copy-field.js';
import { RecoveryCodes } from './recovery-codes.js';

interface Props {
  email: string;
  /** Called once the recovery codes were acknowledged (two-step sign-in is on by then): refresh the status. */
  onFinished: () => void;
  onCancel?: () => void;
}

/** A server refusal as a field message (wrong password or code) or null when it belongs above the form. */
function fieldMessage(error: unknown, code: string, t: (key: string) => string): string | undefined {
  return isApiError(error) && error.code === code ? t(`errors.${code}`) : undefined;
}

/**
 * Turning on two-step sign-in: the password again, then the QR code (drawn by our server) or
 * the key to type, then the first code from the app, then the recovery codes, shown once.
 */
export function TwoFactorSetup({ email, onFinished, onCancel }: Props) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [formatError, setFormatError] = useState<string | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const start = useMutation({
    meta: { inlineErrors: true },
    mutationFn: () => http<TwoFactorSetupDto>('/api/account/two-factor/setup', { method: 'POST', body: { password } }),
    onSuccess: () => setPassword(''),
  });
  const confirm = useMutation({
    meta: { inlineErrors: true },
    mutationFn: (value: string) => http<RecoveryCodesDto>('/api/account/two-factor/confirm', { method: 'POST', body: { code: value } }),
    // The status is refreshed by the parent once the codes are saved: refreshing now would
    // unmount this setup (two-step sign-in is on) before the codes were seen.
    onSuccess: (result) => setCodes(result.recoveryCodes),
  });

  if (codes) return <RecoveryCodes codes={codes} email={email} onDone={onFinished} />;

  const submitPassword = (event: FormEvent) => {
    event.preventDefault();
    if (password) start.mutate();
  };
  const submitCode = (event: FormEvent) => {
    event.preventDefault();
    const value = code.replace(/\s+/g, '');
    setFormatError(/^\d{6}$/.test(value) ? null : t('security.validation.totp-code'));
    if (/^\d{6}$/.test(value)) confirm.mutate(value);
  };
  const generalError = (error: unknown, fieldCode: string) =>
    error && !(isApiError(error) && error.code === fieldCode) ? (
      <Alert color="red" role="alert">
        {errorMessage(error, t)}
      </Alert>
    ) : null;

  if (!start.data) {
    return (
      <form onSubmit={submitPassword} noValidate>
        <Stack gap="sm" maw={420}>
          <PasswordInput
            label={t('security.twoFactor.password')}
            description={t('security.twoFactor.passwordHelp')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={fieldMessage(start.error, 'password-wrong', t)}
          />
          {generalError(start.error, 'password-wrong')}
          <StepActions label={t('security.twoFactor.continue')} pending={start.isPending} onCancel={onCancel} />
        </Stack>
      </form>
    );
  }

  const setup = start.data;
  return (
    <Stack gap="md" maw={560}>
      <Text fw={600}>{t('security.twoFactor.scan')}</Text>
      <Image src={setup.qrCode} alt={t('security.twoFactor.qrAlt')} w={220} h={220} bg="white" />
      <CopyField label={t('security.twoFactor.manualKey')} value={setup.manualKey} />
      <CopyField label={t('security.twoFactor.setupLink')} value={setup.otpauthUri} />
      <form onSubmit={submitCode} noValidate>
        <Stack gap="sm">
          <Text fw={600}>{t('security.twoFactor.enterCode')}</Text>
          <TextInput
            label={t('security.twoFactor.code')}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            required
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={8}
            w={200}
            styles={{ input: { fontFamily: 'monospace', letterSpacing: '0.1em' } }}
            error={formatError ?? fieldMessage(confirm.error, 'two-factor-code-invalid', t)}
          />
          {generalError(confirm.error, 'two-factor-code-invalid')}
          <StepActions label={t('security.twoFactor.confirm')} pending={confirm.isPending} onCancel={onCancel} />
        </Stack>
      </form>
    </Stack>
  );
}

/** A step's buttons: go on, and cancel when the setup was opened from somewhere to go back to. */
function StepActions({ label, pending, onCancel }: { label: string; pending: boolean; onCancel?: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Button type="submit" loading={pending}>
        {label}
      </Button>
      {onCancel && (
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      )}
    </Group>
  );
}
