import { Button, Checkbox, CopyButton, Group, Stack, Text, TextInput, type CheckboxProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InvitationEmail } from '../../api/types';
import { useFormat } from '../../i18n/use-format';

/** The choice, ticked at first, that Tandem emails the invitation; the link is shown to copy either way. */
export function SendEmailCheckbox({ email, ...inputProps }: { email: string } & CheckboxProps) {
  const { t } = useTranslation();
  const address = email.trim();
  return (
    <Checkbox
      label={address ? t('invite.sendEmail', { email: address }) : t('invite.sendEmailNoAddress')}
      data-testid="invite-send-email"
      {...inputProps}
    />
  );
}

/** What became of an invitation's email, in a line under the invitation: on its way, sent on a day, or not delivered. */
export function InvitationEmailNote({ email }: { email: InvitationEmail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = email.status === 'sent' ? t('invite.email.sent', { date: format.instantDate(email.at) }) : t(`invite.email.${email.status}`);
  return (
    <Text size="xs" c={email.status === 'failed' ? 'red.8' : 'dimmed'} data-testid="invitation-email" data-status={email.status}>
      {text}
    </Text>
  );
}

/**
 * The single-use invitation link (a client's or a coach's), ready to copy and send, and until when
 * it works; when Tandem emails it, to whom it is on its way, and then that it went (`email` is the
 * latest word on it, which the caller keeps up to date from its list).
 */
export function InviteLink({
  url,
  expiresAt,
  email,
  to,
}: {
  url: string;
  expiresAt: string | null;
  email?: InvitationEmail | null | undefined;
  to?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="xs" data-testid="invite-link">
      {email &&
        ((email.status === 'queued' || email.status === 'sent') && to ? (
          <Text size="sm" data-testid="invitation-email" data-status={email.status}>
            {t(email.status === 'queued' ? 'invite.email.queuedTo' : 'invite.email.sentTo', { email: to })}
          </Text>
        ) : (
          <InvitationEmailNote email={email} />
        ))}
      <TextInput
        label={t('invite.linkLabel')}
        value={url}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        data-testid="invite-url"
      />
      <Group justify="space-between" gap="xs" wrap="nowrap">
        {expiresAt && (
          <Text size="xs" c="dimmed">
            {t('invite.validUntil', format.linkExpiry(expiresAt))}
          </Text>
        )}
        <CopyButton value={url} timeout={2000}>
          {({ copied, copy }) => (
            <Button
              size="xs"
              variant={copied ? 'filled' : 'light'}
              onClick={copy}
              data-testid="copy-invite-url"
              style={{ flexShrink: 0 }}
            >
              {copied ? t('invite.copied') : t('invite.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
