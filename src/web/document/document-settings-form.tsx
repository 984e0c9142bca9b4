import { Button, Group, NumberInput, Paper, SegmentedControl, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentSettingsSchema, type DocumentSettingsDto } from '../../shared/contracts/advocacy.js';
import { errorMessage, validationMessage } from '../i18n/error-message.js';
import { useSaveSettings } from './document-queries.js';

interface Props {
  campaignId: string;
  saved: DocumentSettingsDto;
  draft: DocumentSettingsDto;
  canEdit: boolean;
  onDraft: (draft: DocumentSettingsDto) => void;
}

/** The document's language, the organisation paragraph, the word budget and what the footer prints. */
export function DocumentSettingsForm({ campaignId, saved, draft, canEdit, onDraft }: Props) {
  const { t } = useTranslation();
  const save = useSaveSettings(campaignId);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof DocumentSettingsDto>(key: K, value: DocumentSettingsDto[K]) => onDraft({ ...draft, [key]: value });
  const dirty = JSON.stringify(saved) !== JSON.stringify(draft);
  const submit = () => {
    const parsed = documentSettingsSchema.safeParse(draft);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    save.mutate(parsed.data);
  };
  const err = (key: string) => validationMessage(errors[key], t);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="document-settings-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="document-settings-title">
          {t('document.settings')}
        </Title>
        <div>
          <Text size="sm" fw={600} mb={4} id="document-language-label">
            {t('document.language')}
          </Text>
          <SegmentedControl
            aria-labelledby="document-language-label"
            value={draft.language}
            onChange={(value) => set('language', value === 'ru' ? 'ru' : 'en')}
            data={[
              { value: 'ru', label: 'Русский' },
              { value: 'en', label: 'English' },
            ]}
            disabled={!canEdit}
          />
        </div>
        <TextInput label={t('document.organisationName')} value={draft.organisationName} onChange={(e) => set('organisationName', e.currentTarget.value)} maxLength={160} error={err('organisationName')} disabled={!canEdit} />
        <Textarea label={t('document.about')} description={t('document.aboutHint')} value={draft.about} onChange={(e) => set('about', e.currentTarget.value)} autosize minRows={2} maxRows={8} maxLength={1500} error={err('about')} disabled={!canEdit} />
        <NumberInput label={t('document.wordBudget')} description={t('document.wordBudgetHint')} value={draft.wordBudget} onChange={(v) => set('wordBudget', typeof v === 'number' ? v : Number(v) || 0)} min={100} max={3000} step={50} error={err('wordBudget')} disabled={!canEdit} />
        <Text size="sm" fw={600}>
          {t('document.footer')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('document.footerHint')}
        </Text>
        <Group grow gap="xs" wrap="wrap">
          <TextInput label={t('document.contactName')} value={draft.contactName} onChange={(e) => set('contactName', e.currentTarget.value)} maxLength={120} disabled={!canEdit} miw={160} />
          <TextInput label={t('document.contactEmail')} value={draft.contactEmail} onChange={(e) => set('contactEmail', e.currentTarget.value)} maxLength={254} disabled={!canEdit} miw={160} />
          <TextInput label={t('document.contactPhone')} value={draft.contactPhone} onChange={(e) => set('contactPhone', e.currentTarget.value)} maxLength={60} disabled={!canEdit} miw={160} />
        </Group>
        {save.isError && (
          <Text size="sm" c="red.8" role="alert">
            {errorMessage(save.error, t)}
          </Text>
        )}
        {canEdit && (
          <Group gap="xs">
            <Button onClick={submit} loading={save.isPending} disabled={!dirty}>
              {t('document.saveSettings')}
            </Button>
            {dirty && (
              <Button variant="default" onClick={() => onDraft(saved)}>
                {t('common.cancel')}
              </Button>
            )}
            {!dirty && save.isSuccess && (
              <Text size="sm" c="teal.8" role="status">
                {t('document.saved')}
              </Text>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
