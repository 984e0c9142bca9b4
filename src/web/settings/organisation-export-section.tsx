import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * All of the organisation's data in one JSON file, to move it to another instance
 * (`upr-advocate org import FILE` there). A plain download link: the browser sends the session
 * cookie of this same origin, and the answer is a file.
 */
export function OrganisationExportSection() {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby="organisation-export-title">
      <Title order={2} size="h3" id="organisation-export-title">
        {t('settings.exportTitle')}
      </Title>
      <Text size="sm">{t('settings.exportHelp')}</Text>
      <Button component="a" href="/api/admin/organisation-export" download variant="default" w="fit-content">
        {t('settings.exportButton')}
      </Button>
    </Stack>
  );
}
