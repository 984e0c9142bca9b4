import { Alert, Anchor, Badge, Button, Collapse, Group, MultiSelect, Paper, Skeleton, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { can } from '../../core/access/roles.js';
import { MAX_CAMPAIGN_ISSUES, MAX_DRAFT_LENGTH } from '../../shared/contracts/targets.js';
import { useMe } from '../auth/session-queries.js';
import { errorMessage } from '../i18n/error-message.js';
import { LoadError } from '../layout/load-error.js';
import { useRecommendationLabels } from '../recommendations/labels.js';
import { campaignIssuesQuery, issuesQuery, useSetCampaignIssues, useSuggestIssues } from './target-queries.js';

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** "Not sure which tags fit?": UPR Info issues suggested for a text the user pastes (a concern, a draft). */
function SuggestIssues({ chosen, onAdd }: { chosen: string[]; onAdd: (issue: string) => void }) {
  const { t } = useTranslation();
  const labels = useRecommendationLabels();
  const [text, setText] = useState('');
  const suggest = useSuggestIssues();
  const full = chosen.length >= MAX_CAMPAIGN_ISSUES;
  return (
    <Stack gap="xs">
      <Textarea
        label={t('issues.suggestLabel')}
        description={t('issues.suggestHint')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        maxLength={MAX_DRAFT_LENGTH}
        autosize
        minRows={2}
        maxRows={6}
      />
      <Button
        variant="default"
        w="fit-content"
        disabled={!text.trim()}
        loading={suggest.isPending}
        onClick={() => suggest.mutate(text.trim())}
      >
        {t('issues.suggestButton')}
      </Button>
      {suggest.isError && (
        <Text size="sm" c="red.8" role="alert">
          {errorMessage(suggest.error, t)}
        </Text>
      )}
      {suggest.data && (
        <Stack gap={6} role="status">
          <Text size="sm">{suggest.data.length > 0 ? t('issues.suggested') : t('issues.noSuggestion')}</Text>
          <Group gap={6} wrap="wrap">
            {suggest.data.map((s) => {
              const added = chosen.includes(s.issue);
              return (
                <Button
                  key={s.issue}
                  size="compact-sm"
                  variant={added ? 'light' : 'default'}
                  disabled={added || full}
                  onClick={() => onAdd(s.issue)}
                  title={s.matchedTerms.length ? t('issues.matched', { terms: s.matchedTerms.join(', ') }) : undefined}
                >
                  {added ? `✓ ${s.labels[labels.language]}` : `+ ${s.labels[labels.language]}`}
                </Button>
              );
            })}
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

/**
 * The campaign's key issues in UPR Info's vocabulary (so they match the tags of past
 * recommendations): the target finder ranks States by their recommendations on them.
 */
export function CampaignIssuesEditor({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const labels = useRecommendationLabels();
  const saved = useQuery(campaignIssuesQuery(campaignId));
  const canEdit = can(me.role, 'campaign.update');
  const all = useQuery({ ...issuesQuery, enabled: canEdit });
  const save = useSetCampaignIssues(campaignId);
  const [draft, setDraft] = useState<string[] | null>(null);
  const [suggesting, { toggle }] = useDisclosure(false);
  const savedIssues = saved.data?.issues.map((i) => i.issue) ?? [];
  const value = draft ?? savedIssues;
  const dirty = draft !== null && !sameSet(draft, savedIssues);
  const { hash } = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = saved.isSuccess;

  // Links such as the target finder's "Edit issues" lead here (#key-issues).
  useEffect(() => {
    if (hash !== '#key-issues' || !loaded) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [hash, loaded]);

  const body = () => {
    if (saved.isPending) return <Skeleton height={36} />;
    if (saved.isError) return <LoadError error={saved.error} onRetry={() => void saved.refetch()} />;
    if (!canEdit) {
      return saved.data.issues.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('issues.none')}
        </Text>
      ) : (
        <Group gap={6} wrap="wrap">
          {saved.data.issues.map((issue) => (
            <Badge key={issue.issue} variant="light" tt="none" size="lg">
              {issue.labels[labels.language]}
            </Badge>
          ))}
        </Group>
      );
    }
    const options = (all.data ?? saved.data.issues)
      .map((issue) => ({ value: issue.issue, label: issue.labels[labels.language] }))
      .sort((a, b) => a.label.localeCompare(b.label, labels.language));
    return (
      <Stack gap="sm">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (dirty) save.mutate(value, { onSuccess: () => setDraft(null) });
          }}
        >
          <Stack gap="xs">
            <MultiSelect
              label={t('issues.label')}
              description={t('issues.hint', { max: MAX_CAMPAIGN_ISSUES })}
              placeholder={value.length ? undefined : t('issues.placeholder')}
              data={options}
              value={value}
              onChange={(next) => {
                setDraft(next);
                save.reset();
              }}
              searchable
              clearable
              maxValues={MAX_CAMPAIGN_ISSUES}
              nothingFoundMessage={t('issues.nothingFound')}
              error={save.isError ? errorMessage(save.error, t) : undefined}
              comboboxProps={{ withinPortal: true }}
              hidePickedOptions
            />
            <Group gap="sm">
              <Button type="submit" disabled={!dirty} loading={save.isPending}>
                {t('issues.save')}
              </Button>
              {dirty && (
                <Button variant="subtle" onClick={() => setDraft(null)}>
                  {t('common.cancel')}
                </Button>
              )}
              {save.isSuccess && !dirty && (
                <Text size="sm" c="teal.8" role="status">
                  ✓ {t('common.saved')}
                </Text>
              )}
              {dirty && !save.isPending && (
                <Text size="sm" c="dimmed">
                  {t('issues.unsaved')}
                </Text>
              )}
            </Group>
          </Stack>
        </form>
        <Anchor
          component="button"
          type="button"
          size="sm"
          fw={600}
          ta="left"
          w="fit-content"
          onClick={toggle}
          aria-expanded={suggesting}
          aria-controls="suggest-issues"
        >
          {suggesting ? t('issues.hideSuggest') : t('issues.showSuggest')}
        </Anchor>
        <Collapse expanded={suggesting} id="suggest-issues">
          <SuggestIssues chosen={value} onAdd={(issue) => setDraft([...value.filter((v) => v !== issue), issue])} />
        </Collapse>
      </Stack>
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="key-issues-title" id="key-issues">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3" id="key-issues-title" ref={heading} tabIndex={-1}>
            {t('issues.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('issues.intro')}
          </Text>
        </div>
        {body()}
        {saved.data && saved.data.issues.length === 0 && canEdit && draft === null && (
          <Alert color="blue" variant="light">
            {t('issues.emptyHint')}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
