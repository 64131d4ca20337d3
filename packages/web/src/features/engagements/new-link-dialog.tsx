import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { latestEmail } from '../../api/email-status';
import type { ListedEngagement } from '../../api/types';
import { ProblemAlert } from '../../ui/problem';
import { useReinviteClient } from './engagement-queries';
import { InviteLink, SendEmailCheckbox } from './invite-link';

/** Asks for the new link (the earlier ones stop working, and Tandem may email it), then shows it to copy. */
function NewLink({ engagement, onClose }: { engagement: ListedEngagement; onClose: () => void }) {
  const { t } = useTranslation();
  const reinvite = useReinviteClient();
  const [sendEmail, setSendEmail] = useState(true);
  const fresh = reinvite.data;

  if (fresh) {
    return (
      <Stack>
        <Text size="sm">{t('invite.newLinkBody', { name: fresh.client.name })}</Text>
        <InviteLink url={fresh.inviteUrl} expiresAt={fresh.invitationExpiresAt} email={latestEmail(fresh.invitationEmail, engagement.invitationEmail)} to={fresh.client.email} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack>
      <Text size="sm">{t('invite.newLinkWarning', { name: engagement.client.name })}</Text>
      <SendEmailCheckbox email={engagement.client.email} checked={sendEmail} onChange={(event) => setSendEmail(event.currentTarget.checked)} />
      {reinvite.isError && <ProblemAlert error={reinvite.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('invite.newLinkCancel')}
        </Button>
        <Button loading={reinvite.isPending} onClick={() => reinvite.mutate({ id: engagement.id, sendEmail })} data-testid="make-new-invite-link">
          {t('invite.newLinkSubmit')}
        </Button>
      </Group>
    </Stack>
  );
}

/** A fresh invitation link for a client who has not joined yet, for `engagement` while it is set. */
export function NewLinkDialog({ engagement, onClose }: { engagement: ListedEngagement | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={engagement !== null} onClose={onClose} title={t('invite.newLinkTitle')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {engagement && <NewLink key={engagement.id} engagement={engagement} onClose={onClose} />}
    </Modal>
  );
}
