import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CampaignDto } from '../../shared/contracts/index.js';
import { formatRange } from '../i18n/format.js';
import { usePlanTexts } from '../i18n/use-plan-texts.js';
import { StageStateBadge } from './stage-state-badge.js';

/** Every stage of the plan in order, each linking to its page. */
export function StageList({ campaign }: { campaign: CampaignDto }) {
  const { t, i18n } = useTranslation();
  const texts = usePlanTexts();
  return (
    <Stack gap="xs" component="section" aria-labelledby="stages-title">
      <Title order={2} id="stages-title">
        {t('campaign.stagesTitle')}
      </Title>
      <Stack gap={6} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {campaign.stages.map((stage) => {
          const done = stage.tasks.filter((task) => task.done).length;
          return (
            <Paper key={stage.key} component="li" withBorder p="sm" bg={stage.status === 'current' ? 'blue.0' : undefined}>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Stack gap={2}>
                  <Anchor component={Link} to={`/campaigns/${campaign.id}/stages/${stage.key}`} fw={600}>
                    {texts.stages[stage.key].title}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {formatRange(stage.start, stage.end, i18n.language)}
                  </Text>
                </Stack>
                <Group gap="xs">
                  <Text size="sm">{t('campaign.tasksCount', { done, total: stage.tasks.length })}</Text>
                  <StageStateBadge stage={stage} />
                </Group>
              </Group>
            </Paper>
          );
        })}
      </Stack>
    </Stack>
  );
}
