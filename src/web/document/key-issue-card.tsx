import { ActionIcon, Button, Group, MultiSelect, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_QUESTIONS_PER_ISSUE, MAX_RECOMMENDATIONS_PER_ISSUE, MAX_REFERENCES_PER_ISSUE } from '../../core/campaign/key-issue-rules.js';
import { keyIssueInputSchema, type KeyIssueDto } from '../../shared/contracts/advocacy.js';
import { isApiError } from '../api/api-error.js';
import { errorMessage, validationMessage } from '../i18n/error-message.js';
import { ConfirmModal } from '../layout/confirm-modal.js';
import { issuesQuery } from '../targets/target-queries.js';
import { useDeleteKeyIssue, useSaveKeyIssue } from './document-queries.js';
import { StringListField } from './string-list-field.js';

export interface IssueDraft {
  title: string;
  uprInfoIssues: string[];
  summary: string;
  recommendations: string[];
  questions: string[];
  references: string[];
}

export const EMPTY_DRAFT: IssueDraft = { title: '', uprInfoIssues: [], summary: '', recommendations: [''], questions: [], references: [] };

export function draftOf(issue: KeyIssueDto): IssueDraft {
  const { title, uprInfoIssues, summary, recommendations, questions, references } = issue;
  return { title, uprInfoIssues, summary, recommendations, questions, references };
}

type Errors = Partial<Record<keyof IssueDraft, string>>;

function clientErrors(draft: IssueDraft): Errors {
  const parsed = keyIssueInputSchema.safeParse(draft);
  if (parsed.success) return {};
  const errors: Errors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof IssueDraft;
    errors[field] ??= issue.message;
  }
  return errors;
}

interface Props {
  campaignId: string;
  /** null for a new issue. */
  issue: KeyIssueDto | null;
  number: number;
  draft: IssueDraft;
  canEdit: boolean;
  onDraft: (draft: IssueDraft) => void;
  onDone: () => void;
  onMove?: ((direction: -1 | 1) => void) | undefined;
  isFirst?: boolean;
  isLast?: boolean;
}

/** One key issue of the document: its heading, tags, background, 1–2 recommendations, questions, sources. */
export function KeyIssueCard({ campaignId, issue, number, draft, canEdit, onDraft, onDone, onMove, isFirst, isLast }: Props) {
  const { t, i18n } = useTranslation();
  const issues = useQuery(issuesQuery);
  const save = useSaveKeyIssue(campaignId, issue?.id ?? null);
  const remove = useDeleteKeyIssue(campaignId);
  const [errors, setErrors] = useState<Errors>({});
  const [confirming, setConfirming] = useState(false);
  const set = <K extends keyof IssueDraft>(key: K, value: IssueDraft[K]) => {
    onDraft({ ...draft, [key]: value });
    if (errors[key]) setErrors({ ...errors, [key]: undefined });
  };
  const message = (key: keyof IssueDraft) => validationMessage(errors[key], t);
  const dirty = issue === null || JSON.stringify(draftOf(issue)) !== JSON.stringify(draft);

  const submit = () => {
    const found = clientErrors(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    save.mutate(draft, {
      onSuccess: onDone,
      onError: (error) => {
        if (!isApiError(error)) return;
        const fields = error.fieldIssues() as Record<string, string>;
        setErrors(Object.fromEntries(Object.entries(fields).filter(([k]) => k in draft)) as Errors);
      },
    });
  };

  const heading = issue ? t('document.issueNumber', { n: number }) : t('document.newIssue');
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={heading}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h4">
            {heading}
          </Title>
          {issue && canEdit && onMove && (
            <Group gap={4}>
              <ActionIcon variant="default" aria-label={t('document.moveUp')} disabled={isFirst} onClick={() => onMove(-1)}>
                ↑
              </ActionIcon>
              <ActionIcon variant="default" aria-label={t('document.moveDown')} disabled={isLast} onClick={() => onMove(1)}>
                ↓
              </ActionIcon>
            </Group>
          )}
        </Group>
        <TextInput label={t('document.issueTitle')} value={draft.title} onChange={(e) => set('title', e.currentTarget.value)} error={message('title')} maxLength={160} disabled={!canEdit} withAsterisk />
        <MultiSelect
          label={t('document.tags')}
          description={t('document.tagsHint')}
          data={(issues.data ?? []).map((i) => ({ value: i.issue, label: i18n.language === 'ru' ? i.labels.ru : i.labels.en }))}
          value={draft.uprInfoIssues}
          onChange={(value) => set('uprInfoIssues', value)}
          searchable
          maxValues={6}
          error={message('uprInfoIssues')}
          disabled={!canEdit}
        />
        <Textarea label={t('document.summary')} description={t('document.summaryHint')} value={draft.summary} onChange={(e) => set('summary', e.currentTarget.value)} autosize minRows={3} maxRows={10} maxLength={2000} error={message('summary')} disabled={!canEdit} />
        <StringListField
          label={t('document.recommendations')}
          description={t('document.recommendationsHint', { max: MAX_RECOMMENDATIONS_PER_ISSUE })}
          values={draft.recommendations}
          max={MAX_RECOMMENDATIONS_PER_ISSUE}
          itemLabel={(n) => t('document.recommendationN', { n })}
          addLabel={t('document.addRecommendation')}
          error={message('recommendations')}
          maxLength={600}
          disabled={!canEdit}
          onChange={(v) => set('recommendations', v)}
        />
        <StringListField label={t('document.questions')} description={t('document.questionsHint')} values={draft.questions} max={MAX_QUESTIONS_PER_ISSUE} itemLabel={(n) => t('document.questionN', { n })} addLabel={t('document.addQuestion')} error={message('questions')} maxLength={400} disabled={!canEdit} onChange={(v) => set('questions', v)} />
        <StringListField label={t('document.references')} description={t('document.referencesHint')} values={draft.references} max={MAX_REFERENCES_PER_ISSUE} itemLabel={(n) => t('document.referenceN', { n })} addLabel={t('document.addReference')} error={message('references')} maxLength={300} disabled={!canEdit} onChange={(v) => set('references', v)} />
        {save.isError && !isApiError(save.error) && (
          <Text size="sm" c="red.8" role="alert">
            {errorMessage(save.error, t)}
          </Text>
        )}
        {save.isError && isApiError(save.error) && Object.keys(errors).length === 0 && (
          <Text size="sm" c="red.8" role="alert">
            {validationMessage(Object.values(save.error.fieldIssues())[0], t) ?? errorMessage(save.error, t)}
          </Text>
        )}
        {canEdit && (
          <Group justify="space-between" gap="xs">
            <Group gap="xs">
              <Button onClick={submit} loading={save.isPending} disabled={!dirty}>
                {issue ? t('document.saveIssue') : t('document.addIssue')}
              </Button>
              {(issue === null || dirty) && (
                <Button variant="default" onClick={() => (issue ? onDraft(draftOf(issue)) : onDone())}>
                  {t('common.cancel')}
                </Button>
              )}
            </Group>
            {issue && (
              <Button variant="subtle" color="red" onClick={() => setConfirming(true)}>
                {t('document.deleteIssue')}
              </Button>
            )}
          </Group>
        )}
        {issue && !dirty && save.isSuccess && (
          <Text size="sm" c="teal.8" role="status">
            {t('document.saved')}
          </Text>
        )}
      </Stack>
      {issue && (
        <ConfirmModal
          opened={confirming}
          title={t('document.deleteTitle')}
          text={t('document.deleteText', { title: issue.title })}
          confirmLabel={t('document.deleteIssue')}
          loading={remove.isPending}
          onConfirm={() => remove.mutate(issue.id, { onSuccess: () => setConfirming(false) })}
          onClose={() => setConfirming(false)}
        />
      )}
    </Paper>
  );
}
