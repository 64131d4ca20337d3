import { Alert, Button, Card, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { latestEmail } from '../../api/email-status';
import type { ListedEngagement } from '../../api/types';
import { fieldProblems, ProblemAlert, rules } from '../../ui/problem';
import { useInviteClient } from './engagement-queries';
import { InviteLink, SendEmailCheckbox } from './invite-link';

/**
 * Invites a client: their name and email, and whether Tandem emails the link. The link is shown to
 * copy; its email's line follows `engagements` (the coach's list, read again while it is being
 * emailed) from "being emailed" to "emailed", and the link goes once a newer one replaces it or
 * the client has joined.
 */
export function InviteClientForm({ engagements }: { engagements?: readonly ListedEngagement[] | undefined }) {
  const { t } = useTranslation();
  const invite = useInviteClient();
  const form = useForm({
    initialValues: { clientName: '', clientEmail: '', sendEmail: true },
    validate: { clientName: rules.required, clientEmail: rules.email },
  });

  const listed = invite.data && engagements?.find((engagement) => engagement.id === invite.data.id);
  // A newer link made from the list since (or the client joined): the link shown here no longer works.
  const outdated = listed !== undefined && (listed.status !== 'invited' || listed.invitationExpiresAt !== invite.data?.invitationExpiresAt);

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="invite-form">
      <Stack>
        <div>
          <Title order={2} fz="lg">
            {t('invite.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('invite.description')}
          </Text>
        </div>
        <form
          noValidate
          onSubmit={form.onSubmit((values) =>
            invite.mutate(
              { clientName: values.clientName.trim(), clientEmail: values.clientEmail.trim(), sendEmail: values.sendEmail },
              { onSuccess: () => form.reset(), onError: (error) => form.setErrors(fieldProblems(error)) },
            ),
          )}
        >
          <Stack gap="sm">
            {invite.isError && <ProblemAlert error={invite.error} />}
            <TextInput label={t('invite.clientName')} required {...form.getInputProps('clientName')} />
            <TextInput label={t('invite.clientEmail')} type="email" required {...form.getInputProps('clientEmail')} />
            <SendEmailCheckbox email={form.values.clientEmail} {...form.getInputProps('sendEmail', { type: 'checkbox' })} />
            <Button type="submit" loading={invite.isPending}>
              {t('invite.submit')}
            </Button>
          </Stack>
        </form>
        {invite.isSuccess && !outdated && (
          <Alert color="teal" variant="light" radius="md">
            <Stack gap="sm">
              <Text size="sm" fw={500}>
                {invite.data.invitationEmail ? t('invite.readyEmailed', { name: invite.data.client.name }) : t('invite.ready', { name: invite.data.client.name })}
              </Text>
              <InviteLink
                url={invite.data.inviteUrl}
                expiresAt={invite.data.invitationExpiresAt}
                email={latestEmail(invite.data.invitationEmail, listed?.invitationEmail)}
                to={invite.data.client.email}
              />
            </Stack>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
