import { Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDateSchema, type CampaignDto } from '../../shared/contracts/index.js';
import { applyServerErrors, focusFirstError, inputProps } from '../i18n/form-errors.js';
import { todayIso } from '../i18n/format.js';
import { useUpdateCampaign } from './campaign-queries.js';
import { RemainingStagesNote } from './remaining-stages-note.js';
import { ModalFormFooter } from '../layout/modal-form-footer.js';

interface Values {
  name: string;
  reviewDate: string;
}

/** Rename the campaign or move its review date (the whole plan moves with it). */
export function EditCampaignModal({ campaign, opened, onClose }: { campaign: CampaignDto; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const update = useUpdateCampaign(campaign.id);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { name: campaign.name, reviewDate: campaign.reviewDate },
    validate: {
      name: (v) => (!v.trim() ? 'required' : v.trim().length > 160 ? 'too-long' : null),
      reviewDate: (v) => {
        const result = isoDateSchema.safeParse(v);
        return result.success ? null : (result.error.issues[0]?.message ?? 'invalid-date');
      },
    },
    validateInputOnChange: ['reviewDate'],
  });
  const submit = form.onSubmit((values) => {
    setGeneralError(null);
    const body: { name?: string; reviewDate?: string } = {};
    if (values.name.trim() !== campaign.name) body.name = values.name.trim();
    if (values.reviewDate !== campaign.reviewDate) body.reviewDate = values.reviewDate;
    if (!body.name && !body.reviewDate) return onClose();
    update.mutate(body, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('campaign.updated') });
        onClose();
      },
      onError: (error) => {
        if (!applyServerErrors(form, error)) setGeneralError(error);
      },
    });
  }, focusFirstError);
  return (
    <Modal opened={opened} onClose={onClose} title={t('campaign.editTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('newCampaign.name')} required {...inputProps(form, 'name', t)} data-autofocus />
          <TextInput
            type="date"
            label={t('newCampaign.reviewDate')}
            description={t('newCampaign.reviewDateHint')}
            required
            min="2008-01-01"
            max="2040-12-31"
            {...inputProps(form, 'reviewDate', t)}
          />
          <RemainingStagesNote reviewDate={form.values.reviewDate} today={todayIso()} />
          <ModalFormFooter error={generalError} submitLabel={t('common.save')} loading={update.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
