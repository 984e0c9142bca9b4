import { Badge, Button, Checkbox, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefingDto } from '../../shared/contracts/outreach.js';
import { dateCountdown } from '../layout/date-countdown.js';
import { useRecommendationLabels } from '../recommendations/labels.js';
import { GenevaWarningAlert } from './geneva-warning-alert.js';
import { useOutreachLabels } from './outreach-labels.js';
import { useRecordAttendance } from './outreach-queries.js';

interface Props {
  briefing: BriefingDto;
  campaignId: string;
  today: string;
  canEdit: boolean;
}

/** Ticks of who came, then one save: each attendee's channel gets a "briefing" in its history. */
function AttendanceForm({ briefing, campaignId, onDone }: { briefing: BriefingDto; campaignId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const labels = useOutreachLabels();
  const states = useRecommendationLabels();
  const record = useRecordAttendance(campaignId);
  const [came, setCame] = useState<string[]>([]);
  const save = () =>
    record.mutate(
      { briefingId: briefing.id, attendedChannelIds: came },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('outreach.briefings.attendanceSaved') });
          onDone();
        },
      },
    );
  return (
    <Stack gap="xs">
      <Checkbox.Group label={t('outreach.briefings.whoCame')} value={came} onChange={setCame}>
        <Stack gap={4} mt={4}>
          {briefing.invitees.map((i) => (
            <Checkbox key={i.channelId} value={i.channelId} label={labels.channelOf(states.state(i.iso3), i.kind)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Group gap="xs">
        <Button size="compact-sm" onClick={save} loading={record.isPending}>
          {t('outreach.briefings.saveAttendance', { n: came.length })}
        </Button>
        <Button size="compact-sm" variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

/** A group briefing: when and where, who is invited, the Geneva warning, and after the date who came. */
export function BriefingCard({ briefing, campaignId, today, canEdit }: Props) {
  const { t, i18n } = useTranslation();
  const labels = useOutreachLabels();
  const states = useRecommendationLabels();
  const [recording, setRecording] = useState(false);
  const attended = briefing.invitees.filter((i) => i.attended === true).length;
  const over = briefing.date <= today;
  return (
    <Paper withBorder p="sm" component="li">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={3} size="h5">
            {briefing.title}
          </Title>
          <Badge variant="light" color="gray" tt="none">
            {t(`outreach.briefings.venues.${briefing.venue}`)}
          </Badge>
        </Group>
        <Text size="sm">
          <time dateTime={briefing.date}>{dateCountdown(briefing.date, today, i18n.language)}</time>
          {briefing.held && ` · ${t('outreach.briefings.attended', { n: attended, total: briefing.invitees.length })}`}
        </Text>
        {briefing.note && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {briefing.note}
          </Text>
        )}
        {briefing.genevaWarning && <GenevaWarningAlert warning={briefing.genevaWarning} campaignId={campaignId} today={today} />}
        {recording ? (
          <AttendanceForm briefing={briefing} campaignId={campaignId} onDone={() => setRecording(false)} />
        ) : (
          <List size="sm" spacing={2} aria-label={t('outreach.briefings.invited', { n: briefing.invitees.length })}>
            {briefing.invitees.map((i) => (
              <List.Item key={i.channelId}>
                {labels.channelOf(states.state(i.iso3), i.kind)}
                {i.attended !== null && (
                  <Badge ml={6} size="sm" tt="none" variant="light" color={i.attended ? 'teal' : 'gray'}>
                    {i.attended ? `✓ ${t('outreach.briefings.came')}` : `✕ ${t('outreach.briefings.didNotCome')}`}
                  </Badge>
                )}
              </List.Item>
            ))}
          </List>
        )}
        {!briefing.held && !recording && canEdit && over && (
          <Button size="compact-sm" variant="light" w="fit-content" onClick={() => setRecording(true)}>
            {t('outreach.briefings.record')}
          </Button>
        )}
        {!briefing.held && !over && (
          <Text size="xs" c="dimmed">
            {t('outreach.briefings.recordLater')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
