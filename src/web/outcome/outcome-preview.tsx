import { Alert, Button, Group, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveOutcomeResultDto } from '../../shared/contracts/outcome-campaign.js';
import type { OutcomeParseDto } from '../../shared/contracts/outcome.js';
import { isApiError } from '../api/api-error.js';
import { errorMessage } from '../i18n/error-message.js';
import { formatNumber } from '../i18n/format.js';
import { ConfirmModal } from '../layout/confirm-modal.js';
import { useSaveOutcome } from './outcome-queries.js';
import { OutcomeWarnings } from './outcome-warnings.js';
import { PreviewTable } from './preview-table.js';
import {
  newRow,
  rowsFromParse,
  serverRowErrors,
  toSaveRecommendations,
  validateRows,
  type PreviewRow,
  type RowErrors,
} from './preview-rows.js';

interface Props {
  campaignId: string;
  parse: OutcomeParseDto;
  /** The report's UN symbol guessed from its text or file name. */
  symbol: string;
  /** The symbol of the outcome already saved: saving again replaces it, after a confirmation. */
  savedSymbol: string | null;
  /** Paragraph numbers of the saved outcome: those missing from the new list are deleted. */
  savedParagraphs: readonly string[];
  onSaved: (result: SaveOutcomeResultDto) => void;
  onDiscard: () => void;
}

const needsCheck = (row: PreviewRow, errors: ReadonlyMap<string, RowErrors>) =>
  row.warnings.length > 0 || row.unsure || row.added || errors.has(row.key);

/**
 * The preview of a parsed report: fix a paragraph's number, text or States, remove or add rows,
 * then save the whole list (all or nothing). Replacing a saved outcome asks first.
 */
export function OutcomePreview({ campaignId, parse, symbol, savedSymbol, savedParagraphs, onSaved, onDiscard }: Props) {
  const { t, i18n } = useTranslation();
  const save = useSaveOutcome(campaignId);
  const [initial] = useState(() => rowsFromParse(parse));
  const [rows, setRows] = useState<PreviewRow[]>(initial.rows);
  const [documentSymbol, setDocumentSymbol] = useState(symbol);
  const [symbolError, setSymbolError] = useState<string | undefined>();
  const [editing, setEditing] = useState<string | null>(null);
  const [errors, setErrors] = useState<ReadonlyMap<string, RowErrors>>(new Map());
  const [onlyToCheck, setOnlyToCheck] = useState(false);
  const [removed, setRemoved] = useState<{ row: PreviewRow; index: number } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [nextKey, setNextKey] = useState(0);
  const undo = useRef<HTMLButtonElement>(null);
  const symbolField = useRef<HTMLInputElement>(null);
  // The removed row's place is gone: the keyboard focus goes to "Undo" rather than the page's start.
  useEffect(() => {
    if (removed) undo.current?.focus();
  }, [removed]);

  const change = (key: string, patch: Partial<PreviewRow>) => {
    setRows((current) => current.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    if (errors.has(key)) setErrors((current) => new Map([...current].filter(([k]) => k !== key)));
  };
  const remove = (key: string) => {
    const index = rows.findIndex((r) => r.key === key);
    if (index < 0) return;
    setRemoved({ row: rows[index]!, index });
    setRows(rows.filter((r) => r.key !== key));
    if (editing === key) setEditing(null);
  };
  const undoRemove = () => {
    if (!removed) return;
    setRows((current) => [...current.slice(0, removed.index), removed.row, ...current.slice(removed.index)]);
    setRemoved(null);
  };
  const add = () => {
    const row = newRow(rows, `new${nextKey}`);
    setNextKey(nextKey + 1);
    setRows([...rows, row]);
    setEditing(row.key);
    setOnlyToCheck(false);
  };

  const send = (replace: boolean) => {
    save.mutate(
      { documentSymbol: documentSymbol.trim(), fileName: parse.source.fileName, replace, recommendations: toSaveRecommendations(rows) },
      {
        onSuccess: (result) => {
          setConfirming(false);
          onSaved(result);
        },
        onError: (error) => {
          setConfirming(false);
          if (!isApiError(error)) return;
          const issues = error.details.issues ?? [];
          if (error.code === 'conflict' && issues.some((i) => i.message === 'confirm-replace')) return setConfirming(true);
          if (issues.some((i) => i.path === 'documentSymbol')) setSymbolError(t('outcome.import.symbolRequired'));
          const byRow = serverRowErrors(rows, issues);
          if (byRow.size > 0) {
            setErrors(byRow);
            setEditing([...byRow.keys()][0] ?? null);
          }
        },
      },
    );
  };
  const submit = () => {
    const found = validateRows(rows);
    setErrors(found);
    const symbolMissing = documentSymbol.trim() === '';
    setSymbolError(symbolMissing ? t('outcome.import.symbolRequired') : undefined);
    if (found.size > 0) {
      setEditing([...found.keys()][0] ?? null);
      return;
    }
    if (symbolMissing) return symbolField.current?.focus();
    if (rows.length === 0) return;
    if (savedSymbol) return setConfirming(true);
    send(false);
  };

  const toCheck = rows.filter((r) => needsCheck(r, errors));
  const kept = new Set(rows.map((r) => r.paragraph.trim()));
  const deleted = savedParagraphs.filter((paragraph) => !kept.has(paragraph)).length;
  const shown = onlyToCheck ? toCheck : rows;
  // Problems that landed on a row, on the symbol or in the replace confirmation need no general message.
  const handled =
    isApiError(save.error) &&
    ((save.error.code === 'validation' && (errors.size > 0 || symbolError !== undefined)) ||
      (save.error.code === 'conflict' && (save.error.details.issues ?? []).some((i) => i.message === 'confirm-replace')));
  const serverProblem = save.isError && !handled;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="preview-title">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id="preview-title">
            {t('outcome.import.previewTitle')}
          </Title>
          <Text size="sm">
            {t('outcome.import.previewSummary', {
              n: formatNumber(rows.length, i18n.language),
              check: formatNumber(toCheck.length, i18n.language),
            })}
          </Text>
        </Stack>
        {initial.general.length > 0 && (
          <Alert color="orange" title={t('outcome.import.generalWarnings')}>
            <OutcomeWarnings warnings={initial.general} label={t('outcome.import.generalWarnings')} />
          </Alert>
        )}
        <TextInput
          label={t('outcome.import.symbol')}
          description={t('outcome.import.symbolHint')}
          value={documentSymbol}
          onChange={(event) => {
            setDocumentSymbol(event.currentTarget.value);
            setSymbolError(undefined);
          }}
          error={symbolError}
          required
          maw={320}
          ref={symbolField}
        />
        <Switch
          checked={onlyToCheck}
          onChange={(event) => setOnlyToCheck(event.currentTarget.checked)}
          label={t('outcome.import.onlyToCheck', { n: toCheck.length })}
        />
        {removed && (
          <Alert color="gray" role="status">
            <Group gap="sm" justify="space-between">
              <Text size="sm">{t('outcome.import.removed', { paragraph: removed.row.paragraph || '…' })}</Text>
              <Button size="compact-sm" variant="light" onClick={undoRemove} ref={undo}>
                {t('outcome.import.undo')}
              </Button>
            </Group>
          </Alert>
        )}
        {rows.length === 0 ? (
          <Text>{t('outcome.import.noRows')}</Text>
        ) : shown.length === 0 ? (
          <Text c="dimmed">{t('outcome.import.nothingToCheck')}</Text>
        ) : (
          <PreviewTable rows={shown} errors={errors} editing={editing} onEdit={setEditing} onChange={change} onRemove={remove} />
        )}
        <Group>
          <Button variant="default" onClick={add}>
            {t('outcome.import.addRow')}
          </Button>
        </Group>
        {errors.size > 0 && (
          <Alert color="red" role="alert">
            {t('outcome.import.rowsToFix', { n: errors.size })}
          </Alert>
        )}
        {serverProblem && (
          <Alert color="red" role="alert">
            {errorMessage(save.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDiscard}>
            {t('outcome.import.discard')}
          </Button>
          <Button onClick={submit} loading={save.isPending && !confirming} disabled={rows.length === 0}>
            {t('outcome.import.save', { n: rows.length })}
          </Button>
        </Group>
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t('outcome.import.replaceTitle')}
        text={`${t('outcome.import.replaceText', { symbol: savedSymbol ?? '' })} ${t('outcome.import.replaceDeleted', { n: formatNumber(deleted, i18n.language) })}`}
        confirmLabel={t('outcome.import.replace')}
        loading={save.isPending}
        onConfirm={() => send(true)}
        onClose={() => setConfirming(false)}
      />
    </Paper>
  );
}
