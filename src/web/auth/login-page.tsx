import { Alert, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { emailSchema } from '../../shared/contracts/index.js';
import { isApiError } from '../api/api-error.js';
import { http } from '../api/http.js';
import { errorMessage } from '../i18n/error-message.js';
import { focusFirstError, inputProps } from '../i18n/form-errors.js';
import { PageSkeleton } from '../layout/page-skeleton.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { safeNext } from './safe-next.js';
import { meQuery } from './session-queries.js';
import { TwoFactorStep } from './two-factor-step.js';

const signInSchema = z.object({ email: emailSchema, password: z.string().min(1, { message: 'required' }) });
type Values = z.input<typeof signInSchema>;

function signInError(error: unknown, t: (key: string) => string): string {
  if (isApiError(error) && (error.status === 401 || error.code === 'unauthenticated')) return t('auth.wrongCredentials');
  if (isApiError(error) && (error.status === 429 || error.code === 'rate-limited')) return t('auth.throttled');
  return errorMessage(error, t as never);
}

/** better-auth's answer to a right password of an account with two-step sign-in: no session yet. */
function needsSecondStep(answer: unknown): boolean {
  return typeof answer === 'object' && answer !== null && (answer as { twoFactorRedirect?: unknown }).twoFactorRedirect === true;
}

/**
 * Sign-in with e-mail and password, then (with two-step sign-in on) the authenticator's code or
 * a recovery code. Wrong e-mail and wrong password get the same message.
 */
export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.title'));
  const client = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const me = useQuery(meQuery);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { email: '', password: '' },
    validate: schemaResolver(signInSchema, { sync: true }),
    validateInputOnBlur: true,
  });
  const [secondStep, setSecondStep] = useState(false);
  const enter = async () => {
    await client.refetchQueries({ queryKey: meQuery.queryKey });
    void navigate(next, { replace: true });
  };
  const signIn = useMutation({
    meta: { inlineErrors: true },
    mutationFn: (values: Values) =>
      http<unknown>('/api/auth/sign-in/email', { method: 'POST', body: { email: values.email.trim(), password: values.password } }),
    onSuccess: async (answer) => {
      if (needsSecondStep(answer)) setSecondStep(true);
      else await enter();
    },
  });

  if (me.isPending) return <PageSkeleton lines={2} />;
  if (me.data && !signIn.isPending) return <Navigate to={next} replace />;
  if (secondStep) {
    const restart = () => {
      setSecondStep(false);
      signIn.reset();
      form.setFieldValue('password', '');
    };
    return <TwoFactorStep onSignedIn={() => void enter()} onRestart={restart} />;
  }

  return (
    <Stack>
      <Title order={1}>{t('auth.title')}</Title>
      {signIn.isError && (
        <Alert color="red" role="alert">
          {signInError(signIn.error, t)}
        </Alert>
      )}
      <form onSubmit={form.onSubmit((values) => signIn.mutate(values), focusFirstError)} noValidate>
        <Stack>
          <TextInput label={t('auth.email')} type="email" autoComplete="username" required {...inputProps(form, 'email', t)} />
          <PasswordInput label={t('auth.password')} autoComplete="current-password" required {...inputProps(form, 'password', t)} />
          <Button type="submit" loading={signIn.isPending}>
            {t('auth.submit')}
          </Button>
        </Stack>
      </form>
      <Text size="sm" c="dimmed">
        {t('auth.noAccount')}
      </Text>
    </Stack>
  );
}
