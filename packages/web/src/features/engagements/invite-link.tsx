import { Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InvitedEngagement } from '../../api/types';
import { useFormat } from '../../i18n/use-format';

/** The single-use invitation link, ready to copy and send. */
export function InviteLink({ invited }: { invited: InvitedEngagement }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="xs" data-testid="invite-link">
      <TextInput
        label={t('invite.linkLabel')}
        value={invited.inviteUrl}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        data-testid="invite-url"
      />
      <Group justify="space-between" gap="xs" wrap="nowrap">
        {invited.invitationExpiresAt && (
          <Text size="xs" c="dimmed">
            {t('invite.validUntil', { date: format.instant(invited.invitationExpiresAt) })}
          </Text>
        )}
        <CopyButton value={invited.inviteUrl} timeout={2000}>
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
