import { Button, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDto } from '../../shared/contracts/index.js';
import type { PasswordResetLinkDto } from '../../shared/contracts/account-security.js';
import { http } from '../api/http.js';
import { CopyField } from '../layout/copy-field.js';
import { ModalFormFooter } from '../layout/modal-form-footer.js';

/**
 * Admins make a one-time password reset link for a member who forgot their password; the link
 * is shown once, to send through a trusted channel. Two-step sign-in stays on after a reset.
 */
export function PasswordResetButton({ member }: { member: MemberDto }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const make = useMutation({
    meta: { inlineErrors: true },
    mutationFn: () => http<PasswordResetLinkDto>(`/api/members/${encodeURIComponent(member.id)}/password-reset`, { method: 'POST', body: {} }),
  });
  const close = () => {
    setOpened(false);
    make.reset();
  };
  const link = make.data ? (make.data.link.startsWith('/') ? `${window.location.origin}${make.data.link}` : make.data.link) : null;
  return (
    <>
      <Button size="xs" variant="subtle" onClick={() => setOpened(true)} aria-label={t('security.reset.makeFor', { name: member.name })}>
        {t('security.reset.make')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('security.reset.makeFor', { name: member.name })} centered>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            make.mutate();
          }}
        >
          <Stack>
            <Text>{t('security.reset.makeText', { name: member.name })}</Text>
            {link ? (
              <>
                <CopyField label={t('security.reset.linkLabel')} value={link} />
                <Button variant="default" onClick={close} w="fit-content">
                  {t('common.close')}
                </Button>
              </>
            ) : (
              <ModalFormFooter error={make.error} submitLabel={t('security.reset.create')} loading={make.isPending} onCancel={close} />
            )}
          </Stack>
        </form>
      </Modal>
    </>
  );
}
