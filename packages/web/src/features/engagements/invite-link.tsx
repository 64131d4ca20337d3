import { Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';

/** The single-use invitation link (a client's or a coach's), ready to copy and send, and until when it works. */
export function InviteLink({ url, expiresAt }: { url: string; expiresAt: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="xs" data-testid="invite-link">
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
            {t('invite.validUntil', { date: format.instant(expiresAt) })}
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
