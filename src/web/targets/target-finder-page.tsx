import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../core/access/roles.js';
import { MAX_TARGET_LIMIT } from '../../shared/contracts/targets.js';
import { isApiError } from '../api/api-error.js';
import { useMe } from '../auth/session-queries.js';
import { campaignQuery } from '../campaigns/campaign-queries.js';
import { formatNumber } from '../i18n/format.js';
import { LoadError } from '../layout/load-error.js';
import { NotFoundPage } from '../layout/not-found-page.js';
import { PageSkeleton } from '../layout/page-skeleton.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { useRecommendationLabels } from '../recommendations/labels.js';
import { BulkAddToolbar } from './bulk-add-toolbar.js';
import { FinderFilterBar } from './finder-filter-bar.js';
import { RankedOnIssues } from './ranked-on-issues.js';
import { RankedTargetsTable } from './ranked-targets-table.js';
import { finderQueryString, targetFinderQuery } from './target-queries.js';
import { useFinderFilters } from './use-finder-filters.js';
import { useTargetSelection } from './use-target-selection.js';

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
  const { filters, setFilters, showMore } = useFinderFilters();
  const campaign = useQuery(campaignQuery(id));
  const finder = useQuery({ ...targetFinderQuery(id, finderQueryString(filters)), placeholderData: (previous) => previous });
  const selection = useTargetSelection(id);
  const { selected, setSelected, adding, pending, addTargets } = selection;
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

      <RankedOnIssues campaignId={data.id} surName={surName} issues={issues} loaded={finder.data !== undefined} />

      <FinderFilterBar filters={filters} onChange={setFilters} />

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
              <BulkAddToolbar
                addableCount={addable.length}
                selectedCount={selectedAddable.length}
                onToggleAll={() => setSelected(selectedAddable.length === addable.length ? new Set() : new Set(addable.map((r) => r.iso3)))}
                onAddSelected={() => addTargets(selectedAddable)}
                pending={pending}
                bulk={adding.size > 1}
              />
            )}
          </Group>
          {rows.length === 0 ? (
            <Alert color="gray">{finder.data.candidates === 0 ? t('targets.noCandidates') : t('targets.noneMatch')}</Alert>
          ) : (
            <div style={{ opacity: finder.isPlaceholderData ? 0.6 : 1 }}>
              <RankedTargetsTable
                rows={rows}
                surName={surName}
                canEdit={canEdit}
                open={selection.open}
                onToggleOpen={selection.toggleOpen}
                selected={selected}
                onToggleSelected={selection.toggleSelected}
                adding={adding}
                pending={pending}
                onAdd={(iso3) => addTargets([iso3])}
              />
            </div>
          )}
          {more && (
            <Button variant="default" w="fit-content" className="no-print" onClick={showMore}>
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
