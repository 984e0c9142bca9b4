import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dateCountdown } from '../layout/date-countdown.js';
import { DueDate } from './due-date.js';
import type { ChannelContext, OpenDialog } from './outreach-dialog.js';
import { useOutreachLabels } from './outreach-labels.js';
import { PostList } from './post-list.js';
import { StatusPill } from './status-pill.js';

interface Props {
  target: ChannelContext;
  today: string;
  canEdit: boolean;
  /** Follow-ups created in this visit, marked "new" so the user sees where the task went. */
  recentFollowUps: ReadonlySet<string>;
  onOpen: OpenDialog;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** One channel (embassy or Geneva mission) of a target State: status, people, last contact, next follow-up, actions. */
export function ChannelCell({ target, today, canEdit, recentFollowUps, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const labels = useOutreachLabels();
  const { channel } = target;
  const name = labels.channelOf(target.stateName, target.kind);
  const next = channel.nextFollowUp;
  const address = [channel.city, channel.email, channel.phone].filter(Boolean);
  return (
    <Stack gap={8}>
      <Group justify="space-between" gap={6} wrap="wrap">
        <StatusPill status={channel.status} />
        {canEdit && (
          <Button size="compact-sm" variant="light" onClick={() => onOpen({ type: 'log', target })} aria-label={t('outreach.actions.logFor', { channel: name })} className="no-print">
            {t('outreach.actions.log')}
          </Button>
        )}
      </Group>
      {address.length > 0 && (
        <Text size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
          {address.join(' · ')}
        </Text>
      )}
      <PostList target={target} canEdit={canEdit} onOpen={onOpen} />
      <Stack gap={4} component="dl" m={0}>
        <Fact label={t('outreach.lastContact')}>
          {channel.lastInteraction
            ? t('outreach.lastContactValue', { kind: labels.interaction(channel.lastInteraction.kind), date: dateCountdown(channel.lastInteraction.date, today, i18n.language) })
            : t('outreach.never')}
        </Fact>
        <Fact label={t('outreach.nextFollowUp')}>
          {next ? (
            <Stack gap={0} component="span">
              <Group gap={6} component="span">
                <span>{labels.followUp(next.kind)}</span>
                {recentFollowUps.has(next.id) && (
                  <Badge color="blue" variant="filled" size="sm" tt="none" component="span">
                    {t('outreach.justCreated')}
                  </Badge>
                )}
              </Group>
              <DueDate date={next.dueDate} today={today} />
            </Stack>
          ) : (
            t('outreach.noFollowUp')
          )}
        </Fact>
      </Stack>
      <Group gap={12} className="no-print">
        {canEdit && (
          <Anchor component="button" type="button" size="xs" onClick={() => onOpen({ type: 'post', target })} aria-label={t('outreach.actions.addPostFor', { channel: name })}>
            + {t('outreach.actions.addPost')}
          </Anchor>
        )}
        <Anchor component="button" type="button" size="xs" onClick={() => onOpen({ type: 'history', target })} aria-label={t('outreach.actions.historyFor', { channel: name })}>
          {t('outreach.actions.history')}
        </Anchor>
        {canEdit && (
          <Anchor component="button" type="button" size="xs" onClick={() => onOpen({ type: 'details', target })} aria-label={t('outreach.actions.detailsFor', { channel: name })}>
            {t('outreach.actions.details')}
          </Anchor>
        )}
      </Group>
    </Stack>
  );
}
