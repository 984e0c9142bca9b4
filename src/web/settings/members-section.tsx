import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can, ROLES, type Role } from '../../core/access/roles.js';
import type { MemberDto } from '../../shared/contracts/index.js';
import { http } from '../api/http.js';
import { queryKeys } from '../api/query-keys.js';
import { useMe } from '../auth/session-queries.js';
import { membersQuery } from '../campaigns/campaign-queries.js';
import { formatDate } from '../i18n/format.js';
import { ConfirmModal } from '../layout/confirm-modal.js';
import { LoadError } from '../layout/load-error.js';
import { PageSkeleton } from '../layout/page-skeleton.js';
import { ResponsiveTable, type Column } from '../layout/responsive-table.js';
import { PasswordResetButton } from './password-reset-button.js';

/** The organisation's members; admins change roles and remove members (after confirming). */
export function MembersSection() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const client = useQueryClient();
  const members = useQuery(membersQuery);
  const [removing, setRemoving] = useState<MemberDto | null>(null);
  const refresh = () => void client.invalidateQueries({ queryKey: queryKeys.members });
  const changeRole = useMutation({
    mutationFn: ({ id, role }: { id: string; role: Role }) =>
      http<unknown>(`/api/members/${encodeURIComponent(id)}`, { method: 'PATCH', body: { role } }),
    onSuccess: () => notifications.show({ color: 'teal', message: t('settings.roleChanged') }),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => http<unknown>(`/api/members/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => {
      setRemoving(null);
      notifications.show({ color: 'teal', message: t('settings.removed') });
    },
    onSettled: refresh,
  });
  const canUpdate = can(me.role, 'member.update');
  const canRemove = can(me.role, 'member.remove');
  const roleOptions = ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));

  const columns: Column<MemberDto>[] = [
    {
      key: 'name',
      header: t('settings.memberName'),
      render: (m) => (
        <>
          {m.name}{' '}
          {m.userId === me.user.id && (
            <Text span size="sm" c="dimmed">
              {t('settings.you')}
            </Text>
          )}
        </>
      ),
    },
    { key: 'email', header: t('settings.memberEmail'), render: (m) => m.email },
    {
      key: 'role',
      header: t('settings.memberRole'),
      render: (m) =>
        canUpdate && m.userId !== me.user.id ? (
          <Select
            aria-label={t('settings.roleFor', { name: m.name })}
            data={roleOptions}
            value={m.role}
            allowDeselect={false}
            size="xs"
            w={220}
            onChange={(role) => role && role !== m.role && changeRole.mutate({ id: m.id, role: role as Role })}
            comboboxProps={{ withinPortal: true }}
          />
        ) : (
          t(`roles.${m.role}`)
        ),
    },
    { key: 'since', header: t('settings.memberSince'), render: (m) => formatDate(m.createdAt, i18n.language) },
  ];
  if (canRemove) {
    columns.push({
      key: 'actions',
      header: t('settings.memberActions'),
      render: (m) =>
        m.userId !== me.user.id ? (
          <Group gap={4} wrap="nowrap">
            {canUpdate && <PasswordResetButton member={m} />}
            <Button size="xs" variant="subtle" color="red" onClick={() => setRemoving(m)} aria-label={`${t('settings.remove')}: ${m.name}`}>
              {t('settings.remove')}
            </Button>
          </Group>
        ) : null,
    });
  }

  return (
    <Stack gap="xs" component="section" aria-labelledby="members-title">
      <Title order={2} size="h3" id="members-title">
        {t('settings.members')}
      </Title>
      {members.isPending && <PageSkeleton lines={2} />}
      {members.isError && <LoadError error={members.error} onRetry={() => void members.refetch()} />}
      {members.data && <ResponsiveTable label={t('settings.members')} columns={columns} rows={members.data} rowKey={(m) => m.id} />}
      <ConfirmModal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('settings.removeTitle', { name: removing?.name ?? '' })}
        text={t('settings.removeText', { name: removing?.name ?? '' })}
        confirmLabel={t('settings.remove')}
        loading={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing.id)}
      />
    </Stack>
  );
}
