import { Badge, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TargetFinderRowDto } from '../../shared/contracts/targets.js';
import { ResponsiveTable, type Column } from '../layout/responsive-table.js';
import { useRecommendationLabels } from '../recommendations/labels.js';
import { ScoreBar } from './score-bar.js';
import { TargetEvidence } from './target-evidence.js';

interface RankedTargetsTableProps {
  rows: TargetFinderRowDto[];
  surName: string;
  canEdit: boolean;
  /** States whose evidence is shown. */
  open: Set<string>;
  onToggleOpen: (iso3: string) => void;
  selected: Set<string>;
  onToggleSelected: (iso3: string) => void;
  /** States being added, while an add is pending. */
  adding: Set<string>;
  pending: boolean;
  onAdd: (iso3: string) => void;
}

/** The ranked States: a table on wide screens, cards on narrow ones, each with its evidence on demand. */
export function RankedTargetsTable(props: RankedTargetsTableProps) {
  const { rows, surName, canEdit, open, onToggleOpen, selected, onToggleSelected, adding, pending, onAdd } = props;
  const { t } = useTranslation();
  const labels = useRecommendationLabels();

  const whyButton = (row: TargetFinderRowDto) => (
    <Button
      variant="subtle"
      size="compact-sm"
      onClick={() => onToggleOpen(row.iso3)}
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
        loading={pending && adding.has(row.iso3)}
        disabled={pending && !adding.has(row.iso3)}
        onClick={() => onAdd(row.iso3)}
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
      onChange={() => onToggleSelected(row.iso3)}
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

  return (
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
  );
}
