import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDto, PostDto } from '../../shared/contracts/outreach.js';
import { errorMessage, validationMessage } from '../i18n/error-message.js';
import { todayIso } from '../i18n/format.js';
import { usePersonLeaves } from './outreach-queries.js';
import { fieldError } from './person-fields.js';

/** Asks before recording that someone left: the post stays, vacant, with its history. Cancel has the focus. */
export function LeavePostModal({ campaignId, post, person, onClose }: { campaignId: string; post: PostDto; person: PersonDto; onClose: () => void }) {
  const { t } = useTranslation();
  const leave = usePersonLeaves(campaignId);
  const [until, setUntil] = useState(todayIso());
  const error = fieldError('since', until) ?? (until === '' ? 'required' : null);
  const confirm = () =>
    !error &&
    leave.mutate(
      { personId: person.id, until },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('outreach.leave.done', { name: person.name }) });
          onClose();
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('outreach.leave.title', { name: person.name })} centered>
      <Stack>
        <Text>{t('outreach.leave.text', { post: post.title })}</Text>
        <TextInput
          type="date"
          label={t('outreach.leave.until')}
          required
          min="2008-01-01"
          max="2040-12-31"
          value={until}
          onChange={(e) => setUntil(e.currentTarget.value)}
          error={validationMessage(error, t)}
        />
        {leave.isError && (
          <Alert color="red" role="alert">
            {errorMessage(leave.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={confirm} loading={leave.isPending} disabled={error !== null}>
            {t('outreach.leave.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
