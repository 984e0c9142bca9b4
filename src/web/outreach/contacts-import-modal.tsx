import { Button, FileInput, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_CONTACT_FILE_BYTES, type ContactMapping, type ContactsImportResultDto } from '../../shared/contracts/contacts.js';
import { formatBytes, formatNumber } from '../i18n/format.js';
import { useImportContacts, usePreviewContacts } from './contacts-api.js';
import { ContactsImportError, ContactsImportResult } from './contacts-import-result.js';
import { ContactsMappingTable, mappingProblems } from './contacts-mapping-table.js';

const ACCEPTED = /\.(csv|txt|xlsx)$/i;

/**
 * Import contacts in three steps: choose a .csv or .xlsx file → check which column holds what
 * (preselected from the headers, in English or Russian) → import all rows or, when any row has a
 * problem, none, with the list of rows to correct.
 */
export function ContactsImportModal({ campaignId, onClose }: { campaignId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const preview = usePreviewContacts(campaignId);
  const importer = useImportContacts(campaignId);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [mapping, setMapping] = useState<ContactMapping | null>(null);
  const [tried, setTried] = useState(false);
  const [result, setResult] = useState<ContactsImportResultDto | null>(null);

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setMapping(null);
    setResult(null);
    setTried(false);
    importer.reset();
    preview.reset();
    if (!chosen) return setFileError(undefined);
    if (!ACCEPTED.test(chosen.name)) return setFileError(t('outreach.contacts.wrongType'));
    if (chosen.size > MAX_CONTACT_FILE_BYTES) return setFileError(t('outreach.contacts.tooLarge', { size: formatBytes(MAX_CONTACT_FILE_BYTES, i18n.language) }));
    setFileError(undefined);
    preview.mutate(chosen, { onSuccess: (data) => setMapping(data.suggestedMapping) });
  };

  const submit = () => {
    setTried(true);
    if (!file || !mapping || Object.keys(mappingProblems(mapping)).length > 0) return;
    importer.mutate(
      { file, mapping },
      {
        onSuccess: (done) => {
          setResult(done);
          notifications.show({ color: 'teal', message: t('outreach.contacts.added', { n: formatNumber(done.peopleAdded, i18n.language) }) });
        },
      },
    );
  };

  const rows = preview.data?.rowCount ?? 0;
  return (
    <Modal opened onClose={onClose} title={t('outreach.contacts.importTitle')} size="xl">
      <Stack>
        <Text size="sm">{t('outreach.contacts.intro')}</Text>
        <FileInput
          label={t('outreach.contacts.file')}
          description={t('outreach.contacts.formats', { size: formatBytes(MAX_CONTACT_FILE_BYTES, i18n.language) })}
          placeholder={t('outreach.contacts.choose')}
          accept=".csv,.txt,.xlsx"
          value={file}
          onChange={choose}
          clearable
          error={fileError}
          data-autofocus
        />
        {preview.isPending && (
          <Text size="sm" role="status">
            {t('outreach.contacts.reading')}
          </Text>
        )}
        {preview.isError && <ContactsImportError error={preview.error} />}
        {preview.data && mapping && !result && <ContactsMappingTable preview={preview.data} mapping={mapping} onChange={setMapping} showErrors={tried} />}
        {importer.isError && <ContactsImportError error={importer.error} />}
        {result && <ContactsImportResult result={result} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {result ? t('common.close') : t('common.cancel')}
          </Button>
          {preview.data && mapping && !result && (
            <Button onClick={submit} loading={importer.isPending}>
              {t('outreach.contacts.submit', { n: formatNumber(rows, i18n.language) })}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
