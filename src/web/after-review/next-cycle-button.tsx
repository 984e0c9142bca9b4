import { Alert, Button, List, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { can } from '../../core/access/roles.js';
import type { NextCycleInfoDto } from '../../shared/contracts/after-review.js';
import type { CampaignDto } from '../../shared/contracts/index.js';
import { isApiError } from '../api/api-error.js';
import { useMe } from '../auth/session-queries.js';
import { formatDate } from '../i18n/format.js';
import { LoadError } from '../layout/load-error.js';
import { ModalFormFooter } from '../layout/modal-form-footer.js';
import { nextCycleQuery, useStartNextCycle } from './after-review-queries.js';

const campaignLink = (id: string) => `/campaigns/${encodeURIComponent(id)}`;

function ConfirmNextCycle({
  campaign,
  info,
  opened,
  onClose,
}: {
  campaign: CampaignDto;
  info: NextCycleInfoDto;
  opened: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const start = useStartNextCycle(campaign.id);
  const existing = isApiError(start.error) && typeof start.error.details.existingCampaignId === 'string' ? start.error.details : null;
  const c = info.carried;
  return (
    <Modal opened={opened} onClose={onClose} title={t('afterReview.nextCycle.confirmTitle')} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          start.mutate(undefined, {
            onSuccess: (result) => {
              onClose();
              notifications.show({ color: 'teal', message: t('afterReview.nextCycle.created') });
              void navigate(campaignLink(result.campaign.id));
            },
          });
        }}
      >
        <Stack gap="sm">
          <Text>
            {t('afterReview.nextCycle.confirmText', {
              sur: campaign.state.name,
              date: formatDate(info.estimate.reviewDate, i18n.language),
            })}
          </Text>
          <Text size="sm" c="dimmed">
            {t(`afterReview.nextCycle.dateSource.${info.estimate.source}`)}
          </Text>
          <Text size="sm" fw={500}>
            {t('afterReview.nextCycle.carries')}
          </Text>
          <List size="sm" spacing={2}>
            <List.Item>{t('afterReview.nextCycle.keyIssues', { n: c.keyIssues })}</List.Item>
            <List.Item>{t('afterReview.nextCycle.targets', { n: c.targets })}</List.Item>
            <List.Item>{t('afterReview.nextCycle.channels', { n: c.channels })}</List.Item>
            <List.Item>{t('afterReview.nextCycle.people', { n: c.people })}</List.Item>
            <List.Item>{t('afterReview.nextCycle.baseline', { n: c.baseline })}</List.Item>
          </List>
          {existing ? (
            <Alert color="yellow" role="alert">
              {t('afterReview.nextCycle.exists', { name: String(existing.existingCampaignName ?? '') })}{' '}
              <Link to={campaignLink(String(existing.existingCampaignId))}>
                {t('afterReview.nextCycle.open', { name: String(existing.existingCampaignName ?? '') })}
              </Link>
            </Alert>
          ) : (
            <ModalFormFooter
              error={start.error}
              submitLabel={t('afterReview.nextCycle.create')}
              loading={start.isPending}
              onCancel={onClose}
            />
          )}
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * Stage `start-again`: creates the campaign of the State's next review from this one (after a
 * confirmation saying what carries over) and opens it; once it exists, links to it instead.
 */
export function NextCycleButton({ campaign }: { campaign: CampaignDto }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const info = useQuery(nextCycleQuery(campaign.id));
  const [opened, { open, close }] = useDisclosure(false);
  const canCreate = can(me.role, 'campaign.create');
  const reviewHeld = campaign.reviewDate <= campaign.today;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="next-cycle-title" className="no-print">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="next-cycle-title">
          {t('afterReview.nextCycle.title')}
        </Title>
        <Text size="sm">{t('afterReview.nextCycle.intro', { sur: campaign.state.name })}</Text>
        {info.isError && <LoadError error={info.error} onRetry={() => void info.refetch()} />}
        {info.data?.next ? (
          <>
            <Text size="sm">
              {t('afterReview.nextCycle.exists', { name: info.data.next.name })} ({formatDate(info.data.next.reviewDate, i18n.language)})
            </Text>
            <Button component={Link} to={campaignLink(info.data.next.id)}>
              {t('afterReview.nextCycle.open', { name: info.data.next.name })}
            </Button>
          </>
        ) : !reviewHeld ? (
          <Text size="sm" c="dimmed">
            {t('afterReview.nextCycle.notYet')}
          </Text>
        ) : (
          <>
            <Button onClick={open} disabled={!canCreate || !info.data} loading={info.isPending}>
              {t('afterReview.nextCycle.start')}
            </Button>
            {!canCreate && (
              <Text size="sm" c="dimmed">
                {t('afterReview.nextCycle.readOnly')}
              </Text>
            )}
          </>
        )}
        {info.data && !info.data.next && <ConfirmNextCycle campaign={campaign} info={info.data} opened={opened} onClose={close} />}
      </Stack>
    </Paper>
  );
}
