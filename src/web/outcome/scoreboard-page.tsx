import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AskScore, TargetScore } from '../../core/outcome/scoreboard.js';
import type { CampaignDto } from '../../shared/contracts/index.js';
import { formatNumber } from '../i18n/format.js';
import { LoadError } from '../layout/load-error.js';
import { PageSkeleton } from '../layout/page-skeleton.js';
import { ResponsiveTable, type Column } from '../layout/responsive-table.js';
import { useRecommendationLabels } from '../recommendations/labels.js';
import { OutcomeFrame, outcomeSectionPath } from './outcome-frame.js';
import { NoOutcomeYet } from './no-outcome-yet.js';
import { outcomeQuery, scoreboardQuery, useCreateThankTasks } from './outcome-queries.js';
import { OutcomeTaskList } from './outcome-task-list.js';

function YesNo({ yes, yesText, noText }: { yes: boolean; yesText: string; noText: string }) {
  return (
    <Badge variant={yes ? 'filled' : 'light'} color={yes ? 'teal' : 'gray'} tt="none" style={{ minWidth: 'max-content' }}>
      {yes ? yesText : noText}
    </Badge>
  );
}

function Total({ label, value, of }: { label: string; value: number; of: number }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {t('outcome.scoreboard.xOfY', { x: formatNumber(value, i18n.language), y: formatNumber(of, i18n.language) })}
      </Text>
    </Paper>
  );
}

function ScoreboardWorkspace({ campaign, canEdit }: { campaign: CampaignDto; canEdit: boolean }) {
  const { t } = useTranslation();
  const labels = useRecommendationLabels();
  const board = useQuery(scoreboardQuery(campaign.id));
  const outcome = useQuery(outcomeQuery(campaign.id));
  const thank = useCreateThankTasks(campaign.id);

  if (board.isPending || outcome.isPending) return <PageSkeleton lines={3} />;
  if (board.isError) return <LoadError error={board.error} onRetry={() => void board.refetch()} />;
  if (outcome.isError) return <LoadError error={outcome.error} onRetry={() => void outcome.refetch()} />;
  if (!outcome.data.import) {
    return <NoOutcomeYet campaignId={campaign.id} />;
  }
  const data = board.data;
  const paragraphs = new Map(outcome.data.recommendations.map((r) => [r.id, r.paragraph]));
  const names = (codes: string[]) => (codes.length > 0 ? codes.map((c) => labels.state(c)).join(', ') : '—');
  const paras = (ids: string[]) => (ids.length > 0 ? ids.map((id) => paragraphs.get(id) ?? '?').join(', ') : '—');
  const thanked = new Set(data.thanked);
  const toThank = data.targets.filter((target) => target.delivered && !thanked.has(target.iso3)).length;

  const askColumns: Column<AskScore>[] = [
    { key: 'ask', header: t('outcome.scoreboard.ask'), render: (a) => <Text size="sm">{a.text}</Text> },
    {
      key: 'made',
      header: t('outcome.scoreboard.made'),
      render: (a) => <YesNo yes={a.made} yesText={t('outcome.scoreboard.madeYes')} noText={t('outcome.scoreboard.madeNo')} />,
    },
    { key: 'recs', header: t('outcome.scoreboard.recommendations'), render: (a) => paras(a.recommendationIds) },
    { key: 'states', header: t('outcome.scoreboard.byStates'), render: (a) => names(a.states) },
    { key: 'targets', header: t('outcome.scoreboard.targetsDelivered'), render: (a) => names(a.targetsDelivered) },
    {
      key: 'waiting',
      header: t('outcome.scoreboard.waiting'),
      render: (a) => (a.undecided > 0 ? t('outcome.matching.waiting', { n: a.undecided }) : '—'),
    },
  ];
  const targetColumns: Column<TargetScore>[] = [
    { key: 'state', header: t('outcome.scoreboard.state'), render: (target) => <Text fw={600}>{labels.state(target.iso3)}</Text> },
    {
      key: 'delivered',
      header: t('outcome.scoreboard.delivered'),
      render: (target) => (
        <YesNo yes={target.delivered} yesText={t('outcome.scoreboard.deliveredYes')} noText={t('outcome.scoreboard.deliveredNo')} />
      ),
    },
    { key: 'recs', header: t('outcome.scoreboard.recommendations'), render: (target) => paras(target.recommendationIds) },
    {
      key: 'thanked',
      header: t('outcome.scoreboard.thanks'),
      render: (target) =>
        thanked.has(target.iso3) ? t('outcome.scoreboard.thankPlanned') : target.delivered ? t('outcome.scoreboard.thankMissing') : '—',
    },
  ];
  const askCard = (a: AskScore) => (
    <Stack gap={4}>
      <Text size="sm">{a.text}</Text>
      <Group gap={6}>
        <YesNo yes={a.made} yesText={t('outcome.scoreboard.madeYes')} noText={t('outcome.scoreboard.madeNo')} />
        {a.made && <Text size="sm">{`${paras(a.recommendationIds)} · ${names(a.states)}`}</Text>}
      </Group>
      {a.targetsDelivered.length > 0 && (
        <Text size="sm">{`${t('outcome.scoreboard.targetsDelivered')}: ${names(a.targetsDelivered)}`}</Text>
      )}
      {a.undecided > 0 && (
        <Text size="xs" c="dimmed">
          {t('outcome.matching.waiting', { n: a.undecided })}
        </Text>
      )}
    </Stack>
  );
  const targetCard = (target: TargetScore) => (
    <Stack gap={4}>
      <Group gap={6} justify="space-between">
        <Text fw={600}>{labels.state(target.iso3)}</Text>
        <YesNo yes={target.delivered} yesText={t('outcome.scoreboard.deliveredYes')} noText={t('outcome.scoreboard.deliveredNo')} />
      </Group>
      {target.delivered && (
        <Text size="sm">{`${paras(target.recommendationIds)} · ${thanked.has(target.iso3) ? t('outcome.scoreboard.thankPlanned') : t('outcome.scoreboard.thankMissing')}`}</Text>
      )}
    </Stack>
  );
  // The States that delivered first (they are the ones to thank), then by name.
  const targets = [...data.targets].sort(
    (a, b) => Number(b.delivered) - Number(a.delivered) || labels.state(a.iso3).localeCompare(labels.state(b.iso3), labels.language),
  );
  const createThanks = () =>
    thank.mutate(undefined, {
      onSuccess: (result) =>
        notifications.show({
          color: 'teal',
          message: t('outcome.scoreboard.thanksCreated', { n: result.created.length, existing: result.existing }),
        }),
    });

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Total label={t('outcome.scoreboard.asksMade')} value={data.totals.asksMade} of={data.totals.asks} />
        <Total label={t('outcome.scoreboard.issuesRaised')} value={data.totals.issuesRaised} of={data.totals.issues} />
        <Total label={t('outcome.scoreboard.targetsTotal')} value={data.totals.targetsDelivered} of={data.totals.targets} />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {t('outcome.scoreboard.onlyConfirmed')}{' '}
        <Anchor component={Link} to={outcomeSectionPath(campaign.id, 'matching')} inherit>
          {t('outcome.scoreboard.toMatching')}
        </Anchor>
      </Text>
      {data.issues.map((issue) => (
        <Paper key={issue.keyIssueId} withBorder p="md" component="section" aria-labelledby={`score-${issue.keyIssueId}`}>
          <Stack gap="xs">
            <Group gap="xs" justify="space-between">
              <Title order={2} size="h3" id={`score-${issue.keyIssueId}`}>
                {issue.title}
              </Title>
              <YesNo yes={issue.raised} yesText={t('outcome.scoreboard.raisedYes')} noText={t('outcome.scoreboard.raisedNo')} />
            </Group>
            {issue.raised && <Text size="sm">{t('outcome.scoreboard.raisedBy', { states: names(issue.raisedBy) })}</Text>}
            <ResponsiveTable
              label={t('outcome.scoreboard.asksOf', { title: issue.title })}
              columns={askColumns}
              rows={issue.asks}
              rowKey={(a) => String(a.index)}
              card={askCard}
            />
          </Stack>
        </Paper>
      ))}
      <Paper withBorder p="md" component="section" aria-labelledby="targets-score-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="targets-score-title">
            {t('outcome.scoreboard.targetsTitle')}
          </Title>
          {data.targets.length === 0 ? (
            <Text size="sm">{t('outcome.scoreboard.noTargets')}</Text>
          ) : (
            <ResponsiveTable
              label={t('outcome.scoreboard.targetsTitle')}
              columns={targetColumns}
              rows={targets}
              rowKey={(target) => target.iso3}
              card={targetCard}
            />
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="thanks-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="thanks-title">
            {t('outcome.scoreboard.thanksTitle')}
          </Title>
          <Text size="sm">{t('outcome.scoreboard.thanksIntro')}</Text>
          {canEdit ? (
            <Button w="fit-content" onClick={createThanks} loading={thank.isPending} disabled={toThank === 0}>
              {t('outcome.scoreboard.createThanks', { n: toThank })}
            </Button>
          ) : (
            <Alert color="gray">{t('outcome.readOnly')}</Alert>
          )}
          <OutcomeTaskList
            tasks={outcome.data.tasks.filter((task) => task.kind === 'thank')}
            campaignId={campaign.id}
            today={campaign.today}
            canEdit={canEdit}
          />
        </Stack>
      </Paper>
    </Stack>
  );
}

/** "Our asks vs the outcome" (stages `outcome-report`, `thank-states`): asks made, by whom, targets that delivered, thanks. */
export function ScoreboardPage() {
  return (
    <OutcomeFrame section="scoreboard">{(campaign, canEdit) => <ScoreboardWorkspace campaign={campaign} canEdit={canEdit} />}</OutcomeFrame>
  );
}
