import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n } from '../i18n/i18n.js';
import { createAppTheme } from './theme.js';

type Props = { client: QueryClient; children: ReactNode; env?: 'test' };

function ThemedProviders({ client, children, env }: Props) {
  const { t, i18n: instance } = useTranslation();
  const language = instance.language;
  const theme = useMemo(
    () => createAppTheme({ close: t('common.close'), clear: t('common.clear'), togglePassword: t('common.togglePassword') }),
    // The labels change only with the language.
    [language],
  );
  return (
    <MantineProvider theme={theme} env={env}>
      <QueryClientProvider client={client}>
        <Notifications position="top-right" limit={3} />
        {children}
      </QueryClientProvider>
    </MantineProvider>
  );
}

/** Everything a page needs around it: translations, theme, data cache, notifications. */
export function AppProviders(props: Props) {
  return (
    <I18nextProvider i18n={i18n}>
      <ThemedProviders {...props} />
    </I18nextProvider>
  );
}
