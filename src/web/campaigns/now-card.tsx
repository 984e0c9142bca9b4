import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CampaignDto, StageDto } from '../../shared/contracts/index.js';
import { formatRelative } from '../i18n/format.js';
import { usePlanTexts } from '../i18n/use-plan-texts.js';
import { dateCountdown } from '../layout/date-countdown.js';
import { openTasks } from './next-tasks.js';

function StageNow({ campaign, stage }: { campaign: CampaignDto; stage: StageDto }) {
  const { t, i18n } = useTranslation();
  const texts = usePlanTexts().stages[stage.key];
  const tasks = openTasks(stage, 3);
  return (
    <Stack gap={4}>
      <Title order={3} size="h4">
        <Anchor component={Link} to={`/campaigns/${campaign.id}/stages/${stage.key}`} inherit>
          {texts.title}
        </Anchor>
      </Title>
      {tasks.length === 0 ? (
        <Text size="sm">{t('campaign.allDone')}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('campaign.nextTasks')}
          </Text>
          <List size="sm" spacing={4}>
            {tasks.map((task) => (
              <List.Item key={task.key}>
                {texts.tasks[task.key] ?? task.key}{' '}
                <Text span size="xs" c="dimmed">
                  ({t('stage.due', { date: dateCountdown(task.due, campaign.today, i18n.language) })})
                </Text>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}

/** "What do I do now?": the stages running today and their next open tasks, plus missed stages still worth doing. */
export function NowCard({ campaign }: { campaign: CampaignDto }) {
  const { t, i18n } = useTranslation();
  const texts = usePlanTexts();
  const current = campaign.stages.filter((s) => s.status === 'current');
  const upcoming = campaign.stages.find((s) => s.status === 'upcoming');
  const late = campaign.stages.filter((s) => s.actionableLate && openTasks(s).length > 0);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="now-title" bg="blue.0">
      <Stack gap="sm">
        <Title order={2} id="now-title">
          {t('campaign.nowTitle')}
        </Title>
        {current.map((stage) => (
          <StageNow key={stage.key} campaign={campaign} stage={stage} />
        ))}
        {current.length === 0 && upcoming && (
          <Text>
            {t('campaign.nowEmpty', {
              stage: texts.stages[upcoming.key].title,
              relative: formatRelative(campaign.today, upcoming.start, i18n.language),
            })}
          </Text>
        )}
        {current.length === 0 && !upcoming && <Text>{t('campaign.nowDone')}</Text>}
        {late.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('campaign.lateTitle')}
            </Text>
            <List size="sm" spacing={2}>
              {late.map((stage) => (
                <List.Item key={stage.key}>
                  <Anchor component={Link} to={`/campaigns/${campaign.id}/stages/${stage.key}`} inherit>
                    {texts.stages[stage.key].title}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
