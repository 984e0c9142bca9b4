import { Anchor, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { campaignPath } from './document-queries.js';

interface Props {
  campaignId: string;
  language: 'en' | 'ru';
  /** Export is refused while the document has no issue or unsaved changes would be left out. */
  ready: boolean;
  unsaved: boolean;
}

/** DOCX and PDF downloads and the printable page, in the document's language, plus the campaign file. */
export function DocumentExportMenu({ campaignId, language, ready, unsaved }: Props) {
  const { t } = useTranslation();
  const link = (format: string) => `${campaignPath(campaignId)}/document/${format}?lang=${language}`;
  return (
    <Group gap="xs" wrap="wrap" className="no-print">
      <Button component="a" href={ready ? link('docx') : undefined} download disabled={!ready} data-disabled={!ready || undefined}>
        {t('document.exportDocx')}
      </Button>
      <Button component="a" href={ready ? link('pdf') : undefined} download disabled={!ready} variant="default">
        {t('document.exportPdf')}
      </Button>
      <Button component="a" href={ready ? link('html') : undefined} target="_blank" rel="noopener" disabled={!ready} variant="default">
        {t('document.print')}
      </Button>
      <Anchor href={`${campaignPath(campaignId)}/campaign-file`} download size="sm">
        {t('document.exportCampaignFile')}
      </Anchor>
      {!ready && (
        <Text size="sm" c="dimmed">
          {t('document.exportNeedsIssue')}
        </Text>
      )}
      {ready && unsaved && (
        <Text size="sm" c="orange.9" role="status">
          {t('document.unsavedNotExported')}
        </Text>
      )}
    </Group>
  );
}
