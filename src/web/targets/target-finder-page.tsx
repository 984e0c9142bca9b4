import { Alert, Anchor, Badge, Button, Checkbox, Group, MultiSelect, Progress, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { can } from '../../core/access/roles.js';
import { REGIONAL_GROUPS } from '../../core/upr/calendar.js';
import { DEFAULT_TARGET_LIMIT, MAX_TARGET_LIMIT, type TargetFinderRowDto } from '../../shared/contracts/targets.js';
import { isApiError } from '../api/api-error.js';
import { useMe } from '../auth/session-queries.js';
import { campaignQuery } from '../campaigns/campaign-queries.js';
import { formatNumber } from '../i18n/format.js';
import { LoadError } from '../layout/load-error.js';
import { NotFoundPage } from '../layout/not-found-page.js';
import { PageSkeleton } from '../layout/page-skeleton.js';
import { ResponsiveTable, type Column } from '../layout/responsive-table.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { useRecommendationLabels } from '../recommendations/labels.js';
import { TargetEvidence } from './target-evidence.js';
import { finderQueryString, targetFinderQuery, useAddTargets, type FinderFilters } from './target-queries.js';

function readFilters(params: URLSearchParams): FinderFilters {
  const groups = params.getAll('regionalGroup').filter((g) => (REGIONAL_GROUPS as readonly string[]).includes(g));
  const limit = Math.trunc(Number(params.get('limit') ?? DEFAULT_TARGET_LIMIT)) || DEFAULT_TARGET_LIMIT;
  return {
    regionalGroup: groups,
    euOnly: params.get('euOnly') === 'true',
    excludeTargeted: params.get('excludeTargeted') === 'true',
    limit: Math.min(MAX_TARGET_LIMIT, Math.max(1, limit)),
  };
}

function writeFilters(filters: FinderFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const group of filters.regionalGroup) params.append('regionalGroup', group);
  if (filters.euOnly) params.set('euOnly', 'true');
  if (filters.excludeTargeted) params.set('excludeTargeted', 'true');
  if (filters.limit !== DEFAULT_TARGET_LIMIT) params.set('limit', String(filters.limit));
  return params;
}

/** The score as a bar with its number written next to it (the number is what is read out). */
function ScoreBar({ score }: { score: number }) {
  const { i18n } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress value={score} w={110} size="lg" aria-hidden color="blue" style={{ flexShrink: 0 }} />
      <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {formatNumber(score, i18n.language, 0)}
      </Text>
    </Group>
  );
}

/**
 * "Whom should we lobby?": recommending States ranked for the campaign's State under Review and
 * key issues, each with the evidence behind its score; add them to the campaign's targets one
 * by one or several at once.
 */
export function TargetFinderPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const labels = useRecommendationLabels();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const campaign = useQuery(campaignQuery(id));
  const finder = useQuery({ ...targetFinderQuery(id, finderQueryString(filters)), placeholderData: (previous) => previous });
  const add = useAddTargets(id);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [adding, setAdding] = useState<Set<string>>(new Set());
  usePageTitle(t('targets.title'));

  if (campaign.isPending) return <PageSkeleton />;
  if (campaign.isError) {
    if (isApiError(campaign.error) && campaign.error.code === 'not-found') return <NotFoundPage />;
    return <LoadError error={campaign.error} onRetry={() => void campaign.refetch()} />;
  }
  const data = campaign.data;
  const canEdit = can(me.role, 'campaign.update');
  const surName = labels.state(data.state.iso3);
  const rows = finder.data?.targets ?? [];
  const addable = rows.filter((r) => !r.alreadyTarget);
  const selectedAddable = addable.filter((r) => selected.has(r.iso3)).map((r) => r.iso3);
  const setFilters = (patch: Partial<FinderFilters>) =>
    setParams(writeFilters({ ...filters, limit: DEFAULT_TARGET_LIMIT, ...patch }), { replace: true });

  const toggle = (set: Set<string>, iso3: string) => {
    const next = new Set(set);
    if (next.has(iso3)) next.delete(iso3);
    else next.add(iso3);
    return next;
  };
  const addTargets = (iso3s: string[]) => {
    setAdding(new Set(iso3s));
    add.mutate(iso3s, {
      onSuccess: () => {
        notifications.show({
          color: 'teal',
          message:
            iso3s.length === 1
              ? t('targets.addedOne', { state: labels.state(iso3s[0] ?? '') })
              : t('targets.addedMany', { n: iso3s.length }),
        });
        setSelected((current) => new Set([...current].filter((iso3) => !iso3s.includes(iso3))));
      },
      onSettled: () => setAdding(new Set()),
    });
  };

  const whyButton = (row: TargetFinderRowDto) => (
    <Button
      variant="subtle"
      size="compact-sm"
      onClick={() => setOpen((current) => toggle(current, row.iso3))}
      aria-expanded={open.has(row.iso3)}
      aria-controls={open.has(row.iso3) ? `evidence-${row.iso3}` : undefined}
      aria-label={t('targets.whyFor', { state: labels.state(row.iso3) })}
    >
      {open.has(row.iso3) ? t('targets.hideWhy') : t('targets.why.button')}
    </Button>
  );
  const action = (row: TargetFinderRowDto) =>
    row.alreadyTarget ? (
      <Badge variant="light" color="teal" tt="none" size="lg">
        ✓ {t('targets.inTargets')}
      </Badge>
    ) : canEdit ? (
      <Button
        size="compact-sm"
        variant="light"
        loading={add.isPending && adding.has(row.iso3)}
        disabled={add.isPending && !adding.has(row.iso3)}
        onClick={() => addTargets([row.iso3])}
        aria-label={t('targets.addFor', { state: labels.state(row.iso3) })}
      >
        {t('targets.add')}
      </Button>
    ) : null;
  const selectBox = (row: TargetFinderRowDto) => (
    <Checkbox
      aria-label={t('targets.select', { state: labels.state(row.iso3) })}
      checked={row.alreadyTarget || selected.has(row.iso3)}
      disabled={row.alreadyTarget}
      onChange={() => setSelected((current) => toggle(current, row.iso3))}
    />
  );
  const stateCell = (row: TargetFinderRowDto) => (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" fw={600}>
        {labels.state(row.iso3)}
      </Text>
      {row.euMember && (
        <Badge size="xs" variant="light" color="blue" tt="none" title={t('targets.euMember')}>
          {t('targets.eu')}
        </Badge>
      )}
    </Group>
  );

  const columns: Column<TargetFinderRowDto>[] = [
    ...(canEdit ? [{ key: 'select', header: t('targets.columns.select'), render: selectBox }] : []),
    { key: 'rank', header: t('targets.columns.rank'), render: (r) => r.rank },
    { key: 'state', header: t('targets.columns.state'), render: stateCell },
    { key: 'group', header: t('targets.columns.group'), render: (r) => labels.group(r.regionalGroup) },
    { key: 'score', header: t('targets.columns.score'), render: (r) => <ScoreBar score={r.score} /> },
    { key: 'why', header: t('targets.columns.why'), render: whyButton },
    { key: 'action', header: t('targets.columns.action'), render: action },
  ];
  const card = (row: TargetFinderRowDto) => (
    <Stack gap={8}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          {canEdit && selectBox(row)}
          <div>
            <Group gap={6} wrap="nowrap">
              <Text size="sm" c="dimmed" fw={600}>
                {t('targets.rankN', { n: row.rank })}
              </Text>
              {stateCell(row)}
            </Group>
            <Text size="xs" c="dimmed">
              {labels.group(row.regionalGroup)}
            </Text>
          </div>
        </Group>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <Text size="xs" c="dimmed">
          {t('targets.columns.score')}
        </Text>
        <ScoreBar score={row.score} />
      </Group>
      <Group justify="space-between" gap="xs">
        {whyButton(row)}
        {action(row)}
      </Group>
    </Stack>
  );

  const groupOptions = REGIONAL_GROUPS.map((g) => ({ value: g, label: labels.group(g) }));
  const issues = finder.data?.issues ?? [];
  const more = finder.data ? finder.data.matching > rows.length && filters.limit < MAX_TARGET_LIMIT : false;

  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Anchor component={Link} to={`/campaigns/${data.id}`} size="sm" className="no-print">
          ← {data.name}
        </Anchor>
        <Title order={1}>{t('targets.title')}</Title>
        <Text>{t('targets.intro', { sur: surName })}</Text>
      </Stack>

      <Group gap="xs" wrap="wrap" component="section" aria-label={t('targets.rankedOn')}>
        <Text size="sm" fw={600}>
          {t('targets.rankedOn')}
        </Text>
        {issues.map((issue) => (
          <Badge key={issue.issue} variant="light" tt="none" size="lg">
            {issue.labels[labels.language]}
          </Badge>
        ))}
        {finder.data && issues.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('targets.noIssuesShort')}
          </Text>
        )}
        <Anchor component={Link} to={`/campaigns/${data.id}#key-issues`} state={{ keepFocus: true }} size="sm">
          {t('targets.editIssues')}
        </Anchor>
      </Group>
      {finder.data && issues.length === 0 && (
        <Alert color="yellow" title={t('targets.noIssuesTitle')}>
          {t('targets.noIssuesText', { sur: surName })}{' '}
          <Anchor component={Link} to={`/campaigns/${data.id}#key-issues`} state={{ keepFocus: true }} inherit fw={600}>
            {t('targets.chooseIssues')}
          </Anchor>
        </Alert>
      )}

      <Group gap="md" align="flex-end" wrap="wrap" className="no-print" component="section" aria-label={t('targets.filters')}>
        <MultiSelect
          label={t('targets.regionalGroups')}
          placeholder={filters.regionalGroup.length ? undefined : t('targets.allGroups')}
          data={groupOptions}
          value={filters.regionalGroup}
          onChange={(regionalGroup) => setFilters({ regionalGroup })}
          clearable
          w={{ base: '100%', sm: 340 }}
          comboboxProps={{ withinPortal: true }}
        />
        <Switch label={t('targets.euOnly')} checked={filters.euOnly} onChange={(e) => setFilters({ euOnly: e.currentTarget.checked })} />
        <Switch
          label={t('targets.excludeTargeted')}
          checked={filters.excludeTargeted}
          onChange={(e) => setFilters({ excludeTargeted: e.currentTarget.checked })}
        />
      </Group>

      {finder.isPending && <PageSkeleton lines={5} />}
      {finder.isError && <LoadError error={finder.error} onRetry={() => void finder.refetch()} />}
      {finder.data && (
        <Stack gap="sm" aria-busy={finder.isFetching}>
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Text size="sm" role="status">
              {t('targets.showing', {
                shown: formatNumber(rows.length, i18n.language),
                total: formatNumber(finder.data.matching, i18n.language),
              })}
            </Text>
            {canEdit && addable.length > 0 && (
              <Group gap="sm" className="no-print">
                <Checkbox
                  label={t('targets.selectAll')}
                  checked={selectedAddable.length === addable.length}
                  indeterminate={selectedAddable.length > 0 && selectedAddable.length < addable.length}
                  onChange={() => setSelected(selectedAddable.length === addable.length ? new Set() : new Set(addable.map((r) => r.iso3)))}
                />
                <Button
                  disabled={selectedAddable.length === 0 || add.isPending}
                  loading={add.isPending && adding.size > 1}
                  onClick={() => addTargets(selectedAddable)}
                >
                  {t('targets.addSelected', { n: selectedAddable.length })}
                </Button>
              </Group>
            )}
          </Group>
          {rows.length === 0 ? (
            <Alert color="gray">{finder.data.candidates === 0 ? t('targets.noCandidates') : t('targets.noneMatch')}</Alert>
          ) : (
            <div style={{ opacity: finder.isPlaceholderData ? 0.6 : 1 }}>
              <ResponsiveTable
                label={t('targets.tableLabel', { sur: surName })}
                columns={columns}
                rows={rows}
                rowKey={(r) => r.iso3}
                card={card}
                details={(row) =>
                  open.has(row.iso3) ? (
                    <div id={`evidence-${row.iso3}`}>
                      <TargetEvidence target={row} surName={surName} />
                    </div>
                  ) : null
                }
              />
            </div>
          )}
          {more && (
            <Button
              variant="default"
              w="fit-content"
              className="no-print"
              onClick={() =>
                setParams(writeFilters({ ...filters, limit: Math.min(MAX_TARGET_LIMIT, filters.limit + DEFAULT_TARGET_LIMIT) }), {
                  replace: true,
                })
              }
            >
              {t('targets.showMore')}
            </Button>
          )}
          <Text size="xs" c="dimmed">
            {t('targets.scoreNote', { cycle: finder.data.currentCycle })}
          </Text>
        </Stack>
      )}
    </Stack>
  );
}
