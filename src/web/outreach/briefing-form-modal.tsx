import { Alert, Button, Checkbox, Group, Modal, MultiSelect, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_KINDS, type ChannelKind } from '../../core/outreach/outreach-rules.js';
import { REGIONAL_GROUPS } from '../../core/upr/calendar.js';
import { isoDateSchema } from '../../shared/contracts/common.js';
import type { BriefingDto, OutreachTargetDto } from '../../shared/contracts/outreach.js';
import { errorMessage } from '../i18n/error-message.js';
import { focusFirstError, inputProps } from '../i18n/form-errors.js';
import { formatNumber, todayIso } from '../i18n/format.js';
import { useRecommendationLabels } from '../recommendations/labels.js';
import { GenevaWarningAlert } from './geneva-warning-alert.js';
import { useOutreachLabels } from './outreach-labels.js';
import { useCreateBriefing } from './outreach-queries.js';

type Venue = BriefingDto['venue'];

interface Values {
  title: string;
  date: string;
  venue: Venue;
  channels: string[];
  euMembers: boolean;
  regionalGroups: string[];
  note: string;
}

/** The channels a briefing would invite, as the server counts them: picked ones plus the groups' channels of the venue's kind. */
export function invitedChannels(values: Pick<Values, 'venue' | 'channels' | 'euMembers' | 'regionalGroups'>, targets: OutreachTargetDto[]): Set<string> {
  const kind: ChannelKind = values.venue === 'geneva' ? 'mission' : 'embassy';
  const invited = new Set(values.channels);
  for (const target of targets) {
    if ((values.euMembers && target.euMember) || (target.regionalGroup && values.regionalGroups.includes(target.regionalGroup))) invited.add(`${target.iso3}/${kind}`);
  }
  return invited;
}

interface Props {
  campaignId: string;
  targets: OutreachTargetDto[];
  today: string;
  onClose: () => void;
}

/** STRATEGY tip: brief several embassies at once (all EU embassies, a regional group): efficient, and it starts a discussion. */
export function BriefingFormModal({ campaignId, targets, today, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const labels = useOutreachLabels();
  const states = useRecommendationLabels();
  const create = useCreateBriefing(campaignId);
  const [created, setCreated] = useState<BriefingDto | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { title: '', date: todayIso(), venue: 'geneva', channels: [], euMembers: false, regionalGroups: [], note: '' },
    validate: {
      title: (v) => (!v.trim() ? 'required' : v.trim().length > 160 ? 'too-long' : null),
      date: (v) => {
        const result = isoDateSchema.safeParse(v);
        return result.success ? null : (result.error.issues[0]?.message ?? 'invalid-date');
      },
      channels: (_v, values) => (invitedChannels(values, targets).size === 0 ? 'no-invitees' : null),
      note: (v) => (v.length > 2000 ? 'too-long' : null),
    },
    validateInputOnChange: ['title', 'date', 'note'],
  });
  const v = form.values;
  const count = invitedChannels(v, targets).size;
  const euCount = targets.filter((target) => target.euMember).length;
  const groups = REGIONAL_GROUPS.map((g) => ({ group: g, n: targets.filter((target) => target.regionalGroup === g).length })).filter((g) => g.n > 0);
  const channelOptions = targets.flatMap((target) =>
    CHANNEL_KINDS.map((kind) => ({ value: `${target.iso3}/${kind}`, label: labels.channelOf(states.state(target.iso3), kind) })),
  );

  const submit = form.onSubmit((values) => {
    const channels = values.channels.map((ref) => {
      const [iso3 = '', kind = 'embassy'] = ref.split('/');
      return { iso3, kind: kind as ChannelKind };
    });
    create.mutate(
      { title: values.title.trim(), date: values.date, venue: values.venue, note: values.note.trim(), channels, euMembers: values.euMembers, regionalGroups: values.regionalGroups },
      {
        onSuccess: (briefing) => {
          notifications.show({ color: 'teal', message: t('outreach.briefings.created', { n: briefing.invitees.length }) });
          if (briefing.genevaWarning) setCreated(briefing);
          else onClose();
        },
      },
    );
  }, focusFirstError);

  return (
    <Modal opened onClose={onClose} title={t('outreach.briefings.formTitle')} size="lg">
      {created?.genevaWarning ? (
        <Stack>
          <GenevaWarningAlert warning={created.genevaWarning} campaignId={campaignId} today={today} />
          <Text size="sm">{t('outreach.briefings.warningHint')}</Text>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('common.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">{t('outreach.briefings.tip')}</Text>
            <TextInput label={t('outreach.briefings.name')} placeholder={t('outreach.briefings.namePlaceholder')} required data-autofocus {...inputProps(form, 'title', t)} />
            <TextInput type="date" label={t('outreach.briefings.date')} required min="2008-01-01" max="2040-12-31" {...inputProps(form, 'date', t)} />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="venue-label">
                {t('outreach.briefings.venue')}
              </Text>
              <SegmentedControl
                aria-labelledby="venue-label"
                data={(['geneva', 'capital', 'online'] as const).map((venue) => ({ value: venue, label: t(`outreach.briefings.venues.${venue}`) }))}
                {...form.getInputProps('venue')}
              />
              <Text size="xs" c="dimmed">
                {t('outreach.briefings.venueHint')}
              </Text>
            </Stack>
            <Checkbox label={t('outreach.briefings.eu', { n: euCount })} disabled={euCount === 0} {...form.getInputProps('euMembers', { type: 'checkbox' })} />
            {groups.length > 0 && (
              <Checkbox.Group label={t('outreach.briefings.groups')} {...form.getInputProps('regionalGroups')}>
                <Group gap="md" mt={4}>
                  {groups.map(({ group, n }) => (
                    <Checkbox key={group} value={group} label={t('outreach.briefings.groupOption', { group: states.group(group), n })} />
                  ))}
                </Group>
              </Checkbox.Group>
            )}
            <MultiSelect
              label={t('outreach.briefings.channels')}
              placeholder={t('outreach.briefings.channelsPlaceholder')}
              data={channelOptions}
              searchable
              clearable
              {...form.getInputProps('channels')}
              error={form.errors.channels ? t('outreach.briefings.noInvitees') : undefined}
            />
            <Textarea label={t('outreach.briefings.note')} autosize minRows={2} maxRows={5} {...inputProps(form, 'note', t)} />
            <Text size="sm" fw={600} role="status">
              {t('outreach.briefings.invitedCount', { n: formatNumber(count, i18n.language) })}
            </Text>
            {create.isError && (
              <Alert color="red" role="alert">
                {errorMessage(create.error, t)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('outreach.briefings.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
