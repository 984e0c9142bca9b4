import { Alert, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { http } from '../api/http.js';
import { queryKeys } from '../api/query-keys.js';
import { formatInstant } from '../i18n/format.js';
import { ConfirmModal } from '../layout/confirm-modal.js';
import { CopyField } from '../layout/copy-field.js';
import { LoadError } from '../layout/load-error.js';
import { calendarFeedQuery } from './settings-queries.js';

function absolute(url: string): string {
  return url.startsWith('/') ? `${window.location.origin}${url}` : url;
}

/** A secret iCalendar address for the user's calendar app: create, rotate (old one dies) or revoke. */
export function CalendarFeedSection() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const feed = useQuery(calendarFeedQuery);
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const refresh = () => void client.invalidateQueries({ queryKey: queryKeys.calendarFeed });
  const create = useMutation({
    mutationFn: () => http<{ url: string }>('/api/calendar-feed', { method: 'POST', body: {} }),
    onSuccess: (result) => setUrl(absolute(result.url)),
    onSettled: refresh,
  });
  const revoke = useMutation({
    mutationFn: () => http<unknown>('/api/calendar-feed', { method: 'DELETE' }),
    onSuccess: () => {
      setUrl(null);
      setConfirming(false);
      notifications.show({ color: 'teal', message: t('settings.feedRevoked') });
    },
    onSettled: refresh,
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="feed-title">
      <Title order={2} size="h3" id="feed-title">
        {t('settings.feedTitle')}
      </Title>
      <Text>{t('settings.feedIntro')}</Text>
      <Alert color="orange" variant="light">
        {t('settings.feedSecret')}
      </Alert>
      {feed.isPending && <Skeleton height={36} />}
      {feed.isError && <LoadError error={feed.error} onRetry={() => void feed.refetch()} />}
      {feed.data && (
        <Text size="sm" fw={500}>
          {feed.data.active && feed.data.createdAt
            ? t('settings.feedActive', { date: formatInstant(feed.data.createdAt, i18n.language) })
            : t('settings.feedNone')}
        </Text>
      )}
      {url && <CopyField label={t('settings.feedUrl')} value={url} />}
      {feed.data && (
        <Group gap="xs">
          <Button onClick={() => create.mutate()} loading={create.isPending} variant={feed.data.active ? 'light' : 'filled'}>
            {feed.data.active ? t('settings.feedRotate') : t('settings.feedCreate')}
          </Button>
          {feed.data.active && (
            <Button color="red" variant="subtle" onClick={() => setConfirming(true)}>
              {t('settings.feedRevoke')}
            </Button>
          )}
        </Group>
      )}
      <ConfirmModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('settings.feedRevoke')}
        text={t('settings.feedRevokeText')}
        confirmLabel={t('settings.feedRevoke')}
        loading={revoke.isPending}
        onConfirm={() => revoke.mutate()}
      />
    </Stack>
  );
}
