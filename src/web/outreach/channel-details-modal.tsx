import { Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_STATUSES, type ChannelStatus } from '../../core/outreach/outreach-rules.js';
import { updateChannelSchema } from '../../shared/contracts/outreach.js';
import { applyServerErrors, focusFirstError, inputProps } from '../i18n/form-errors.js';
import type { ChannelContext } from './outreach-dialog.js';
import { useOutreachLabels } from './outreach-labels.js';
import { useUpdateChannel, type ChannelPatch } from './outreach-queries.js';
import { ModalFormFooter } from '../layout/modal-form-footer.js';

interface Values {
  status: ChannelStatus;
  city: string;
  email: string;
  phone: string;
  note: string;
}

const FIELDS = ['status', 'city', 'email', 'phone', 'note'] as const;

/** The shared schema's message key for one field, or null. */
function channelError(field: (typeof FIELDS)[number], value: string): string | null {
  const result = updateChannelSchema.shape[field].safeParse(value);
  if (result.success) return null;
  // The e-mail is a union ('' or an address), whose failure carries no message of its own.
  return field === 'email' ? 'email' : (result.error.issues[0]?.message ?? 'invalid');
}

/**
 * The channel's own address book entry (city, general e-mail and phone, note) and its status,
 * which logging moves forward by itself but a person may set by hand (e.g. back to "contact
 * found" after a post changed hands).
 */
export function ChannelDetailsModal({ campaignId, target, onClose }: { campaignId: string; target: ChannelContext; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useOutreachLabels();
  const update = useUpdateChannel(campaignId);
  const [generalError, setGeneralError] = useState<unknown>(null);
  const { channel } = target;
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { status: channel.status, city: channel.city, email: channel.email, phone: channel.phone, note: channel.note },
    validate: Object.fromEntries(FIELDS.map((f) => [f, (value: string) => channelError(f, value)])),
    validateInputOnChange: true,
  });
  const submit = form.onSubmit((values) => {
    setGeneralError(null);
    const patch: ChannelPatch = {};
    for (const field of FIELDS) if (values[field].trim() !== channel[field]) patch[field] = values[field].trim();
    if (Object.keys(patch).length === 0) return onClose();
    update.mutate(
      { ref: { iso3: target.iso3, kind: target.kind }, patch },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('outreach.details.saved') });
          onClose();
        },
        onError: (error) => {
          if (!applyServerErrors(form, error)) setGeneralError(error);
        },
      },
    );
  }, focusFirstError);
  return (
    <Modal opened onClose={onClose} title={t('outreach.details.title', { channel: labels.channelOf(target.stateName, target.kind) })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label={t('outreach.details.status')}
            description={t('outreach.details.statusHint')}
            data={CHANNEL_STATUSES.map((s) => ({ value: s, label: labels.status(s) }))}
            allowDeselect={false}
            data-autofocus
            {...inputProps(form, 'status', t)}
          />
          <TextInput label={t('outreach.details.city')} {...inputProps(form, 'city', t)} />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput type="email" label={t('outreach.details.email')} miw={200} {...inputProps(form, 'email', t)} />
            <TextInput type="tel" label={t('outreach.details.phone')} miw={160} {...inputProps(form, 'phone', t)} />
          </Group>
          <Textarea label={t('outreach.details.note')} autosize minRows={2} maxRows={6} {...inputProps(form, 'note', t)} />
          <ModalFormFooter error={generalError} submitLabel={t('common.save')} loading={update.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
