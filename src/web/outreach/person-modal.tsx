import { Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDto, PostDto } from '../../shared/contracts/outreach.js';
import { applyServerErrors, focusFirstError } from '../i18n/form-errors.js';
import { todayIso } from '../i18n/format.js';
import { useAppointPerson, useUpdatePerson } from './outreach-queries.js';
import { fieldError, PersonFields, type PersonValues } from './person-fields.js';
import { ModalFormFooter } from '../layout/modal-form-footer.js';

interface Props {
  campaignId: string;
  post: PostDto;
  /** The person to edit; without one, a successor takes the post. */
  person?: PersonDto;
  onClose: () => void;
}

type Values = Required<PersonValues>;

/**
 * "Successor takes the post": the new holder starts on a date and the current one moves to the
 * post's history (STRATEGY: people change, posts stay). Or: correct a person's details.
 */
export function PersonModal({ campaignId, post, person, onClose }: Props) {
  const { t } = useTranslation();
  const appoint = useAppointPerson(campaignId);
  const update = useUpdatePerson(campaignId);
  const [generalError, setGeneralError] = useState<unknown>(null);
  const editing = person !== undefined;
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: editing
      ? { name: person.name, email: person.email, phone: person.phone, since: person.since ?? '', note: person.note }
      : { name: '', email: '', phone: '', since: todayIso(), note: '' },
    validate: {
      name: (v) => fieldError('name', v),
      email: (v) => fieldError('email', v),
      phone: (v) => fieldError('phone', v),
      since: (v) => (v ? fieldError('since', v) : null),
      note: (v) => fieldError('note', v),
    },
    validateInputOnChange: true,
  });
  const done = (message: string) => {
    notifications.show({ color: 'teal', message });
    onClose();
  };
  const onError = (error: unknown) => {
    if (!applyServerErrors(form, error)) setGeneralError(error);
  };
  const submit = form.onSubmit((values) => {
    setGeneralError(null);
    const body = { name: values.name.trim(), email: values.email.trim(), phone: values.phone.trim(), note: values.note.trim(), since: values.since || null };
    if (editing) update.mutate({ personId: person.id, patch: body }, { onSuccess: () => done(t('outreach.person.updated')), onError });
    else appoint.mutate({ postId: post.id, person: body }, { onSuccess: () => done(t('outreach.person.appointed', { name: body.name })), onError });
  }, focusFirstError);
  const title = editing ? t('outreach.person.editTitle', { name: person.name }) : t('outreach.person.successorTitle', { post: post.title });
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {!editing && post.current && <Text size="sm">{t('outreach.person.successorText', { name: post.current.name })}</Text>}
          <PersonFields form={form} withNote={editing} sinceLabel={editing ? undefined : t('outreach.person.startsOn')} />
          <ModalFormFooter error={generalError} submitLabel={t('common.save')} loading={appoint.isPending || update.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
