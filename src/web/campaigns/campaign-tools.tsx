import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The campaign's workbench: the tools that do the work of the stages, one click from home. */
export function CampaignTools({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const base = `/campaigns/${encodeURIComponent(campaignId)}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="campaign-tools-title" className="no-print">
      <Stack gap="xs">
        <Title order={2} size="h3" id="campaign-tools-title">
          {t('document.tools.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('document.tools.intro')}
        </Text>
        <Group gap="xs" wrap="wrap">
          <Button component={Link} to={`${base}/document`} variant="light">
            {t('document.tools.document')}
          </Button>
          <Button component={Link} to={`${base}/targets`} variant="light">
            {t('document.tools.targets')}
          </Button>
          <Button component={Link} to={`${base}/outreach`} variant="light">
            {t('document.tools.outreach')}
          </Button>
          <Button component={Link} to={`${base}/outcome`} variant="light">
            {t('outcome.tools.outcome')}
          </Button>
          <Button component={Link} to={`${base}/monitoring`} variant="light">
            {t('outcome.tools.monitoring')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
