import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
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

function useWithdrawCoachInvitation() {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/practice/coach-invitations/{id}', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

/**
 * The owner brings coaches into the practice: a form that makes a single-use link, emailed by
 * Tandem or handed over by the owner, and the links still open (with their emails), each of which
 * can be withdrawn.
 */
export function CoachInvitationsCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const invitations = useCoachInvitations();
  const invite = useInviteCoach();
  const withdraw = useWithdrawCoachInvitation();
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
              <Text size="sm" fw={500}>
                {t('coachInvite.ready', { name: invite.data.name })}
              </Text>
              <InviteLink
                url={invite.data.inviteUrl}
                expiresAt={invite.data.expiresAt}
                email={latestEmail(invite.data.invitationEmail, invitations.data?.find((open) => open.id === invite.data.id)?.invitationEmail)}
                to={invite.data.email}
              />
            </Stack>
          </Alert>
        )}
        {invitations.isError && <ProblemAlert error={invitations.error} onRetry={() => void invitations.refetch()} />}
        {withdraw.isError && <ProblemAlert error={withdraw.error} />}
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
                  <Text size="xs" c="dimmed">
                    {t('coachInvite.until', { date: format.instantDate(invitation.expiresAt) })}
                  </Text>
                  {invitation.invitationEmail && <InvitationEmailNote email={invitation.invitationEmail} />}
                </Stack>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  style={{ flexShrink: 0 }}
                  aria-label={t('coachInvite.withdrawAria', { name: invitation.name })}
                  loading={withdraw.isPending && withdraw.variables === invitation.id}
                  onClick={() => withdraw.mutate(invitation.id)}
                  data-testid="withdraw-coach-invitation"
                >
                  {t('coachInvite.withdraw')}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
