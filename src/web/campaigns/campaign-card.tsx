import { Anchor, Badge, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CampaignSummaryDto } from '../../shared/contracts/index.js';
import { usePlanTexts } from '../i18n/use-plan-texts.js';
import { DateCountdown } from '../layout/date-countdown.js';
import { SourceBadge } from './source-badge.js';

/** One campaign in the list: State, review date with countdown, the stages running now, progress. */
export function CampaignCard({ campaign, today }: { campaign: CampaignSummaryDto; today: string }) {
  const { t } = useTranslation();
  const texts = usePlanTexts();
  const percent = campaign.tasksTotal ? Math.round((campaign.tasksDone / campaign.tasksTotal) * 100) : 0;
  return (
    <Card withBorder padding="md" component="article">
      <Stack gap="xs">
        <Title order={2} size="h4">
          <Anchor component={Link} to={`/campaigns/${campaign.id}`} inherit>
            {campaign.name}
          </Anchor>
        </Title>
        {campaign.name !== campaign.state.name && (
          <Text size="sm" c="dimmed">
            {campaign.state.name}
          </Text>
        )}
        <Group gap="xs">
          <Text size="sm">
            <DateCountdown date={campaign.reviewDate} today={today} precision="days" />
          </Text>
          <SourceBadge source={campaign.reviewDateSource} />
        </Group>
        <Text size="sm" fw={600}>
          {t('campaigns.now')}:{' '}
          <Text span size="sm" fw={400}>
            {campaign.currentStages.length
              ? campaign.currentStages.map((key) => texts.stages[key].title).join(', ')
              : t('campaigns.noCurrentStage')}
          </Text>
        </Text>
        <Progress value={percent} size="sm" aria-hidden />
        <Group justify="space-between" gap="xs">
          <Text size="sm">{t('campaigns.progress', { done: campaign.tasksDone, total: campaign.tasksTotal })}</Text>
          {campaign.overdue > 0 && (
            <Badge color="orange" variant="light" tt="none">
              {t('campaigns.overdue', { n: campaign.overdue })}
            </Badge>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
