import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error.js';
import { http } from '../api/http.js';
import { errorMessage } from '../i18n/error-message.js';

type Mode = 'totp' | 'recovery';

const FORMATS: Record<Mode, RegExp> = { totp: /^\d{6}$/, recovery: /^[A-Za-z0-9]{5}-?[A-Za-z0-9]{5}$/ };

/** What the user typed, as the server compares it: digits without spaces; a recovery code with its dash. */
function normalise(mode: Mode, value: string): string {
  const compact = value.replace(/\s+/g, '');
  return mode === 'recovery' && !compact.includes('-') ? `${compact.slice(0, 5)}-${compact.slice(5)}` : compact;
}

interface Props {
  /** The session now exists. */
  onSignedIn: () => void;
  /** The challenge ended (too slow, too many wrong codes): back to the password. */
  onRestart: () => void;
}

/**
 * The second step of sign-in, after a right password: the 6-digit code of the authenticator
 * app, or one of the recovery codes when the phone is lost.
 */
export function TwoFactorStep({ onSignedIn, onRestart }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('totp');
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const verify = useMutation({
    meta: { inlineErrors: true },
    mutationFn: (value: string) =>
      http<unknown>(`/api/auth/two-factor/${mode === 'totp' ? 'verify-totp' : 'verify-backup-code'}`, { method: 'POST', body: { code: value } }),
    onSuccess: onSignedIn,
  });
  const expired = isApiError(verify.error) && verify.error.code === 'unauthenticated';
  const wrong = isApiError(verify.error) && verify.error.code === 'two-factor-code-invalid';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = normalise(mode, code);
    if (!FORMATS[mode].test(value)) {
      setFieldError(t(mode === 'totp' ? 'security.validation.totp-code' : 'security.validation.recovery-code'));
      return;
    }
    setFieldError(null);
    verify.mutate(value);
  };
  const switchMode = () => {
    setMode(mode === 'totp' ? 'recovery' : 'totp');
    setCode('');
    setFieldError(null);
    verify.reset();
  };
  const error = fieldError ?? (wrong ? t(mode === 'totp' ? 'security.signIn.wrongCode' : 'security.signIn.wrongRecovery') : null);

  return (
    <Stack>
      <Title order={1}>{t('security.signIn.title')}</Title>
      <Text>{t(mode === 'totp' ? 'security.signIn.intro' : 'security.signIn.recoveryIntro')}</Text>
      {expired ? (
        <Alert color="orange" role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('security.signIn.expired')}</Text>
            <Button size="xs" variant="light" onClick={onRestart}>
              {t('security.signIn.startOver')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        verify.isError &&
        !wrong && (
          <Alert color="red" role="alert">
            {errorMessage(verify.error, t)}
          </Alert>
        )
      )}
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            key={mode}
            label={t(mode === 'totp' ? 'security.signIn.code' : 'security.signIn.recoveryCode')}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            error={error}
            required
            autoFocus
            autoComplete="one-time-code"
            inputMode={mode === 'totp' ? 'numeric' : 'text'}
            maxLength={mode === 'totp' ? 8 : 14}
            styles={{ input: { fontFamily: 'monospace', letterSpacing: '0.1em' } }}
          />
          <Button type="submit" loading={verify.isPending} disabled={expired}>
            {t('security.signIn.submit')}
          </Button>
        </Stack>
      </form>
      <Anchor component="button" type="button" size="sm" onClick={switchMode}>
        {t(mode === 'totp' ? 'security.signIn.useRecovery' : 'security.signIn.useApp')}
      </Anchor>
    </Stack>
  );
}
