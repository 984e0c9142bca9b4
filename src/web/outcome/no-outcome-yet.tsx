import { Button, EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { outcomeSectionPath } from './outcome-frame.js';

/** What the outcome screens after the import show before the review's report is imported: the way to import it. */
export function NoOutcomeYet({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  return (
    <EmptyState title={t('outcome.matching.noOutcomeTitle')} description={t('outcome.matching.noOutcomeText')} py="lg">
      <EmptyState.Actions>
        <Button component={Link} to={outcomeSectionPath(campaignId, 'import')}>
          {t('outcome.matching.goImport')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
