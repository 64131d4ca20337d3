import { Alert, Box, Button, Card, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { CoachInvitation } from '../../api/types';
import '../../i18n/practice-catalog';
import { useFormat } from '../../i18n/use-format';
import { fieldProblems, ProblemAlert, rules } from '../../ui/problem';
import { engagementKeys } from '../engagements/engagement-queries';
import { EMAIL_REFRESH_MS, isBeingEmailed, latestEmail } from '../../api/email-status';
import { InvitationEmailNote, InviteLink, SendEmailCheckbox } from '../engagements/invite-link';

const invitationsKey = ['coach-invitations'] as const;

/** The open invitations, read again shortly while one of them is being emailed. */
function useCoachInvitations() {
  return useQuery({
    queryKey: invitationsKey,
    queryFn: async () => (await unwrap(api.GET('/api/v1/practice/coach-invitations'))).items,
    refetchInterval: (current) => (current.state.data?.some((invitation) => isBeingEmailed(invitation.invitationEmail)) ? EMAIL_REFRESH_MS : false),
  });
}

/** After an invitation is sent or withdrawn: the open ones, and the coaches (someone may have joined meanwhile). */
function useRefreshAfter() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: invitationsKey }),
      queryClient.invalidateQueries({ queryKey: engagementKeys.all }),
    ]);
}

function useInviteCoach() {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (body: { name: string; email: string; sendEmail: boolean }) => unwrap(api.POST('/api/v1/practice/coach-invitations', { body })),
    onSuccess: refresh,
  });
}

/**
 * `onWithdrawn` runs before the lists are read again, not as a callback of `mutate`: the row, and
 * the dialog with it, leaves once they are, and `mutate`'s callbacks do not run after that.
 */
function useWithdrawCoachInvitation(onWithdrawn: () => void) {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/practice/coach-invitations/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      onWithdrawn();
      return refresh();
    },
  });
}

/** "Link works until 22 December 2026 at 04:42": when a coach's invitation link stops working, on the reader's clock. */
function LinkExpiry({ expiresAt }: { expiresAt: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Text size="xs" c="dimmed" data-testid="coach-invitation-until">
      {t('coachInvite.until', format.linkExpiry(expiresAt))}
    </Text>
  );
}

/**
 * Withdrawing an invitation, once the owner confirms it (a withdrawn link cannot be brought back,
 * only made anew), and a notice once it is done, as the row leaves the list.
 */
function WithdrawInvitationButton({ invitation, onWithdrawn }: { invitation: CoachInvitation; onWithdrawn: () => void }) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const withdraw = useWithdrawCoachInvitation(() => {
    setOpen(false);
    notifications.show({ color: 'teal', message: t('coachInvite.withdrawn', { name: invitation.name }), closeButtonProps: { 'aria-label': t('common.close') } });
    onWithdrawn();
  });
  const close = () => {
    setOpen(false);
    withdraw.reset();
  };

  return (
    <Box style={{ flexShrink: 0 }}>
      <Button
        size="xs"
        variant="subtle"
        color="red"
        aria-label={t('coachInvite.withdrawAria', { name: invitation.name })}
        onClick={() => setOpen(true)}
        data-testid="withdraw-coach-invitation"
      >
        {t('coachInvite.withdraw')}
      </Button>
      <Modal opened={isOpen} onClose={close} title={t('coachInvite.withdrawTitle', { name: invitation.name })} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack data-testid="withdraw-coach-invitation-dialog">
          <Text size="sm">{t('coachInvite.withdrawBody', { name: invitation.name })}</Text>
          {withdraw.isError && <ProblemAlert error={withdraw.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('coachInvite.withdrawCancel')}
            </Button>
            <Button color="red" loading={withdraw.isPending} onClick={() => withdraw.mutate(invitation.id)} data-testid="confirm-withdraw-coach-invitation">
              {t('coachInvite.withdrawConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Box>
  );
}

/**
 * The owner brings coaches into the practice: a form that makes a single-use link, emailed by
 * Tandem or handed over by the owner, and the links still open (with their emails), each of which
 * can be withdrawn.
 */
export function CoachInvitationsCard() {
  const { t } = useTranslation();
  const invitations = useCoachInvitations();
  const invite = useInviteCoach();
  const form = useForm({ initialValues: { name: '', email: '', sendEmail: true }, validate: { name: rules.required, email: rules.email } });
  const open = invitations.data ?? [];

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="coach-invitations">
      <Stack>
        <div>
          <Title order={2} fz="lg">
            {t('coachInvite.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('coachInvite.description')}
          </Text>
        </div>
        <form
          noValidate
          data-testid="invite-coach-form"
          onSubmit={form.onSubmit((values) =>
            invite.mutate(
              { name: values.name.trim(), email: values.email.trim(), sendEmail: values.sendEmail },
              { onSuccess: () => form.reset(), onError: (error) => form.setErrors(fieldProblems(error)) },
            ),
          )}
        >
          <Stack gap="sm">
            {invite.isError && <ProblemAlert error={invite.error} />}
            <Group grow align="flex-start">
              <TextInput label={t('coachInvite.name')} required {...form.getInputProps('name')} />
              <TextInput label={t('coachInvite.email')} type="email" required {...form.getInputProps('email')} />
            </Group>
            <SendEmailCheckbox email={form.values.email} {...form.getInputProps('sendEmail', { type: 'checkbox' })} />
            <Group justify="flex-end">
              <Button type="submit" loading={invite.isPending}>
                {t('coachInvite.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
        {invite.isSuccess && (
          <Alert color="teal" variant="light" radius="md" data-testid="coach-invite-ready">
            <Stack gap="sm">
              <Stack gap={0}>
                <Text size="sm" fw={500}>
                  {t('coachInvite.ready', { name: invite.data.name })}
                </Text>
                <LinkExpiry expiresAt={invite.data.expiresAt} />
              </Stack>
              {/* Its expiry is said above, in the words the open invitations below use. */}
              <InviteLink
                url={invite.data.inviteUrl}
                expiresAt={null}
                email={latestEmail(invite.data.invitationEmail, invitations.data?.find((open) => open.id === invite.data.id)?.invitationEmail)}
                to={invite.data.email}
              />
            </Stack>
          </Alert>
        )}
        {invitations.isError && <ProblemAlert error={invitations.error} onRetry={() => void invitations.refetch()} />}
        {open.length > 0 && (
          <Stack gap="xs" component="section" aria-label={t('coachInvite.openLabel')} data-testid="open-coach-invitations">
            <Text size="sm" fw={600}>
              {t('coachInvite.openLabel')}
            </Text>
            {open.map((invitation) => (
              <Group key={invitation.id} justify="space-between" wrap="nowrap" gap="sm" data-testid="open-coach-invitation">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600} truncate>
                    {invitation.name}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {invitation.email}
                  </Text>
                  <LinkExpiry expiresAt={invitation.expiresAt} />
                  {invitation.invitationEmail && <InvitationEmailNote email={invitation.invitationEmail} />}
                </Stack>
                <WithdrawInvitationButton
                  invitation={invitation}
                  // The link just made, if it is this one, no longer works: it is not offered any more.
                  onWithdrawn={() => {
                    if (invite.data?.id === invitation.id) invite.reset();
                  }}
                />
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
