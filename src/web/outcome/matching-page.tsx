import { Alert, Button, EmptyState, Group, Kbd, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CampaignDto } from '../../shared/contracts/index.js';
import type { MatchDto, MatchStatus } from '../../shared/contracts/outcome-campaign.js';
import { LoadError } from '../layout/load-error.js';
import { PageSkeleton } from '../layout/page-skeleton.js';
import { AskMatches } from './ask-matches.js';
import { focusNextUndecided, matchingCommand, moveFocus, suggestionOf } from './matching-keys.js';
import { OutcomeFrame, outcomeSectionPath } from './outcome-frame.js';
import { NoOutcomeYet } from './no-outcome-yet.js';
import { outcomeQuery, scoreboardQuery, useDecideMatch, useSuggestMatches } from './outcome-queries.js';

const byConfidence = (a: MatchDto, b: MatchDto) =>
  b.confidence - a.confidence || a.paragraph.localeCompare(b.paragraph, 'en', { numeric: true });

function KeyboardHelp({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" id="matching-keys">
      {t('outcome.matching.keysIntro')}{' '}
      {canEdit && (
        <>
          <Kbd>A</Kbd> {t('outcome.matching.keyConfirm')} · <Kbd>R</Kbd> {t('outcome.matching.keyReject')} · <Kbd>U</Kbd>{' '}
          {t('outcome.matching.keyUndo')} ·{' '}
        </>
      )}
      <Kbd>J</Kbd>/<Kbd>↓</Kbd> {t('outcome.matching.keyNext')} · <Kbd>K</Kbd>/<Kbd>↑</Kbd> {t('outcome.matching.keyPrevious')}
    </Text>
  );
}

function MatchingWorkspace({ campaign, canEdit }: { campaign: CampaignDto; canEdit: boolean }) {
  const { t } = useTranslation();
  const outcome = useQuery(outcomeQuery(campaign.id));
  const board = useQuery(scoreboardQuery(campaign.id));
  const suggest = useSuggestMatches(campaign.id);
  const decide = useDecideMatch(campaign.id);
  const [onlyWaiting, setOnlyWaiting] = useState(false);
  const list = useRef<HTMLDivElement>(null);
  const recommendations = useMemo(() => new Map((outcome.data?.recommendations ?? []).map((r) => [r.id, r])), [outcome.data]);

  if (outcome.isPending || board.isPending) return <PageSkeleton lines={3} />;
  if (outcome.isError) return <LoadError error={outcome.error} onRetry={() => void outcome.refetch()} />;
  if (board.isError) return <LoadError error={board.error} onRetry={() => void board.refetch()} />;
  const base = `/campaigns/${encodeURIComponent(campaign.id)}`;
  if (!outcome.data.import) {
    return <NoOutcomeYet campaignId={campaign.id} />;
  }
  if (board.data.issues.length === 0) {
    return (
      <EmptyState title={t('outcome.matching.noIssuesTitle')} description={t('outcome.matching.noIssuesText')} py="lg">
        <EmptyState.Actions>
          <Button component={Link} to={`${base}/document`}>
            {t('outcome.matching.goIssues')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }

  const matches = outcome.data.matches;
  const waiting = matches.filter((m) => m.status === 'suggested').length;
  const of = (keyIssueId: string, askIndex: number | null) =>
    matches
      .filter((m) => m.keyIssueId === keyIssueId && m.askIndex === askIndex && (!onlyWaiting || m.status === 'suggested'))
      .sort(byConfidence);
  const onDecide = (match: MatchDto, status: MatchStatus) => decide.mutate({ matchId: match.id, status });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const item = suggestionOf(event.target);
    const command = matchingCommand(event);
    if (!item || !command || !list.current) return;
    event.preventDefault();
    if ('move' in command) return moveFocus(list.current, item, command.move);
    const match = matches.find((m) => m.id === item.dataset.matchId);
    if (!canEdit || !match) return;
    if (match.status !== command.decide) onDecide(match, command.decide);
    if (command.decide !== 'suggested') focusNextUndecided(list.current, item);
  };
  const runSuggest = () =>
    suggest.mutate(undefined, {
      onSuccess: (result) =>
        notifications.show({ color: 'teal', message: t('outcome.matching.suggested', { n: result.suggested, kept: result.decided }) }),
    });

  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Group justify="space-between" gap="sm">
            <Text>
              {matches.length === 0 ? t('outcome.matching.noneYet') : t('outcome.matching.summary', { n: matches.length, waiting })}
            </Text>
            {canEdit && (
              <Button onClick={runSuggest} loading={suggest.isPending} variant={matches.length === 0 ? 'filled' : 'default'}>
                {matches.length === 0 ? t('outcome.matching.suggest') : t('outcome.matching.suggestAgain')}
              </Button>
            )}
          </Group>
          <KeyboardHelp canEdit={canEdit} />
          <Switch
            checked={onlyWaiting}
            onChange={(e) => setOnlyWaiting(e.currentTarget.checked)}
            label={t('outcome.matching.onlyWaiting')}
          />
        </Stack>
      </Paper>
      {!canEdit && <Alert color="gray">{t('outcome.readOnly')}</Alert>}
      <div ref={list} onKeyDown={onKeyDown} aria-describedby="matching-keys">
        <Stack gap="lg">
          {board.data.issues.map((issue) => (
            <Paper key={issue.keyIssueId} withBorder p="md" component="section" aria-labelledby={`issue-${issue.keyIssueId}`}>
              <Title order={2} size="h3" id={`issue-${issue.keyIssueId}`} mb="xs">
                {issue.title}
              </Title>
              {issue.asks.map((ask) => (
                <AskMatches
                  key={ask.index}
                  heading={t('outcome.matching.ourAsk', { n: ask.index + 1 })}
                  text={ask.text}
                  matches={of(issue.keyIssueId, ask.index)}
                  recommendations={recommendations}
                  canEdit={canEdit}
                  pendingId={decide.isPending ? (decide.variables?.matchId ?? null) : null}
                  onDecide={onDecide}
                />
              ))}
              <AskMatches
                heading={t('outcome.matching.wholeIssue')}
                text={t('outcome.matching.wholeIssueText', { title: issue.title })}
                matches={of(issue.keyIssueId, null)}
                recommendations={recommendations}
                canEdit={canEdit}
                pendingId={decide.isPending ? (decide.variables?.matchId ?? null) : null}
                onDecide={onDecide}
              />
            </Paper>
          ))}
        </Stack>
      </div>
      <Group>
        <Button component={Link} to={outcomeSectionPath(campaign.id, 'scoreboard')} variant="light">
          {t('outcome.matching.toScoreboard')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Matching (UX screen 9): our asks against the review's recommendations; confirm or reject each suggestion, by keyboard too. */
export function MatchingPage() {
  return (
    <OutcomeFrame section="matching">{(campaign, canEdit) => <MatchingWorkspace campaign={campaign} canEdit={canEdit} />}</OutcomeFrame>
  );
}
