import { Button, Group, MultiSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { STATE_NAME_CODES, stateNameOf } from '../i18n/state-names.js';
import type { PreviewRow, RowErrors } from './preview-rows.js';

interface Props {
  row: PreviewRow;
  errors: RowErrors | undefined;
  onChange: (patch: Partial<PreviewRow>) => void;
  onDone: () => void;
}

/** Translates a row's error key; the keys are the server's too (outcome-import.ts). */
export function useRowErrorText() {
  const { t } = useTranslation();
  return (key: string | undefined) => (key ? t(`outcome.rowErrors.${key}`, { defaultValue: t('validation.invalid') }) : undefined);
}

/** Corrects one recommendation of the preview: its number, its text, the States that made it. */
export function PreviewRowEditor({ row, errors, onChange, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const errorText = useRowErrorText();
  const states = useMemo(
    () =>
      STATE_NAME_CODES.map((iso3) => ({ value: iso3, label: stateNameOf(iso3, i18n.language) })).sort((a, b) =>
        a.label.localeCompare(b.label, i18n.language),
      ),
    [i18n.language],
  );
  const id = `row-${row.key}`;
  const first = useRef<HTMLInputElement>(null);
  // Opening the editor from the keyboard puts the cursor in it.
  useEffect(() => first.current?.focus(), []);
  return (
    <Stack
      gap="xs"
      component="fieldset"
      m={0}
      p={0}
      style={{ border: 'none' }}
      aria-label={t('outcome.import.editRow', { paragraph: row.paragraph })}
    >
      <TextInput
        id={`${id}-paragraph`}
        label={t('outcome.import.paragraph')}
        description={t('outcome.import.paragraphHint')}
        value={row.paragraph}
        onChange={(event) => onChange({ paragraph: event.currentTarget.value })}
        error={errorText(errors?.paragraph)}
        w={{ base: '100%', xs: 220 }}
        ref={first}
      />
      <Textarea
        id={`${id}-text`}
        label={t('outcome.import.text')}
        description={t('outcome.import.textHint')}
        value={row.text}
        onChange={(event) => onChange({ text: event.currentTarget.value })}
        error={errorText(errors?.text)}
        autosize
        minRows={2}
        maxRows={8}
      />
      <MultiSelect
        id={`${id}-states`}
        label={t('outcome.import.states')}
        description={row.rawStates.length > 0 ? t('outcome.import.statesAsWritten', { names: row.rawStates.join('; ') }) : undefined}
        data={states}
        value={row.recommendingStates}
        onChange={(value) => onChange({ recommendingStates: value })}
        searchable
        clearable
        nothingFoundMessage={t('newCampaign.nothingFound')}
        error={errorText(errors?.recommendingStates)}
        comboboxProps={{ withinPortal: true }}
      />
      <Group>
        <Button size="xs" variant="light" onClick={onDone}>
          {t('outcome.import.doneEditing')}
        </Button>
      </Group>
    </Stack>
  );
}
