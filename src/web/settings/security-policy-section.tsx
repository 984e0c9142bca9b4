import { Alert, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SecurityPolicyDto } from '../../shared/contracts/account-security.js';
import { isApiError } from '../api/api-error.js';
import { http } from '../api/http.js';
import { errorMessage } from '../i18n/error-message.js';
import { LoadError } from '../layout/load-error.js';
import { securityKeys, securityPolicyQuery } from './security-queries.js';

/** Admins: require two-step sign-in of every member, and see how many have not set it up. */
export function SecurityPolicySection() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const policy = useQuery(securityPolicyQuery);
  const save = useMutation({
    meta: { inlineErrors: true },
    mutationFn: (requireTwoFactor: boolean) => http<SecurityPolicyDto>('/api/admin/security-policy', { method: 'PUT', body: { requireTwoFactor } }),
    onSuccess: (saved) => {
      client.setQueryData(securityKeys.policy, saved);
      void client.invalidateQueries({ queryKey: securityKeys.status });
      notifications.show({ color: 'teal', message: t('security.policy.saved') });
    },
  });
  const ownFirst = isApiError(save.error) && save.error.details.reason === 'own-two-factor-off';
  return (
    <Stack gap="xs" component="section" aria-labelledby="policy-title">
      <Title order={2} size="h3" id="policy-title">
        {t('security.policy.title')}
      </Title>
      <Text>{t('security.policy.intro')}</Text>
      {policy.isPending && <Skeleton height={36} />}
      {policy.isError && <LoadError error={policy.error} onRetry={() => void policy.refetch()} />}
      {policy.data && (
        <>
          <Switch
            label={t('security.policy.require')}
            checked={policy.data.requireTwoFactor}
            disabled={save.isPending}
            onChange={(event) => save.mutate(event.currentTarget.checked)}
          />
          <Text size="sm">{t('security.policy.membersWithout', { n: policy.data.membersWithoutTwoFactor })}</Text>
        </>
      )}
      {save.isError && (
        <Alert color="red" role="alert">
          {ownFirst ? t('security.policy.ownFirst') : errorMessage(save.error, t)}
        </Alert>
      )}
    </Stack>
  );
}
