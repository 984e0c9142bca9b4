import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/error-message.js';

interface Props {
  /** A failure that belongs to no single field, shown above the buttons. */
  error: unknown;
  submitLabel: string;
  loading: boolean;
  onCancel: () => void;
}

/** The end of every modal form: the general error, then Cancel and the submit button. */
export function ModalFormFooter({ error, submitLabel, loading, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {error !== null && error !== undefined && (
        <Alert color="red" role="alert">
          {errorMessage(error, t)}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={loading}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
