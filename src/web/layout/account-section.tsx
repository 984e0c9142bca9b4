import { Avatar, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { http } from '../api/http.js';
import { queryKeys } from '../api/query-keys.js';
import { useMe } from '../auth/session-queries.js';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

/** Who is signed in (name, organisation, role) and the sign-out button, at the foot of the navigation. */
export function AccountSection() {
  const { t } = useTranslation();
  const me = useMe();
  const client = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: () => http<unknown>('/api/auth/sign-out', { method: 'POST', body: {} }),
    onSuccess: () => {
      client.clear();
      client.setQueryData(queryKeys.me, null);
      notifications.show({ message: t('app.signedOut') });
      void navigate('/login', { replace: true });
    },
  });
  return (
    <Stack gap="xs" pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Group gap="xs" wrap="nowrap">
        <Avatar size={32} color="blue" radius="xl" aria-hidden>
          {initials(me.user.name)}
        </Avatar>
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={600} truncate>
            {me.user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {me.organisation.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {t(`roles.${me.role}`)}
          </Text>
        </div>
      </Group>
      <Button variant="default" size="xs" onClick={() => signOut.mutate()} loading={signOut.isPending}>
        {t('app.signOut')}
      </Button>
    </Stack>
  );
}
