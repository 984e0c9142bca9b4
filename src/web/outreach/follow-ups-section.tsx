import { Alert, Anchor, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { FollowUpDto } from '../../shared/contracts/outreach.js';
import { LoadError } from '../layout/load-error.js';
import { PageSkeleton } from '../layout/page-skeleton.js';
import { useRecommendationLabels } from '../recommendations/labels.js';
import { DueDate } from './due-date.js';
import { useOutreachLabels } from './outreach-labels.js';
import { doneFollowUpsQuery, followUpsQuery, useUpdateFollowUp } from './outreach-queries.js';

interface Props {
  campaignId: string;
  today: string;
  canEdit: boolean;
}

function FollowUpItem({ item, campaignId, today, canEdit }: { item: FollowUpDto } & Props) {
  const { t } = useTranslation();
  const labels = useOutreachLabels();
  const states = useRecommendationLabels();
  const update = useUpdateFollowUp(campaignId);
  const done = item.doneAt !== null;
  const label = t('outreach.followUps.item', { kind: labels.followUp(item.kind), channel: labels.channelOf(states.state(item.stateIso3), item.channelKind) });
  return (
    <li>
      <Checkbox
        checked={update.isPending ? Boolean(update.variables?.patch.done) : done}
        disabled={!canEdit || update.isPending}
        onChange={(event) => update.mutate({ followUpId: item.id, patch: { done: event.currentTarget.checked } })}
        styles={!canEdit ? { label: { color: 'var(--mantine-color-text)' } } : undefined}
        label={
          <Text inherit td={done ? 'line-through' : undefined}>
            {label}
          </Text>
        }
        description={<DueDate date={item.dueDate} today={today} done={done} />}
      />
    </li>
  );
}

/**
 * The campaign's follow-up calls and meetings, soonest (and overdue) first; ticking one marks it
 * done. Logging the call or the meeting ticks it by itself.
 */
export function FollowUpsSection({ campaignId, today, canEdit }: Props) {
  const { t } = useTranslation();
  const followUps = useQuery(followUpsQuery(campaignId));
  const [showDone, { toggle }] = useDisclosure(false);
  // The done ones are history: read when asked for, not with every open list.
  const doneFollowUps = useQuery({ ...doneFollowUpsQuery(campaignId), enabled: showDone });
  const open = followUps.data ?? [];
  const done = doneFollowUps.data ?? [];
  const overdue = open.filter((f) => f.dueDate < today).length;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="follow-ups-title">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h3" id="follow-ups-title">
            {t('outreach.followUps.title')}
          </Title>
          {overdue > 0 && (
            <Text size="sm" c="red.8" fw={600}>
              {t('outreach.followUps.overdueCount', { n: overdue })}
            </Text>
          )}
        </Group>
        {followUps.isPending && <PageSkeleton lines={1} />}
        {followUps.isError && <LoadError error={followUps.error} onRetry={() => void followUps.refetch()} />}
        {followUps.data && open.length === 0 && <Alert color="gray">{t('outreach.followUps.empty')}</Alert>}
        {open.length > 0 && (
          <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('outreach.followUps.openLabel')}>
            {open.map((item) => (
              <FollowUpItem key={item.id} item={item} campaignId={campaignId} today={today} canEdit={canEdit} />
            ))}
          </Stack>
        )}
        {followUps.data && (
          <Anchor component="button" type="button" size="sm" onClick={toggle} aria-expanded={showDone} w="fit-content">
            {showDone ? t('outreach.followUps.hideDone') : t('outreach.followUps.showDone')}
          </Anchor>
        )}
        {showDone && doneFollowUps.isPending && <PageSkeleton lines={1} />}
        {showDone && doneFollowUps.isError && <LoadError error={doneFollowUps.error} onRetry={() => void doneFollowUps.refetch()} />}
        {showDone && doneFollowUps.data?.length === 0 && <Text size="sm">{t('outreach.followUps.noneDone')}</Text>}
        {showDone && done.length > 0 && (
          <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('outreach.followUps.doneLabel')}>
            {done.map((item) => (
              <FollowUpItem key={item.id} item={item} campaignId={campaignId} today={today} canEdit={canEdit} />
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
