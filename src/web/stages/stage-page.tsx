import { Alert, Anchor, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../core/access/roles.js';
import { STAGE_KEYS, type StageKey } from '../../core/strategy/catalogue.js';
import { isApiError } from '../api/api-error.js';
import { useMe } from '../auth/session-queries.js';
import { campaignQuery, membersQuery } from '../campaigns/campaign-queries.js';
import { StageStateBadge } from '../campaigns/stage-state-badge.js';
import { formatRange, formatRelative } from '../i18n/format.js';
import { usePlanTexts } from '../i18n/use-plan-texts.js';
import { LoadError } from '../layout/load-error.js';
import { NotFoundPage } from '../layout/not-found-page.js';
import { PageSkeleton } from '../layout/page-skeleton.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { MidtermReportPanel } from '../after-review/midterm-report-panel.js';
import { NextCycleButton } from '../after-review/next-cycle-button.js';
import { DraftingHelper } from '../targets/drafting-helper.js';
import { GenevaOutreach } from './geneva-outreach.js';
import { StageCallouts } from './stage-callouts.js';
import { toolLink } from './stage-tools.js';
import { TaskItem } from './task-item.js';

function isStageKey(value: string): value is StageKey {
  return (STAGE_KEYS as readonly string[]).includes(value);
}

/** One stage: what to do and why, the task checklist, notes and tips, and the tool that does the work. */
export function StagePage() {
  const { t, i18n } = useTranslation();
  const { id = '', stageKey = '' } = useParams();
  const me = useMe();
  const texts = usePlanTexts();
  const campaign = useQuery(campaignQuery(id));
  const members = useQuery(membersQuery);
  const stageTexts = isStageKey(stageKey) ? texts.stages[stageKey] : undefined;
  usePageTitle(stageTexts?.title);

  if (campaign.isPending) return <PageSkeleton />;
  if (campaign.isError) {
    if (isApiError(campaign.error) && campaign.error.code === 'not-found') return <NotFoundPage />;
    return <LoadError error={campaign.error} onRetry={() => void campaign.refetch()} />;
  }
  const data = campaign.data;
  const index = data.stages.findIndex((s) => s.key === stageKey);
  const stage = data.stages[index];
  if (!stage || !stageTexts) return <NotFoundPage />;
  const previous = data.stages[index - 1];
  const next = data.stages[index + 1];
  const readOnly = !can(me.role, 'task.update');
  const tool = toolLink(stage.tool, data, stage.key);
  const when =
    stage.status === 'upcoming'
      ? formatRelative(data.today, stage.start, i18n.language)
      : stage.status === 'past'
        ? formatRelative(data.today, stage.end, i18n.language)
        : null;

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Anchor component={Link} to={`/campaigns/${data.id}`} size="sm" className="no-print">
          ← {data.name}
        </Anchor>
        <Title order={1}>{stageTexts.title}</Title>
        <Group gap="xs">
          <StageStateBadge stage={stage} />
          <Text>
            {formatRange(stage.start, stage.end, i18n.language)}
            {when ? ` · ${when}` : ''}
          </Text>
        </Group>
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <section aria-labelledby="why-title">
              <Title order={2} size="h3" id="why-title" mb={4}>
                {t('stage.whatWhy')}
              </Title>
              <Text>{stageTexts.summary}</Text>
            </section>
            {tool && (
              <Button component={Link} to={tool.to} w="fit-content" className="no-print">
                {t(`stage.tools.${tool.labelKey}`)}
              </Button>
            )}
            {stage.key === 'start-again' && <NextCycleButton campaign={data} />}
            {(stage.key === 'mid-term-report' || stage.key === 'update-recommending-states') && <MidtermReportPanel campaignId={data.id} />}
            <Stack gap="xs" component="section" aria-labelledby="tasks-title">
              <Title order={2} size="h3" id="tasks-title">
                {t('stage.tasks')}
              </Title>
              {readOnly && <Alert color="gray">{t('stage.readOnly')}</Alert>}
              <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {stage.tasks.map((task) => (
                  <TaskItem
                    key={task.key}
                    campaignId={data.id}
                    stageKey={stage.key}
                    task={task}
                    text={stageTexts.tasks[task.key] ?? task.key}
                    today={data.today}
                    members={members.data ?? []}
                    readOnly={readOnly}
                  />
                ))}
              </Stack>
            </Stack>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            {stage.key === 'geneva-missions' && <GenevaOutreach outreach={data.genevaOutreach} />}
            <StageCallouts stage={stage} texts={stageTexts} />
          </Stack>
        </Grid.Col>
      </Grid>
      {stage.key === 'advocacy-document' && <DraftingHelper campaignId={data.id} surIso3={data.state.iso3} />}
      <Group justify="space-between" className="no-print" component="nav" aria-label={t('campaign.stagesTitle')}>
        {previous ? (
          <Anchor component={Link} to={`/campaigns/${data.id}/stages/${previous.key}`}>
            ← {t('stage.previous', { title: texts.stages[previous.key].title })}
          </Anchor>
        ) : (
          <span />
        )}
        {next && (
          <Anchor component={Link} to={`/campaigns/${data.id}/stages/${next.key}`}>
            {t('stage.next', { title: texts.stages[next.key].title })} →
          </Anchor>
        )}
      </Group>
    </Stack>
  );
}
