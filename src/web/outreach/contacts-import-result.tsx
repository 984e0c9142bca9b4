import { Alert, List, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContactRowErrorDto, ContactsImportResultDto } from '../../shared/contracts/contacts.js';
import { isApiError } from '../api/api-error.js';
import { errorMessage } from '../i18n/error-message.js';
import { formatList, formatNumber } from '../i18n/format.js';

const FILE_PROBLEMS = ['file-type', 'empty-file', 'too-many-rows', 'not-csv'] as const;

/** What the import did: people added, those already on the board, posts created, States added to the targets. */
export function ContactsImportResult({ result }: { result: ContactsImportResultDto }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <Alert color="teal" title={t('outreach.contacts.doneTitle')} role="status">
      <Stack gap={4}>
        <Text size="sm">{t('outreach.contacts.added', { n: n(result.peopleAdded) })}</Text>
        <Text size="sm">{t('outreach.contacts.present', { n: n(result.alreadyPresent) })}</Text>
        <Text size="sm">{t('outreach.contacts.postsCreated', { n: n(result.postsCreated) })}</Text>
        {result.targetsAdded.length > 0 && (
          <Text size="sm" fw={600}>
            {t('outreach.contacts.targetsAdded', { states: formatList(result.targetsAdded.map((s) => s.name), i18n.language) })}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}

/** Why nothing was imported: each bad row with its number and the problem in words, or the file's problem. */
export function ContactsImportError({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  const details = isApiError(error) ? error.details : {};
  const rowErrors = Array.isArray(details.rowErrors) ? (details.rowErrors as ContactRowErrorDto[]) : [];
  const badRows = typeof details.badRows === 'number' ? details.badRows : 0;
  const fileProblem = (details.issues ?? []).map((i) => i.message).find((m): m is (typeof FILE_PROBLEMS)[number] => (FILE_PROBLEMS as readonly string[]).includes(m));
  if (rowErrors.length === 0) {
    return (
      <Alert color="red" title={t('outreach.contacts.failedTitle')} role="alert">
        {fileProblem ? t(`outreach.contacts.fileProblems.${fileProblem}`) : errorMessage(error, t)}
      </Alert>
    );
  }
  return (
    <Alert color="red" title={t('outreach.contacts.errorsTitle')} role="alert">
      <Stack gap="xs">
        <Text size="sm">{t('outreach.contacts.errorsText', { n: formatNumber(badRows, i18n.language) })}</Text>
        <ScrollArea.Autosize mah={240} type="auto">
          <List size="sm" spacing={2}>
            {rowErrors.map((e, i) => (
              <List.Item key={`${e.row}-${e.field}-${i}`}>
                {t('outreach.contacts.rowError', {
                  row: e.row,
                  field: t(`outreach.contacts.fields.${e.field}`),
                  problem: t(`outreach.contacts.problems.${e.problem}`, { value: e.value }),
                })}
              </List.Item>
            ))}
          </List>
        </ScrollArea.Autosize>
      </Stack>
    </Alert>
  );
}
