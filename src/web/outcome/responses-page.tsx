import { Alert, Button, Group, NativeSelect, Pagination, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESPONSES } from '../../core/recommendations/responses.js';
import type { CampaignDto } from '../../shared/contracts/index.js';
import type { SavedRecommendationDto } from '../../shared/contracts/outcome-campaign.js';
import { formatDate, formatNumber } from '../i18n/format.js';
import { LoadError } from '../layout/load-error.js';
import { PageSkeleton } from '../layout/page-skeleton.js';
import { ResponsiveTable, type Column } from '../layout/responsive-table.js';
import { useRecommendationLabels } from '../recommendations/labels.js';
import { AddendumImport } from './addendum-import.js';
import { OutcomeFrame } from './outcome-frame.js';
import { NoOutcomeYet } from './no-outcome-yet.js';
import { outcomeQuery } from './outcome-queries.js';
import { FollowCheckbox, NextStep, ResponseSelect } from './response-cells.js';
import { countResponses, filterRecommendations, isResponseFilter, type ResponsesView } from './responses-filter.js';

/** Rows per page: a report has 200–300 recommendations, each row holds two controls. */
const PAGE_SIZE = 50;

function ResponsesWorkspace({ campaign, canEdit }: { campaign: CampaignDto; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const labels = useRecommendationLabels();
  const outcome = useQuery(outcomeQuery(campaign.id));
  const [view, setView] = useState<ResponsesView>({ response: 'all', followedOnly: false, query: '' });
  const [page, setPage] = useState(1);
  const [addendum, { toggle: toggleAddendum, close: closeAddendum }] = useDisclosure(false);
  const recs = outcome.data?.recommendations;
  const shown = useMemo(() => filterRecommendations(recs ?? [], view), [recs, view]);
  const counts = useMemo(() => countResponses(recs ?? []), [recs]);

  if (outcome.isPending) return <PageSkeleton lines={3} />;
  if (outcome.isError) return <LoadError error={outcome.error} onRetry={() => void outcome.refetch()} />;
  const data = outcome.data;
  if (!data.import) {
    return <NoOutcomeYet campaignId={campaign.id} />;
  }
  const change = (patch: Partial<ResponsesView>) => {
    setView({ ...view, ...patch });
    setPage(1);
  };
  const lobbyTasks = new Map(
    data.tasks.filter((task) => task.kind === 'lobby' && task.recommendationId).map((task) => [task.recommendationId!, task]),
  );
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const rows = shown.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const n = (value: number) => formatNumber(value, i18n.language);
  const cell = { campaignId: campaign.id, canEdit };

  const statesOf = (r: SavedRecommendationDto) => r.recommendingStates.map((iso3) => labels.state(iso3)).join(', ');
  const columns: Column<SavedRecommendationDto>[] = [
    { key: 'paragraph', header: t('outcome.import.paragraph'), render: (r) => <Text fw={700}>{r.paragraph}</Text> },
    {
      key: 'text',
      header: t('outcome.responses.recommendation'),
      render: (r) => (
        <Stack gap={2}>
          <Text size="sm">{r.text}</Text>
          <Text size="xs" c="dimmed">
            {statesOf(r)}
          </Text>
        </Stack>
      ),
    },
    { key: 'response', header: t('outcome.responses.response'), render: (r) => <ResponseSelect {...cell} recommendation={r} /> },
    { key: 'follow', header: t('outcome.responses.followColumn'), render: (r) => <FollowCheckbox {...cell} recommendation={r} /> },
    {
      key: 'next',
      header: t('outcome.responses.nextStep'),
      render: (r) => (
        <NextStep {...cell} recommendation={r} task={lobbyTasks.get(r.id)} adoption={data.adoption.date} today={campaign.today} />
      ),
    },
  ];
  // On a phone: number and response on one line, the text, then "we follow it" and what follows.
  const card = (r: SavedRecommendationDto) => (
    <Stack gap={6}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text fw={700}>{r.paragraph}</Text>
        <ResponseSelect {...cell} recommendation={r} />
      </Group>
      <Text size="sm">{r.text}</Text>
      <Text size="xs" c="dimmed">
        {statesOf(r)}
      </Text>
      <FollowCheckbox {...cell} recommendation={r} withLabel />
      {(r.lobby || r.monitored) && (
        <NextStep {...cell} recommendation={r} task={lobbyTasks.get(r.id)} adoption={data.adoption.date} today={campaign.today} />
      )}
    </Stack>
  );
  const filterData = [
    { value: 'all', label: t('outcome.responses.filterAll', { n: n(counts.all) }) },
    ...RESPONSES.map((r) => ({ value: r, label: `${labels.response(r)} (${n(counts[r])})` })),
    { value: 'none', label: `${t('outcome.responses.none')} (${n(counts.none)})` },
  ];

  return (
    <Stack gap="md">
      <Alert color="blue" title={t('outcome.responses.ruleTitle')}>
        {t(data.adoption.estimated ? 'outcome.responses.ruleEstimated' : 'outcome.responses.rule', {
          date: formatDate(data.adoption.date, i18n.language),
        })}
      </Alert>
      {canEdit ? (
        <Paper withBorder p="md" component="section" aria-labelledby="addendum-title">
          <Stack gap="sm">
            <Group justify="space-between" gap="xs">
              <Title order={2} size="h3" id="addendum-title">
                {t('outcome.addendum.title')}
              </Title>
              <Button variant="default" size="compact-sm" onClick={toggleAddendum} aria-expanded={addendum} aria-controls="addendum-panel">
                {addendum ? t('common.close') : t('outcome.addendum.open')}
              </Button>
            </Group>
            {addendum && (
              <div id="addendum-panel">
                <AddendumImport campaignId={campaign.id} onDone={closeAddendum} />
              </div>
            )}
          </Stack>
        </Paper>
      ) : (
        <Alert color="gray">{t('outcome.readOnly')}</Alert>
      )}
      <Stack gap="sm" component="section" aria-labelledby="responses-list-title">
        <Title order={2} size="h3" id="responses-list-title">
          {t('outcome.responses.listTitle')}
        </Title>
        <Group gap="sm" align="flex-end">
          <NativeSelect
            label={t('outcome.responses.filter')}
            value={view.response}
            data={filterData}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isResponseFilter(value)) change({ response: value });
            }}
          />
          <TextInput
            label={t('outcome.responses.search')}
            placeholder={t('outcome.responses.searchPlaceholder')}
            value={view.query}
            onChange={(event) => change({ query: event.currentTarget.value })}
            type="search"
          />
          <Switch
            checked={view.followedOnly}
            onChange={(event) => change({ followedOnly: event.currentTarget.checked })}
            label={t('outcome.responses.followedOnly', { n: n(data.counts.ofInterest) })}
            mb={6}
          />
        </Group>
        <Text size="sm" role="status">
          {t('outcome.responses.shown', { n: n(shown.length), total: n(counts.all) })}
        </Text>
        {rows.length > 0 && (
          <ResponsiveTable label={t('outcome.responses.tableLabel')} columns={columns} rows={rows} rowKey={(r) => r.id} card={card} />
        )}
        {pages > 1 && (
          <Pagination
            total={pages}
            value={current}
            onChange={setPage}
            siblings={0}
            boundaries={1}
            size="sm"
            aria-label={t('recommendations.pages')}
            getItemProps={(page) => ({ 'aria-label': t('recommendations.pageN', { n: page }) })}
            getControlProps={(control) => ({ 'aria-label': t(`recommendations.pageControls.${control}`) })}
          />
        )}
      </Stack>
    </Stack>
  );
}

/** Responses (stage `lobby-noted`): the State's position on each recommendation, by hand or from the addendum. */
export function ResponsesPage() {
  return (
    <OutcomeFrame section="responses">{(campaign, canEdit) => <ResponsesWorkspace campaign={campaign} canEdit={canEdit} />}</OutcomeFrame>
  );
}
