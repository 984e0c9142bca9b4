import { Alert, Button, FileInput, Group, Progress, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_OUTCOME_FILE_BYTES, MAX_OUTCOME_TEXT_LENGTH, OUTCOME_FILE_TYPES } from '../../shared/contracts/outcome.js';
import { isApiError } from '../api/api-error.js';
import { errorMessage } from '../i18n/error-message.js';
import { formatBytes, formatNumber } from '../i18n/format.js';
import type { OutcomeSourceInput } from './outcome-queries.js';

type Mode = 'paste' | 'file';

interface Props {
  /** Prefix of the texts: 'outcome.source.report' or 'outcome.source.addendum'. */
  texts: 'report' | 'addendum';
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (source: OutcomeSourceInput, fileName: string | null, text: string) => void;
}

/** The report may also be OHCHR's thematic list (a matrix: .docx, .csv, .xlsx); an addendum is a document. */
const FILE_TYPES: Record<Props['texts'], readonly string[]> = {
  report: OUTCOME_FILE_TYPES,
  addendum: OUTCOME_FILE_TYPES.filter((type) => ['.txt', '.docx', '.pdf'].includes(type)),
};

/** A failed upload or read in the user's language; the reader's own finding (e.g. "not UTF-8") below it. */
function SourceError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const fileProblem = isApiError(error) && error.code === 'validation' && (error.details.issues ?? []).some((i) => i.path === 'file');
  return (
    <Alert color="red" role="alert" title={fileProblem ? t('outcome.source.unreadable') : undefined}>
      {fileProblem ? t('outcome.source.unreadableText') : errorMessage(error, t)}
      {fileProblem && isApiError(error) && (
        <Text size="xs" mt={4}>
          {t('outcome.import.parserSays')} <span lang="en">{error.message}</span>
        </Text>
      )}
    </Alert>
  );
}

/**
 * Paste the text or upload the file (.txt, .docx, .pdf) of a report or its addendum. Checks the
 * type and size before sending, and shows how far the upload is, then that the server reads it.
 */
export function OutcomeSourceForm({ texts, pending, error, submitLabel, onSubmit }: Props) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<Mode>('paste');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const [sent, setSent] = useState<number | null>(null);
  const maxSize = formatBytes(MAX_OUTCOME_FILE_BYTES, i18n.language);
  const types = FILE_TYPES[texts];
  const typeOk = (name: string) => types.some((type) => name.toLowerCase().endsWith(type));

  const submit = async () => {
    setSent(null);
    if (mode === 'paste') {
      if (text.trim() === '') return setProblem(t('outcome.source.emptyText'));
      if (text.length > MAX_OUTCOME_TEXT_LENGTH) {
        return setProblem(t('outcome.source.textTooLong', { n: formatNumber(MAX_OUTCOME_TEXT_LENGTH, i18n.language) }));
      }
      setProblem(undefined);
      return onSubmit({ text }, null, text);
    }
    if (!file) return setProblem(t('outcome.source.noFile'));
    if (!typeOk(file.name)) return setProblem(t(`outcome.source.${texts}.wrongType`));
    if (file.size > MAX_OUTCOME_FILE_BYTES) return setProblem(t('outcome.source.tooLarge', { size: maxSize }));
    setProblem(undefined);
    setSent(0);
    // A text file's running header names the report (A/HRC/…/…): read its start for the symbol.
    const head = file.name.toLowerCase().endsWith('.txt')
      ? await file
          .slice(0, 200_000)
          .text()
          .catch(() => '')
      : '';
    onSubmit({ file, onProgress: setSent }, file.name, head);
  };

  const uploading = pending && mode === 'file' && sent !== null && sent < 1;
  return (
    <Stack gap="sm">
      <SegmentedControl
        value={mode}
        onChange={(value) => {
          setMode(value as Mode);
          setProblem(undefined);
        }}
        data={[
          { value: 'paste', label: t('outcome.source.paste') },
          { value: 'file', label: t('outcome.source.upload') },
        ]}
        w="fit-content"
        aria-label={t(`outcome.source.${texts}.how`)}
      />
      {mode === 'paste' ? (
        <Textarea
          label={t(`outcome.source.${texts}.textLabel`)}
          description={t(`outcome.source.${texts}.textHint`)}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          autosize
          minRows={6}
          maxRows={14}
          error={problem}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-xs)' } }}
        />
      ) : (
        <FileInput
          label={t(`outcome.source.${texts}.fileLabel`)}
          description={t(`outcome.source.${texts}.formats`, { size: maxSize })}
          placeholder={t(`outcome.source.${texts}.choose`)}
          accept={types.join(',')}
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            setProblem(chosen && !typeOk(chosen.name) ? t(`outcome.source.${texts}.wrongType`) : undefined);
          }}
          clearable
          error={problem}
        />
      )}
      <Group gap="sm">
        <Button onClick={() => void submit()} loading={pending}>
          {submitLabel}
        </Button>
      </Group>
      {pending && (
        <Stack gap={4} role="status" aria-live="polite">
          <Text size="sm">
            {uploading ? t('outcome.source.uploading', { percent: Math.round((sent ?? 0) * 100) }) : t(`outcome.source.${texts}.reading`)}
          </Text>
          <Progress
            value={uploading ? Math.round((sent ?? 0) * 100) : 100}
            striped={!uploading}
            animated={!uploading}
            aria-label={t('outcome.source.progress')}
          />
        </Stack>
      )}
      {!pending && error !== null && error !== undefined && <SourceError error={error} />}
    </Stack>
  );
}
