import { Button, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationDto } from '../../shared/contracts/index.js';
import { http } from '../api/http.js';
import { queryKeys } from '../api/query-keys.js';
import { formatDate } from '../i18n/format.js';
import { ConfirmModal } from '../layout/confirm-modal.js';
import { LoadError } from '../layout/load-error.js';
import { ResponsiveTable, type Column } from '../layout/responsive-table.js';
import { invitationsQuery } from './settings-queries.js';

/** Invitations not yet accepted, each revocable. */
export function InvitationsSection() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const invitations = useQuery(invitationsQuery);
  const [revoking, setRevoking] = useState<InvitationDto | null>(null);
  const revoke = useMutation({
    mutationFn: (id: string) => http<unknown>(`/api/invitations/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => {
      setRevoking(null);
      notifications.show({ color: 'teal', message: t('settings.revoked') });
    },
    onSettled: () => void client.invalidateQueries({ queryKey: queryKeys.invitations }),
  });
  const pending = (invitations.data ?? []).filter((i) => i.status === 'pending');
  const columns: Column<InvitationDto>[] = [
    { key: 'email', header: t('settings.inviteEmail'), render: (i) => i.email },
    { key: 'role', header: t('settings.inviteRole'), render: (i) => t(`roles.${i.role}`) },
    { key: 'expires', header: t('settings.expires'), render: (i) => formatDate(i.expiresAt, i18n.language) },
    {
      key: 'actions',
      header: t('settings.memberActions'),
      render: (i) => (
        <Button size="xs" variant="subtle" color="red" onClick={() => setRevoking(i)} aria-label={`${t('settings.revoke')}: ${i.email}`}>
          {t('settings.revoke')}
        </Button>
      ),
    },
  ];
  return (
    <Stack gap="xs" component="section" aria-labelledby="pending-title">
      <Title order={2} size="h3" id="pending-title">
        {t('settings.pending')}
      </Title>
      {invitations.isError && <LoadError error={invitations.error} onRetry={() => void invitations.refetch()} />}
      {invitations.data && pending.length === 0 && <Text size="sm">{t('settings.noPending')}</Text>}
      {pending.length > 0 && <ResponsiveTable label={t('settings.pending')} columns={columns} rows={pending} rowKey={(i) => i.id} />}
      <ConfirmModal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={t('settings.revokeTitle', { email: revoking?.email ?? '' })}
        text={t('settings.revokeText')}
        confirmLabel={t('settings.revoke')}
        loading={revoke.isPending}
        onConfirm={() => revoking && revoke.mutate(revoking.id)}
      />
    </Stack>
  );
}
