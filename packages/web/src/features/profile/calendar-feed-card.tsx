import { Button, Card, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useFormat } from '../../i18n/use-format';
import { ProblemAlert } from '../../ui/problem';

const feedKey = ['me', 'calendar-feed'] as const;

/**
 * The person's private calendar address: made on request and shown once (only its hash is kept),
 * replaced by making a new one, retired at any time. Calendar apps subscribe to it.
 */
export function CalendarFeedCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState<string | null>(null);
  const status = useQuery({ queryKey: feedKey, queryFn: () => unwrap(api.GET('/api/v1/me/calendar-feed')) });
  const open = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/me/calendar-feed')),
    onSuccess: (opened) => {
      setUrl(opened.url);
      void queryClient.invalidateQueries({ queryKey: feedKey });
    },
  });
  const revoke = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/me/calendar-feed')),
    onSuccess: () => {
      setUrl(null);
      void queryClient.invalidateQueries({ queryKey: feedKey });
    },
  });
  const active = status.data?.active ?? false;

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="calendar-feed">
      <Stack gap="sm">
        <div>
          <Title order={2} fz="lg">
            {t('calendarFeed.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('calendarFeed.intro')}
          </Text>
        </div>
        {status.isError && <ProblemAlert error={status.error} onRetry={() => void status.refetch()} />}
        {open.isError && <ProblemAlert error={open.error} />}
        {revoke.isError && <ProblemAlert error={revoke.error} />}
        {url && (
          <Stack gap="xs">
            <TextInput label={t('calendarFeed.address')} value={url} readOnly onFocus={(event) => event.currentTarget.select()} data-testid="calendar-feed-url" />
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size="xs" c="dimmed">
                {t('calendarFeed.shownOnce')}
              </Text>
              <CopyButton value={url} timeout={2000}>
                {({ copied, copy }) => (
                  <Button size="xs" variant={copied ? 'filled' : 'light'} onClick={copy} style={{ flexShrink: 0 }}>
                    {copied ? t('calendarFeed.copied') : t('calendarFeed.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        )}
        {!url && active && status.data?.createdAt && (
          <Text size="sm" data-testid="calendar-feed-status">
            {t('calendarFeed.activeSince', { date: format.instantDate(status.data.createdAt) })}
          </Text>
        )}
        <Group gap="sm">
          <Button variant={active ? 'default' : 'filled'} loading={open.isPending} onClick={() => open.mutate()} data-testid="calendar-feed-open">
            {active ? t('calendarFeed.replace') : t('calendarFeed.open')}
          </Button>
          {active && (
            <Button variant="subtle" color="red" loading={revoke.isPending} onClick={() => revoke.mutate()} data-testid="calendar-feed-revoke">
              {t('calendarFeed.revoke')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
