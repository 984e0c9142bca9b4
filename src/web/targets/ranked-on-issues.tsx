import { Alert, Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IssueDto } from '../../shared/contracts/targets.js';
import { useRecommendationLabels } from '../recommendations/labels.js';

interface RankedOnIssuesProps {
  campaignId: string;
  surName: string;
  issues: IssueDto[];
  /** Whether the finder has answered (only then is "no issues" known). */
  loaded: boolean;
}

/** The campaign's key issues the ranking is based on, with a way to change them. */
export function RankedOnIssues({ campaignId, surName, issues, loaded }: RankedOnIssuesProps) {
  const { t } = useTranslation();
  const labels = useRecommendationLabels();
  return (
    <>
      <Group gap="xs" wrap="wrap" component="section" aria-label={t('targets.rankedOn')}>
        <Text size="sm" fw={600}>
          {t('targets.rankedOn')}
        </Text>
        {issues.map((issue) => (
          <Badge key={issue.issue} variant="light" tt="none" size="lg">
            {issue.labels[labels.language]}
          </Badge>
        ))}
        {loaded && issues.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('targets.noIssuesShort')}
          </Text>
        )}
        <Anchor component={Link} to={`/campaigns/${campaignId}#key-issues`} state={{ keepFocus: true }} size="sm">
          {t('targets.editIssues')}
        </Anchor>
      </Group>
      {loaded && issues.length === 0 && (
        <Alert color="yellow" title={t('targets.noIssuesTitle')}>
          {t('targets.noIssuesText', { sur: surName })}{' '}
          <Anchor component={Link} to={`/campaigns/${campaignId}#key-issues`} state={{ keepFocus: true }} inherit fw={600}>
            {t('targets.chooseIssues')}
          </Anchor>
        </Alert>
      )}
    </>
  );
}
