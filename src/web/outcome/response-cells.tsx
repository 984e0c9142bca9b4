import { Anchor, Checkbox, NativeSelect, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isResponse, RESPONSES, type Response } from '../../core/recommendations/responses.js';
import type { OutcomeTaskDto, SavedRecommendationDto } from '../../shared/contracts/outcome-campaign.js';
import { formatDate } from '../i18n/format.js';
import { useRecommendationLabels } from '../recommendations/labels.js';
import { outcomeSectionPath } from './outcome-frame.js';
import { useUpdateRecommendation } from './outcome-queries.js';
import { OutcomeTaskCheckbox } from './outcome-task-list.js';

interface CellProps {
  campaignId: string;
  recommendation: SavedRecommendationDto;
  canEdit: boolean;
}

/** Says what a change did to the lobbying tasks, since it happens out of sight. */
function useTaskNotice() {
  const { t } = useTranslation();
  return ({ created, removed }: { created: number; removed: number }) => {
    if (created > 0) notifications.show({ color: 'teal', message: t('outcome.responses.lobbyCreated') });
    if (removed > 0) notifications.show({ color: 'blue', message: t('outcome.responses.lobbyRemoved') });
  };
}

/** A compact select of the State's response; the empty choice means "not entered yet". */
export function ResponseSelect({ campaignId, recommendation, canEdit }: CellProps) {
  const { t } = useTranslation();
  const labels = useRecommendationLabels();
  const update = useUpdateRecommendation(campaignId);
  const notice = useTaskNotice();
  const pending = update.isPending ? update.variables?.patch.response : undefined;
  const value = pending !== undefined ? (pending ?? '') : (recommendation.response ?? '');
  return (
    <NativeSelect
      size="xs"
      aria-label={t('outcome.responses.responseOf', { paragraph: recommendation.paragraph })}
      value={value}
      disabled={!canEdit}
      data={[{ value: '', label: t('outcome.responses.none') }, ...RESPONSES.map((r) => ({ value: r, label: labels.response(r) }))]}
      onChange={(event) => {
        const next = event.currentTarget.value;
        const response: Response | null = isResponse(next) ? next : null;
        update.mutate({ recommendationId: recommendation.id, patch: { response } }, { onSuccess: (result) => notice(result.lobbyTasks) });
      }}
      miw={150}
    />
  );
}

/** Whether the campaign follows the recommendation: only followed ones are lobbied on or monitored. */
export function FollowCheckbox({ campaignId, recommendation, canEdit, withLabel = false }: CellProps & { withLabel?: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateRecommendation(campaignId);
  const notice = useTaskNotice();
  const checked = update.isPending ? Boolean(update.variables?.patch.ofInterest) : recommendation.ofInterest;
  return (
    <Checkbox
      checked={checked}
      disabled={!canEdit || update.isPending}
      label={withLabel ? t('outcome.responses.follow') : undefined}
      aria-label={t('outcome.responses.followOf', { paragraph: recommendation.paragraph })}
      onChange={(event) =>
        update.mutate(
          { recommendationId: recommendation.id, patch: { ofInterest: event.currentTarget.checked } },
          { onSuccess: (result) => notice(result.lobbyTasks) },
        )
      }
    />
  );
}

interface NextStepProps extends CellProps {
  task: OutcomeTaskDto | undefined;
  adoption: string;
  today: string;
}

/** What follows from the response (STRATEGY.md): lobbying until the adoption, or monitoring. */
export function NextStep({ campaignId, recommendation, canEdit, task, adoption, today }: NextStepProps) {
  const { t, i18n } = useTranslation();
  if (task) {
    return (
      <OutcomeTaskCheckbox
        task={task}
        campaignId={campaignId}
        today={today}
        canEdit={canEdit}
        label={t('outcome.responses.lobbyTask', { date: formatDate(adoption, i18n.language) })}
      />
    );
  }
  if (recommendation.monitored) {
    return (
      <Anchor component={Link} to={outcomeSectionPath(campaignId, 'monitoring')} size="sm">
        {t('outcome.responses.monitored')}
      </Anchor>
    );
  }
  if (recommendation.lobby) return <Text size="sm">{t('outcome.responses.lobbyNoTask')}</Text>;
  return (
    <Text size="sm" c="dimmed">
      {recommendation.ofInterest ? t('outcome.responses.nothingMore') : '—'}
    </Text>
  );
}
