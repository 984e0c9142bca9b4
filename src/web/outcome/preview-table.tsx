import { ActionIcon, Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable, type Column } from '../layout/responsive-table.js';
import { useRecommendationLabels } from '../recommendations/labels.js';
import { ResponseBadge } from '../recommendations/response-badge.js';
import { OutcomeWarnings } from './outcome-warnings.js';
import { PreviewRowEditor, useRowErrorText } from './preview-row-editor.js';
import type { PreviewRow, RowErrors } from './preview-rows.js';

interface Props {
  rows: PreviewRow[];
  errors: ReadonlyMap<string, RowErrors>;
  editing: string | null;
  onEdit: (key: string | null) => void;
  onChange: (key: string, patch: Partial<PreviewRow>) => void;
  onRemove: (key: string) => void;
}

/** The parser's reading, one row per numbered paragraph, with what to check beside it. */
export function PreviewTable({ rows, errors, editing, onEdit, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const labels = useRecommendationLabels();
  const errorText = useRowErrorText();
  const states = (row: PreviewRow) =>
    row.recommendingStates.length > 0 ? row.recommendingStates.map((iso3) => labels.state(iso3)).join(', ') : t('outcome.import.noStates');
  /** What to check in a row, or nothing when the reader was sure and the row is valid. */
  const check = (row: PreviewRow) => {
    // While the row is open in the editor its errors stand under the fields themselves.
    const rowErrors = editing === row.key ? [] : Object.values(errors.get(row.key) ?? {});
    if (rowErrors.length === 0 && row.warnings.length === 0 && !row.unsure && !row.added) return null;
    return (
      <Stack gap={4} p="xs" bg="var(--mantine-color-orange-0)" style={{ borderLeft: '3px solid var(--mantine-color-orange-6)' }}>
        {rowErrors.map((key) => (
          <Text key={key} size="sm" c="red.8" fw={600}>
            {errorText(key)}
          </Text>
        ))}
        <OutcomeWarnings warnings={row.warnings} label={t('outcome.import.rowWarnings', { paragraph: row.paragraph })} />
        {row.unsure && row.warnings.length === 0 && <Text size="sm">{t('outcome.import.unsure')}</Text>}
        {row.added && (
          <Badge variant="light" color="blue" tt="none" w="fit-content">
            {t('outcome.import.added')}
          </Badge>
        )}
      </Stack>
    );
  };
  const flagged = (row: PreviewRow) => errors.has(row.key) || row.warnings.length > 0 || row.unsure;
  const paragraph = (row: PreviewRow) => (
    <Stack gap={2} align="flex-start">
      <Text fw={700}>{row.paragraph || '—'}</Text>
      {flagged(row) && (
        <Badge variant="filled" color={errors.has(row.key) ? 'red' : 'orange'} tt="none" size="sm">
          {t('outcome.import.check')}
        </Badge>
      )}
    </Stack>
  );
  // A draft report leaves every response "to be examined": only a known position is worth a badge.
  const response = (row: PreviewRow) =>
    row.response && row.response !== 'pending' ? <ResponseBadge response={row.response} size="sm" /> : null;
  /** Closing the editor gives the focus back to the row's edit button, not to the page. */
  const done = (key: string) => {
    onEdit(null);
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-edit-row="${key}"]`)?.focus());
  };
  const actions = (row: PreviewRow) => (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={t('outcome.import.edit', { paragraph: row.paragraph })}>
        <ActionIcon
          variant={editing === row.key ? 'filled' : 'default'}
          aria-label={t('outcome.import.edit', { paragraph: row.paragraph || '…' })}
          aria-expanded={editing === row.key}
          data-edit-row={row.key}
          onClick={() => onEdit(editing === row.key ? null : row.key)}
        >
          <span aria-hidden>✎</span>
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('outcome.import.remove', { paragraph: row.paragraph })}>
        <ActionIcon
          variant="default"
          color="red"
          aria-label={t('outcome.import.remove', { paragraph: row.paragraph || '…' })}
          onClick={() => onRemove(row.key)}
        >
          <span aria-hidden>✕</span>
        </ActionIcon>
      </Tooltip>
    </Group>
  );
  const columns: Column<PreviewRow>[] = [
    { key: 'paragraph', header: t('outcome.import.paragraph'), render: paragraph },
    {
      key: 'text',
      header: t('outcome.import.text'),
      render: (row) => (
        <Stack gap={6}>
          <Text size="sm">{row.text || '—'}</Text>
          {response(row)}
          {check(row)}
        </Stack>
      ),
    },
    { key: 'states', header: t('outcome.import.states'), render: states },
    { key: 'actions', header: t('outcome.import.actions'), render: actions },
  ];
  return (
    <ResponsiveTable
      label={t('outcome.import.tableLabel')}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.key}
      details={(row) =>
        editing === row.key ? (
          <PreviewRowEditor
            row={row}
            errors={errors.get(row.key)}
            onChange={(patch) => onChange(row.key, patch)}
            onDone={() => done(row.key)}
          />
        ) : null
      }
      card={(row) => (
        <Stack gap={6}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            {paragraph(row)}
            {actions(row)}
          </Group>
          <Text size="sm">{row.text || '—'}</Text>
          {response(row)}
          <Text size="sm">
            <Text span size="xs" c="dimmed" fw={600}>
              {t('outcome.import.states')}:{' '}
            </Text>
            {states(row)}
          </Text>
          {check(row)}
        </Stack>
      )}
    />
  );
}
