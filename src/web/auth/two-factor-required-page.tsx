import { Alert, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../layout/use-page-title.js';
import { securityKeys } from '../settings/security-queries.js';
import { TwoFactorSetup } from '../settings/two-factor-setup.js';
import { useMe } from './session-queries.js';

/**
 * Shown instead of every page while the organisation requires two-step sign-in and this member
 * has not set it up (the server refuses everything else meanwhile). Once the recovery codes are
 * saved, the app opens where the member was going.
 */
export function TwoFactorRequiredPage() {
  const { t } = useTranslation();
  usePageTitle(t('security.setupRequired.title'));
  const me = useMe();
  const client = useQueryClient();
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{t('security.setupRequired.title')}</Title>
      <Alert color="blue" variant="light">
        {t('security.setupRequired.intro')}
      </Alert>
      <Text>{t('security.twoFactor.intro')}</Text>
      <TwoFactorSetup email={me.user.email} onFinished={() => void client.invalidateQueries({ queryKey: securityKeys.status })} />
    </Stack>
  );
}
