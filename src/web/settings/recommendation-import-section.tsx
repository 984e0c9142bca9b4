import { Alert, Anchor, Button, FileInput, Group, List, Progress, ScrollArea, Spoiler, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../api/api-error.js';
import { errorMessage } from '../i18n/error-message.js';
import { formatBytes, formatNumber } from '../i18n/format.js';
import { importRecommendationFile, type ImportProgress, type ImportResult } from './import-stream.js';

/** The server's limit (recommendation-import-routes.ts); checked here first to spare a long upload. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;
const ACCEPTED = /\.(csv|gz|xlsx|json|docx)$/i;
/** Bad lines listed on screen; the server names at most 50 in an error. */
const MAX_LISTED = 50;

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ImportProgress | null; readRows: number; skipBadRows: boolean }
  | { kind: 'done'; result: ImportResult }
  | { kind: 'failed'; error: unknown; skipBadRows: boolean };

/** "line 12" / "row 3" / "item 7" of the importer's messages, in the user's language. */
function usePosition() {
  const { t } = useTranslation();
  return (path: string) => {
    const match = /^(line|row|item) (\d+)$/.exec(path.trim());
    return match ? t(`settings.recImport.position.${match[1] as 'line' | 'row' | 'item'}`, { n: match[2] }) : path;
  };
}

function ProgressView({ status }: { status: Extract<Status, { kind: 'running' }> }) {
  const { t, i18n } = useTranslation();
  const progress = status.progress;
  const phase = progress?.phase ?? 'reading';
  // Reading: the number of rows is not known in advance, so the bar only shows activity.
  // Writing: the rows read are the most that can be written.
  const determinate = phase !== 'reading' && status.readRows > 0;
  const value = phase === 'done' ? 100 : determinate ? Math.min(99, Math.round(((progress?.rows ?? 0) / status.readRows) * 100)) : 100;
  const numbers = progress
    ? t('settings.recImport.rate', {
        rows: formatNumber(progress.rows, i18n.language),
        rate: formatNumber(progress.rowsPerSecond, i18n.language),
      })
    : t('settings.recImport.uploading');
  return (
    <Stack gap={6} role="status" aria-live="polite">
      <Group justify="space-between" gap="xs">
        <Text fw={600}>{t(`settings.recImport.phase.${progress ? phase : 'upload'}`)}</Text>
        <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {numbers}
        </Text>
      </Group>
      <Progress.Root
        size="lg"
        role="progressbar"
        aria-label={t('settings.recImport.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={determinate ? value : undefined}
        aria-valuetext={numbers}
      >
        <Progress.Section
          value={value}
          withAria={false}
          striped={phase !== 'done'}
          animated={phase !== 'done'}
          color={phase === 'done' ? 'teal' : 'blue'}
        />
      </Progress.Root>
    </Stack>
  );
}

function ResultView({ result }: { result: ImportResult }) {
  const { t, i18n } = useTranslation();
  const position = usePosition();
  const n = (value: number) => formatNumber(value, i18n.language);
  const rows: [string, string][] = [
    [t('settings.recImport.rowsRead'), n(result.rowsRead)],
    [t('settings.recImport.inFile'), n(result.recommendationsInFile)],
    [t('settings.recImport.added'), n(result.recommendationsAdded)],
    [t('settings.recImport.duplicates'), n(result.duplicates)],
    [t('settings.recImport.skipped'), n(result.skippedCount)],
    [t('settings.recImport.warnings'), n(result.warnings.length)],
  ];
  return (
    <Alert color="teal" title={t('settings.recImport.doneTitle')} role="status">
      <Stack gap="sm">
        <Text size="sm">
          {result.recommendationsAdded > 0
            ? t('settings.recImport.doneText', { file: result.fileName })
            : t('settings.recImport.doneNothingNew', { file: result.fileName })}
        </Text>
        <Table
          withRowBorders={false}
          verticalSpacing={2}
          fz="sm"
          style={{ width: 'auto', alignSelf: 'flex-start' }}
          aria-label={t('settings.recImport.summary')}
        >
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th scope="row" fw={500} pl={0}>
                  {label}
                </Table.Th>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {value}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {result.skipped.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('settings.recImport.skippedTitle')}
            </Text>
            <Spoiler maxHeight={120} showLabel={t('settings.recImport.showMore')} hideLabel={t('settings.recImport.showLess')}>
              <List size="sm" spacing={2}>
                {result.skipped.map((row) => (
                  <List.Item key={row.line}>
                    {position(`line ${row.line}`)}: {row.reason}
                  </List.Item>
                ))}
              </List>
            </Spoiler>
          </Stack>
        )}
        {result.warnings.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('settings.recImport.warningsTitle')}
            </Text>
            <Spoiler maxHeight={120} showLabel={t('settings.recImport.showMore')} hideLabel={t('settings.recImport.showLess')}>
              <List size="sm" spacing={2}>
                {result.warnings.map((warning, i) => (
                  <List.Item key={i}>{warning}</List.Item>
                ))}
              </List>
            </Spoiler>
          </Stack>
        )}
        <Anchor component={Link} to="/recommendations" size="sm" fw={600}>
          {t('settings.recImport.search')}
        </Anchor>
      </Stack>
    </Alert>
  );
}

function ErrorView({ error, canSkip, onSkip }: { error: unknown; canSkip: boolean; onSkip: () => void }) {
  const { t, i18n } = useTranslation();
  const position = usePosition();
  const issues = isApiError(error) ? (error.details.issues ?? []) : [];
  const badRows = isApiError(error) && typeof error.details.badRows === 'number' ? error.details.badRows : issues.length;
  const fileProblem = isApiError(error) && error.code === 'validation' && issues.length > 0;
  return (
    <Alert color="red" title={fileProblem ? t('settings.recImport.badRowsTitle') : t('settings.recImport.failedTitle')} role="alert">
      <Stack gap="sm">
        <Text size="sm">
          {fileProblem ? t('settings.recImport.badRowsText', { n: formatNumber(badRows, i18n.language) }) : errorMessage(error, t)}
        </Text>
        {issues.length > 0 && (
          <ScrollArea.Autosize mah={220} type="auto">
            <List size="sm" spacing={2}>
              {issues.slice(0, MAX_LISTED).map((issue, i) => (
                <List.Item key={`${issue.path}-${i}`}>
                  {/* The importer explains each row's problem in its own words. */}
                  {position(String(issue.path))}: {issue.message}
                </List.Item>
              ))}
            </List>
          </ScrollArea.Autosize>
        )}
        {badRows > issues.length && issues.length > 0 && (
          <Text size="sm">{t('settings.recImport.moreBadRows', { n: formatNumber(badRows - issues.length, i18n.language) })}</Text>
        )}
        {fileProblem && canSkip && (
          <Group gap="sm">
            <Button variant="default" onClick={onSkip}>
              {t('settings.recImport.skipAndImport')}
            </Button>
            <Text size="xs">{t('settings.recImport.skipHint')}</Text>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}

/**
 * Admins load recommendations (UPR Info exports, OHCHR thematic lists) into the organisation's
 * database: the file is uploaded as is, the page follows the server's progress, and a file with
 * bad rows can be imported again leaving those rows out.
 */
export function RecommendationImportSection() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const running = status.kind === 'running';

  const run = async (chosen: File, skipBadRows: boolean) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    let readRows = 0;
    setStatus({ kind: 'running', progress: null, readRows: 0, skipBadRows });
    try {
      const result = await importRecommendationFile({
        file: chosen,
        fileName: chosen.name,
        skipBadRows,
        signal: controller.signal,
        onProgress: (progress) => {
          if (progress.phase === 'reading') readRows = progress.rows;
          setStatus({ kind: 'running', progress, readRows, skipBadRows });
        },
      });
      setStatus({ kind: 'done', result });
      void client.invalidateQueries({ queryKey: ['recommendations'] });
    } catch (error) {
      if (controller.signal.aborted) return;
      setStatus({ kind: 'failed', error, skipBadRows });
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setFileError(t('validation.required'));
    if (!ACCEPTED.test(file.name)) return setFileError(t('settings.recImport.wrongType'));
    if (file.size > MAX_FILE_BYTES)
      return setFileError(t('settings.recImport.tooLarge', { size: formatBytes(MAX_FILE_BYTES, i18n.language) }));
    void run(file, false);
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="rec-import-title">
      <Title order={2} size="h3" id="rec-import-title">
        {t('settings.recImport.title')}
      </Title>
      <Text>{t('settings.recImport.intro')}</Text>
      <form onSubmit={submit} noValidate>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <FileInput
            label={t('settings.recImport.file')}
            description={
              file ? t('settings.recImport.chosen', { size: formatBytes(file.size, i18n.language) }) : t('settings.recImport.formats')
            }
            accept=".csv,.gz,.xlsx,.json,.docx"
            placeholder={t('settings.recImport.choose')}
            value={file}
            onChange={(value) => {
              setFile(value);
              setFileError(undefined);
              if (!running) setStatus({ kind: 'idle' });
            }}
            clearable
            required
            disabled={running}
            error={fileError}
            miw={280}
            maw="100%"
          />
          <Button type="submit" loading={running} mt={{ base: 0, xs: 44 }}>
            {t('settings.recImport.submit')}
          </Button>
        </Group>
      </form>
      {status.kind === 'running' && <ProgressView status={status} />}
      {status.kind === 'done' && <ResultView result={status.result} />}
      {status.kind === 'failed' && (
        <ErrorView error={status.error} canSkip={!status.skipBadRows && file !== null} onSkip={() => file && void run(file, true)} />
      )}
    </Stack>
  );
}
