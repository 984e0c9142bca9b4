import { Alert, Drawer, Stack, Text, Timeline } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format.js';
import { LoadError } from '../layout/load-error.js';
import { PageSkeleton } from '../layout/page-skeleton.js';
import type { ChannelContext } from './outreach-dialog.js';
import { useOutreachLabels } from './outreach-labels.js';
import { channelInteractionsQuery } from './outreach-queries.js';

/** Everything logged with one channel, newest first: what, when, with whom, and the note. */
export function ChannelHistoryDrawer({ campaignId, target, onClose }: { campaignId: string; target: ChannelContext; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const labels = useOutreachLabels();
  const history = useQuery(channelInteractionsQuery(campaignId, { iso3: target.iso3, kind: target.kind }));
  return (
    <Drawer opened onClose={onClose} position="right" size="md" title={t('outreach.history.title', { channel: labels.channelOf(target.stateName, target.kind) })}>
      {history.isPending && <PageSkeleton lines={3} />}
      {history.isError && <LoadError error={history.error} onRetry={() => void history.refetch()} />}
      {history.data?.length === 0 && <Alert color="gray">{t('outreach.history.empty')}</Alert>}
      {history.data && history.data.length > 0 && (
        <Timeline bulletSize={14} lineWidth={2} aria-label={t('outreach.history.title', { channel: labels.channelOf(target.stateName, target.kind) })}>
          {history.data.map((item) => (
            <Timeline.Item key={item.id} title={labels.interaction(item.kind)}>
              <Stack gap={2}>
                <Text size="sm" c="dimmed">
                  <time dateTime={item.date}>{formatDate(item.date, i18n.language)}</time>
                  {item.personName ? ` · ${t('outreach.history.with', { name: item.personName })}` : ''}
                </Text>
                {item.note && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {item.note}
                  </Text>
                )}
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Drawer>
  );
}
