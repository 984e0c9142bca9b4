import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDto } from '../../shared/contracts/account-security.js';
import { http } from '../api/http.js';
import { formatInstant } from '../i18n/format.js';
import { ConfirmModal } from '../layout/confirm-modal.js';
import { LoadError } from '../layout/load-error.js';
import { PageSkeleton } from '../layout/page-skeleton.js';
import { ResponsiveTable, type Column } from '../layout/responsive-table.js';
import { securityKeys, sessionsQuery } from './security-queries.js';
import { describeUserAgent } from './user-agent.js';

/** Where I am signed in: end one session, or every session but this browser's. */
export function SessionsSection() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const sessions = useQuery(sessionsQuery);
  const [confirmingOthers, setConfirmingOthers] = useState(false);
  const refresh = () => void client.invalidateQueries({ queryKey: securityKeys.sessions });
  const revoke = useMutation({
    mutationFn: (id: string) => http<unknown>(`/api/account/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => notifications.show({ color: 'teal', message: t('security.sessions.revoked') }),
    onSettled: refresh,
  });
  const revokeOthers = useMutation({
    mutationFn: () => http<{ revoked: number }>('/api/account/sessions/revoke-others', { method: 'POST', body: {} }),
    onSuccess: (result) => {
      setConfirmingOthers(false);
      notifications.show({ color: 'teal', message: t('security.sessions.revokedOthers', { n: result.revoked }) });
    },
    onSettled: refresh,
  });
  const device = (s: SessionDto) => describeUserAgent(s.userAgent) ?? t('security.sessions.unknownDevice');
  const columns: Column<SessionDto>[] = [
    {
      key: 'device',
      header: t('security.sessions.device'),
      render: (s) => (
        <Group gap={6} wrap="nowrap">
          <Text span size="sm" title={s.userAgent ?? undefined}>
            {device(s)}
          </Text>
          {s.current && (
            <Badge size="sm" variant="light" color="teal">
              {t('security.sessions.thisDevice')}
            </Badge>
          )}
        </Group>
      ),
    },
    { key: 'address', header: t('security.sessions.address'), render: (s) => s.ipAddress ?? '—' },
    { key: 'started', header: t('security.sessions.started'), render: (s) => formatInstant(s.createdAt, i18n.language) },
    { key: 'active', header: t('security.sessions.lastActive'), render: (s) => formatInstant(s.lastActiveAt, i18n.language) },
    {
      key: 'actions',
      header: '',
      render: (s) =>
        s.current ? null : (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            loading={revoke.isPending && revoke.variables === s.id}
            onClick={() => revoke.mutate(s.id)}
            aria-label={t('security.sessions.revokeLabel', { device: device(s), date: formatInstant(s.lastActiveAt, i18n.language) })}
          >
            {t('security.sessions.revoke')}
          </Button>
        ),
    },
  ];
  const others = (sessions.data ?? []).filter((s) => !s.current).length;
  return (
    <Stack gap="xs" component="section" aria-labelledby="sessions-title">
      <Title order={2} size="h3" id="sessions-title">
        {t('security.sessions.title')}
      </Title>
      <Text>{t('security.sessions.intro')}</Text>
      {sessions.isPending && <PageSkeleton lines={2} />}
      {sessions.isError && <LoadError error={sessions.error} onRetry={() => void sessions.refetch()} />}
      {sessions.data && <ResponsiveTable label={t('security.sessions.title')} columns={columns} rows={sessions.data} rowKey={(s) => s.id} />}
      {sessions.data &&
        (others > 0 ? (
          <Button variant="light" color="red" w="fit-content" onClick={() => setConfirmingOthers(true)}>
            {t('security.sessions.revokeOthers')}
          </Button>
        ) : (
          <Text size="sm" c="dimmed">
            {t('security.sessions.onlyHere')}
          </Text>
        ))}
      <ConfirmModal
        opened={confirmingOthers}
        onClose={() => setConfirmingOthers(false)}
        title={t('security.sessions.revokeOthers')}
        text={t('security.sessions.revokeOthersText')}
        confirmLabel={t('security.sessions.revokeOthers')}
        loading={revokeOthers.isPending}
        onConfirm={() => revokeOthers.mutate()}
      />
    </Stack>
  );
}
