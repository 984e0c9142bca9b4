import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CampaignDto } from '../../shared/contracts/index.js';
import { ConfirmModal } from '../layout/confirm-modal.js';
import { useDeleteCampaign } from './campaign-queries.js';

export function DeleteCampaignButton({ campaign }: { campaign: CampaignDto }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const navigate = useNavigate();
  const remove = useDeleteCampaign(campaign.id);
  return (
    <>
      <Button variant="subtle" color="red" onClick={open}>
        {t('campaign.delete')}
      </Button>
      <ConfirmModal
        opened={opened}
        onClose={close}
        title={t('campaign.deleteTitle')}
        text={t('campaign.deleteText', { name: campaign.name })}
        confirmLabel={t('campaign.delete')}
        loading={remove.isPending}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              close();
              notifications.show({ color: 'teal', message: t('campaign.deleted') });
              void navigate('/campaigns', { replace: true });
            },
          })
        }
      />
    </>
  );
}
