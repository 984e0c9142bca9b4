import { Autocomplete, Fieldset, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { personInputSchema } from '../../shared/contracts/outreach.js';
import { focusFirstError, inputProps } from '../i18n/form-errors.js';
import type { ChannelContext } from './outreach-dialog.js';
import { useOutreachLabels } from './outreach-labels.js';
import { useCreatePost } from './outreach-queries.js';
import { fieldError, PersonFields, type PersonValues } from './person-fields.js';
import { ModalFormFooter } from '../layout/modal-form-footer.js';

interface Values extends PersonValues {
  title: string;
}

/** A new post on a channel (e.g. "UPR focal point"), with the person who holds it when known. */
export function PostModal({ campaignId, target, onClose }: { campaignId: string; target: ChannelContext; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useOutreachLabels();
  const create = useCreatePost(campaignId);
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { title: '', name: '', email: '', phone: '', since: '' },
    validate: {
      title: (v) => (!v.trim() ? 'required' : v.trim().length > 120 ? 'too-long' : null),
      // The person is optional, but an e-mail or date without a name would be lost.
      name: (v, values) => (!v.trim() && (values.email.trim() || values.phone.trim() || values.since) ? 'required' : v.trim() ? fieldError('name', v) : null),
      email: (v) => fieldError('email', v),
      phone: (v) => fieldError('phone', v),
      since: (v) => (v ? fieldError('since', v) : null),
    },
    validateInputOnChange: true,
  });
  const submit = form.onSubmit((values) => {
    setGeneralError(null);
    const person = values.name.trim()
      ? personInputSchema.parse({ name: values.name, email: values.email, phone: values.phone, since: values.since || null })
      : undefined;
    create.mutate(
      { ref: { iso3: target.iso3, kind: target.kind }, title: values.title.trim(), person },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('outreach.post.added') });
          onClose();
        },
        onError: setGeneralError,
      },
    );
  }, focusFirstError);
  return (
    <Modal opened onClose={onClose} title={t('outreach.post.title', { channel: labels.channelOf(target.stateName, target.kind) })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Autocomplete
            label={t('outreach.post.postTitle')}
            description={t('outreach.post.postHint')}
            data={labels.commonPosts()}
            required
            data-autofocus
            {...inputProps(form, 'title', t)}
          />
          <Fieldset legend={t('outreach.post.firstPerson')} variant="filled">
            <PersonFields form={form} />
          </Fieldset>
          <ModalFormFooter error={generalError} submitLabel={t('outreach.post.submit')} loading={create.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
