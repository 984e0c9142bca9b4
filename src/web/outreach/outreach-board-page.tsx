import { Alert, Anchor, Button, EmptyState, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../core/access/roles.js';
import type { LoggedInteractionDto } from '../../shared/contracts/outreach.js';
import { isApiError } from '../api/api-error.js';
import { useMe } from '../auth/session-queries.js';
import { campaignQuery } from '../campaigns/campaign-queries.js';
import { LoadError } from '../layout/load-error.js';
import { NotFoundPage } from '../layout/not-found-page.js';
import { PageSkeleton } from '../layout/page-skeleton.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { useRecommendationLabels } from '../recommendations/labels.js';
import { BriefingsSection } from './briefings-section.js';
import { ContactsImportModal } from './contacts-import-modal.js';
import { FollowUpsSection } from './follow-ups-section.js';
import { OutreachBoard } from './outreach-board.js';
import type { OutreachDialog } from './outreach-dialog.js';
import { OutreachDialogs } from './outreach-dialogs.js';
import { campaignPath, outreachBoardQuery } from './outreach-queries.js';

/**
 * The outreach board (STRATEGY stages `embassies` and `geneva-missions`): for each target State
 * its embassy and its Geneva mission, who holds which post, what was sent and what comes next;
 * the follow-ups, group briefings, and the contact list in and out as a spreadsheet.
 */
export function OutreachBoardPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const labels = useRecommendationLabels();
  const campaign = useQuery(campaignQuery(id));
  const board = useQuery(outreachBoardQuery(id));
  const [dialog, setDialog] = useState<OutreachDialog | null>(null);
  const [importing, setImporting] = useState(false);
  const [recent, setRecent] = useState<ReadonlySet<string>>(new Set());
  usePageTitle(t('outreach.title'));

  if (campaign.isPending) return <PageSkeleton />;
  if (campaign.isError) {
    if (isApiError(campaign.error) && campaign.error.code === 'not-found') return <NotFoundPage />;
    return <LoadError error={campaign.error} onRetry={() => void campaign.refetch()} />;
  }
  const data = campaign.data;
  const today = data.today;
  const canEdit = can(me.role, 'campaign.update');
  const targets = board.data?.targets ?? [];
  const finder = `/campaigns/${encodeURIComponent(data.id)}/targets`;
  const onLogged = (result: LoggedInteractionDto) => {
    if (result.followUp) setRecent((previous) => new Set([...previous, result.followUp!.id]));
  };

  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Anchor component={Link} to={`/campaigns/${data.id}`} size="sm" className="no-print">
          ← {data.name}
        </Anchor>
        <Title order={1}>{t('outreach.title')}</Title>
        <Text>{t('outreach.intro', { sur: labels.state(data.state.iso3) })}</Text>
      </Stack>
      <Group gap="xs" className="no-print">
        {canEdit && (
          <Button variant="light" onClick={() => setImporting(true)}>
            {t('outreach.contacts.import')}
          </Button>
        )}
        <Button component="a" variant="default" href={`${campaignPath(data.id)}/contacts.csv`} download>
          {t('outreach.contacts.exportCsv')}
        </Button>
        <Button component="a" variant="default" href={`${campaignPath(data.id)}/contacts.xlsx`} download>
          {t('outreach.contacts.exportXlsx')}
        </Button>
      </Group>
      {!canEdit && <Alert color="gray">{t('outreach.readOnly')}</Alert>}

      {board.isPending && <PageSkeleton lines={3} />}
      {board.isError && <LoadError error={board.error} onRetry={() => void board.refetch()} />}
      {board.data && targets.length === 0 && (
        <Paper withBorder p="md">
          <EmptyState title={t('outreach.empty.title')} description={t('outreach.empty.text')} py="md">
            <EmptyState.Actions>
              <Button component={Link} to={finder}>
                {t('outreach.empty.find')}
              </Button>
              {canEdit && (
                <Button variant="default" onClick={() => setImporting(true)}>
                  {t('outreach.contacts.import')}
                </Button>
              )}
            </EmptyState.Actions>
          </EmptyState>
        </Paper>
      )}
      {targets.length > 0 && (
        <>
          <FollowUpsSection campaignId={data.id} today={today} canEdit={canEdit} />
          <Stack gap="xs" component="section" aria-labelledby="board-title">
            <Group justify="space-between" gap="xs">
              <Title order={2} size="h3" id="board-title">
                {t('outreach.boardTitle', { n: targets.length })}
              </Title>
              <Anchor component={Link} to={finder} size="sm" className="no-print">
                {t('outreach.findMore')}
              </Anchor>
            </Group>
            <OutreachBoard targets={targets} today={today} canEdit={canEdit} recentFollowUps={recent} onOpen={setDialog} />
          </Stack>
          <BriefingsSection campaignId={data.id} targets={targets} today={today} canEdit={canEdit} />
        </>
      )}
      <OutreachDialogs campaignId={data.id} today={today} dialog={dialog} onLogged={onLogged} onClose={() => setDialog(null)} />
      {importing && <ContactsImportModal campaignId={data.id} onClose={() => setImporting(false)} />}
    </Stack>
  );
}
