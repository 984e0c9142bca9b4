import { Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERACTION_KINDS, type ChannelStatus, type InteractionKind } from '../../core/outreach/outreach-rules.js';
import { isoDateSchema } from '../../shared/contracts/common.js';
import type { FollowUpDto, LoggedInteractionDto } from '../../shared/contracts/outreach.js';
import { applyServerErrors, focusFirstError, inputProps } from '../i18n/form-errors.js';
import { formatDate, todayIso } from '../i18n/format.js';
import { GenevaWarningAlert } from './geneva-warning-alert.js';
import type { ChannelContext } from './outreach-dialog.js';
import { useOutreachLabels } from './outreach-labels.js';
import { useLogInteraction } from './outreach-queries.js';
import { ModalFormFooter } from '../layout/modal-form-footer.js';

interface Values {
  kind: InteractionKind;
  date: string;
  personId: string | null;
  note: string;
  meetingDate: string;
}

interface Props {
  campaignId: string;
  target: ChannelContext;
  today: string;
  onSaved: (result: LoggedInteractionDto) => void;
  onClose: () => void;
}

/** The step that usually comes next, as the default kind (STRATEGY: contact → document → follow-up call → meeting). */
const NEXT_KIND: Record<ChannelStatus, InteractionKind> = {
  'not-contacted': 'call',
  'contact-found': 'document-sent',
  'document-sent': 'call',
  'followed-up': 'meeting-request',
  'meeting-requested': 'meeting',
  'meeting-held': 'email',
};

const dateError = (value: string) => {
  const result = isoDateSchema.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? 'invalid-date');
};

/**
 * Logs a call, e-mail, document sent, meeting request, meeting or briefing with one channel.
 * "Document sent" plans the follow-up call a week later and says when; a date with a Geneva
 * mission inside a session keeps the dialog open with the warning and the offer to move it.
 */
export function LogInteractionModal({ campaignId, target, today, onSaved, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const labels = useOutreachLabels();
  const log = useLogInteraction(campaignId);
  const [generalError, setGeneralError] = useState<unknown>(null);
  const [warned, setWarned] = useState<LoggedInteractionDto | null>(null);
  const holders = target.channel.posts.flatMap((post) => (post.current ? [{ value: post.current.id, label: `${post.current.name} — ${post.title}` }] : []));
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { kind: NEXT_KIND[target.channel.status], date: todayIso(), personId: holders.length === 1 ? holders[0]!.value : null, note: '', meetingDate: '' },
    validate: {
      date: dateError,
      meetingDate: (value, values) => (values.kind === 'meeting-request' && value !== '' ? dateError(value) : null),
      note: (value) => (value.length > 4000 ? 'too-long' : null),
    },
    validateInputOnChange: true,
  });
  const kind = form.values.kind;
  /** "Follow-up call due on 4 December 2026." / "Meeting on … added to the follow-ups." */
  const createdText = (task: FollowUpDto) =>
    t(task.kind === 'meeting' ? 'outreach.log.meetingCreated' : 'outreach.log.followUpCreated', { date: formatDate(task.dueDate, i18n.language) });
  const title = t('outreach.log.title', { channel: labels.channelOf(target.stateName, target.kind) });

  const submit = form.onSubmit((values) => {
    setGeneralError(null);
    const input = {
      kind: values.kind,
      date: values.date,
      personId: values.personId,
      note: values.note.trim(),
      meetingDate: values.kind === 'meeting-request' && values.meetingDate ? values.meetingDate : null,
    };
    log.mutate(
      { ref: { iso3: target.iso3, kind: target.kind }, input },
      {
        onSuccess: (result) => {
          const summary = t('outreach.log.summary', {
            kind: labels.interaction(result.interaction.kind),
            channel: labels.channelOf(target.stateName, target.kind),
            date: formatDate(result.interaction.date, i18n.language),
          });
          const parts = [summary, result.followUp ? createdText(result.followUp) : '', result.completedFollowUps.length > 0 ? t('outreach.log.completed') : ''];
          const message = parts.filter(Boolean).join(' ');
          notifications.show({ color: 'teal', title: t('outreach.log.saved'), message, autoClose: 8000 });
          onSaved(result);
          if (result.genevaWarning) setWarned(result);
          else onClose();
        },
        onError: (error) => {
          if (!applyServerErrors(form, error)) setGeneralError(error);
        },
      },
    );
  }, focusFirstError);

  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      {warned?.genevaWarning ? (
        <Stack>
          <Text>{warned.followUp ? createdText(warned.followUp) : t('outreach.log.saved')}</Text>
          <GenevaWarningAlert warning={warned.genevaWarning} campaignId={campaignId} today={today} followUp={warned.followUp} onDone={onClose} />
          {!warned.followUp && (
            <Group justify="flex-end">
              <Button onClick={onClose}>{t('common.close')}</Button>
            </Group>
          )}
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Select
              label={t('outreach.log.kind')}
              description={t(`outreach.kindHelp.${kind}`)}
              data={INTERACTION_KINDS.map((k) => ({ value: k, label: labels.interaction(k) }))}
              allowDeselect={false}
              required
              data-autofocus
              {...inputProps(form, 'kind', t)}
            />
            <TextInput type="date" label={t('outreach.log.date')} required min="2008-01-01" max="2040-12-31" {...inputProps(form, 'date', t)} />
            {kind === 'meeting-request' && (
              <TextInput type="date" label={t('outreach.log.meetingDate')} description={t('outreach.log.meetingDateHint')} min="2008-01-01" max="2040-12-31" {...inputProps(form, 'meetingDate', t)} />
            )}
            <Select
              label={t('outreach.log.person')}
              placeholder={holders.length ? t('outreach.log.personNone') : t('outreach.log.noPeople')}
              data={holders}
              clearable
              disabled={holders.length === 0}
              {...inputProps(form, 'personId', t)}
            />
            <Textarea label={t('outreach.log.note')} placeholder={t('outreach.log.notePlaceholder')} autosize minRows={2} maxRows={8} {...inputProps(form, 'note', t)} />
            <ModalFormFooter error={generalError} submitLabel={t('outreach.log.submit')} loading={log.isPending} onCancel={onClose} />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
