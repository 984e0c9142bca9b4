import { Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error.js';
import { ModalFormFooter } from '../layout/modal-form-footer.js';

interface Props {
  opened: boolean;
  title: string;
  text: string;
  submitLabel: string;
  loading: boolean;
  /** The last refusal: a wrong password is shown on the field, anything else above the buttons. */
  error: unknown;
  onSubmit: (password: string) => void;
  onClose: () => void;
}

/** Asks for the current password again before a sensitive change of the account. */
export function PasswordConfirmModal({ opened, title, text, submitLabel, loading, error, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    if (!opened) setPassword('');
  }, [opened]);
  const wrong = isApiError(error) && error.code === 'password-wrong';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(password === '');
    if (password !== '') onSubmit(password);
  };
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text>{text}</Text>
          <PasswordInput
            label={t('security.twoFactor.password')}
            autoComplete="current-password"
            required
            data-autofocus
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={missing ? t('validation.required') : wrong ? t('errors.password-wrong') : undefined}
          />
          <ModalFormFooter error={wrong ? null : error} submitLabel={submitLabel} loading={loading} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
