import { Alert, Button, FileInput, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error.js';
import { http } from '../api/http.js';
import { errorMessage, validationMessage } from '../i18n/error-message.js';

const KINDS = ['sessions', 'reviews', 'hrc-sessions'] as const;
type Kind = (typeof KINDS)[number];

/** Admins update the UN calendar (UPR sessions, reviews, HRC sessions) from a CSV file. */
export function CalendarImportSection() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [kind, setKind] = useState<Kind>('sessions');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const upload = useMutation({
    meta: { inlineErrors: true },
    mutationFn: async ({ kind: k, file: f }: { kind: Kind; file: File }) =>
      http<{ rows: number }>(`/api/admin/calendar/import?kind=${k}`, { method: 'POST', body: await f.text(), contentType: 'text/csv' }),
    onSuccess: (result) => {
      notifications.show({ color: 'teal', message: t('settings.imported', { n: result.rows }) });
      setFile(null);
      // Review dates and Geneva sessions of every plan may have moved.
      void client.invalidateQueries();
    },
  });
  const issues = isApiError(upload.error) ? (upload.error.details.issues ?? []).slice(0, 10) : [];
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) return setFileError(t('validation.required'));
    upload.mutate({ kind, file });
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="import-title">
      <Title order={2} size="h3" id="import-title">
        {t('settings.importTitle')}
      </Title>
      <Text>{t('settings.importIntro')}</Text>
      <form onSubmit={submit} noValidate>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <Select
            label={t('settings.importKind')}
            data={KINDS.map((k) => ({ value: k, label: t(`settings.importKinds.${k}`) }))}
            value={kind}
            allowDeselect={false}
            onChange={(value) => value && setKind(value as Kind)}
            miw={260}
          />
          <FileInput
            label={t('settings.importFile')}
            accept=".csv,text/csv"
            placeholder={t('settings.importChoose')}
            value={file}
            onChange={(value) => {
              setFile(value);
              setFileError(undefined);
            }}
            clearable
            required
            error={fileError}
            miw={240}
          />
          <Button type="submit" loading={upload.isPending} mt={25}>
            {t('settings.importSubmit')}
          </Button>
        </Group>
      </form>
      {upload.isError && (
        <Alert color="red" role="alert">
          {errorMessage(upload.error, t)}
          {issues.length > 0 && (
            <List size="sm" mt="xs">
              {issues.map((issue) => (
                <List.Item key={`${issue.path}-${issue.message}`}>
                  {/* The parser explains problems of the file itself (line, column) in its own words. */}
                  {i18n.exists(`validation.${issue.message}`) ? validationMessage(issue.message, t) : issue.message}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Stack>
  );
}
