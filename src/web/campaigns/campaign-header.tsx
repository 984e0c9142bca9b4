import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../core/access/roles.js';
import type { CampaignDto } from '../../shared/contracts/index.js';
import { useMe } from '../auth/session-queries.js';
import { formatDate, formatRelative } from '../i18n/format.js';
import { DeleteCampaignButton } from './delete-campaign-button.js';
import { EditCampaignModal } from './edit-campaign-modal.js';
import { SourceBadge } from './source-badge.js';

/** The State, the review date with its countdown and source, and the campaign's actions. */
export function CampaignHeader({ campaign }: { campaign: CampaignDto }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [editing, { open, close }] = useDisclosure(false);
  const relative = formatRelative(campaign.today, campaign.reviewDate, i18n.language, 'days');
  return (
    <Stack gap={6}>
      <Anchor component={Link} to="/campaigns" size="sm" className="no-print">
        ← {t('campaigns.title')}
      </Anchor>
      <Title order={1}>{campaign.name}</Title>
      {campaign.name !== campaign.state.name && <Text c="dimmed">{campaign.state.name}</Text>}
      <Group gap="xs">
        <Text size="lg" fw={600}>
          {t('campaign.reviewIn', { relative })}
          {' · '}
          <time dateTime={campaign.reviewDate}>{formatDate(campaign.reviewDate, i18n.language)}</time>
        </Text>
        <SourceBadge source={campaign.reviewDateSource} />
        {campaign.session !== null && (
          <Text size="sm" c="dimmed">
            {t('campaign.session', { n: campaign.session })}
          </Text>
        )}
      </Group>
      <Group gap="xs" className="no-print">
        <Button component="a" href={`/api/campaigns/${encodeURIComponent(campaign.id)}/plan.ics`} download variant="light">
          {t('campaign.downloadIcs')}
        </Button>
        {can(me.role, 'campaign.update') && (
          <Button variant="default" onClick={open}>
            {t('campaign.edit')}
          </Button>
        )}
        {can(me.role, 'campaign.delete') && <DeleteCampaignButton campaign={campaign} />}
      </Group>
      {editing && <EditCampaignModal campaign={campaign} opened={editing} onClose={close} />}
    </Stack>
  );
}
