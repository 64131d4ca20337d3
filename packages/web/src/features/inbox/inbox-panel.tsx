import '../../i18n/progress-catalog';
import { localTimeIn } from '@tandem/core';
import type { TFunction } from 'i18next';
import { Anchor, Badge, Box, Button, Card, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InboxItem } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { CountBadge } from '../../ui/count-badge';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem';
import { useAcknowledgeItem, useInbox } from './inbox-queries';

const SEVERITY_COLORS: Record<InboxItem['severity'], string> = { risk: 'red', attention: 'orange', info: 'blue' };

function worstSeverity(items: readonly InboxItem[]): InboxItem['severity'] {
  if (items.some((item) => item.severity === 'risk')) return 'risk';
  return items.some((item) => item.severity === 'attention') ? 'attention' : 'info';
}

/** When a session was to start, on the reader's calendar and clock. */
function sessionTime(scheduledAt: string, format: ReturnType<typeof useFormat>) {
  const local = localTimeIn(new Date(scheduledAt), format.timeZone);
  return { date: format.calendarDate(local.date), time: local.time };
}

/** The words a screen reader gives the "Mark seen" button: which item it marks. */
function markSeenLabel(item: InboxItem, t: TFunction, format: ReturnType<typeof useFormat>): string | undefined {
  if (item.kind === 'stakeholder_feedback') return t('inbox.markSeenLabel', { name: item.stakeholderName ?? '' });
  if (item.kind === 'session_cancelled' && item.scheduledAt) return t('inbox.markSessionSeenLabel', { date: sessionTime(item.scheduledAt, format).date });
  return undefined;
}

function Headline({ item }: { item: InboxItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  switch (item.kind) {
    case 'review_due': {
      const date = item.on ? format.calendarDate(item.on) : '';
      return <>{item.daysOverdue ? t('inbox.kind.review_overdue', { date }) : t('inbox.kind.review_due', { date })}</>;
    }
    case 'stakeholder_feedback':
      return <>{t('inbox.kind.stakeholder_feedback', { name: item.stakeholderName ?? '' })}</>;
    default:
      return <>{t(`inbox.kind.${item.kind}`)}</>;
  }
}

/** The small print under an item: the reasons, or the date and rating it is about. */
function Details({ item }: { item: InboxItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  const lines: string[] = [...item.reasons];
  if (item.kind === 'check_in_overdue') lines.push(item.on ? t('inbox.lastCheckIn', { date: format.calendarDate(item.on) }) : t('inbox.noCheckInYet'));
  if (item.kind === 'commitment_overdue') {
    if (item.text) lines.unshift(item.text);
    if (item.on) lines.push(t('inbox.dueOn', { date: format.calendarDate(item.on) }));
  }
  if (item.kind === 'journal_shared' && item.on) lines.push(t('inbox.sharedOn', { date: format.calendarDate(item.on) }));
  if (item.kind === 'session_cancelled' && item.scheduledAt) {
    lines.push(t('inbox.sessionCancelledBy', { name: item.cancelledByName ?? '', ...sessionTime(item.scheduledAt, format) }));
  }
  if (item.kind === 'stakeholder_feedback') {
    if (item.rating !== null) lines.push(t('inbox.rating', { rating: item.rating }));
    if (item.on) lines.push(t('inbox.answeredOn', { date: format.calendarDate(item.on) }));
  }
  if (lines.length === 0) return null;
  return (
    <Stack gap={0}>
      {lines.map((line) => (
        <Text key={line} size="xs" c="dimmed">
          {line}
        </Text>
      ))}
    </Stack>
  );
}

function InboxEntry({ item, showClient }: { item: InboxItem; showClient: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const acknowledge = useAcknowledgeItem();
  return (
    <Box
      component="li"
      py="xs"
      px="sm"
      style={{ borderLeft: `3px solid var(--mantine-color-${SEVERITY_COLORS[item.severity]}-6)`, borderRadius: 4 }}
      bg="var(--mantine-color-gray-0)"
      data-testid="inbox-item"
      data-kind={item.kind}
      data-severity={item.severity}
    >
      {/* On a narrow screen the button goes under the words, which keep the item's width. */}
      <Group justify="space-between" wrap="wrap" align="flex-start" gap="sm">
        <Stack gap={2} style={{ flex: '1 1 14rem', minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Text size="sm" fw={600} data-testid="inbox-headline">
              <Headline item={item} />
            </Text>
            {showClient && (
              <Badge size="xs" variant="light" color="gray" data-testid="inbox-client">
                {item.clientName}
              </Badge>
            )}
          </Group>
          {item.kind === 'journal_shared' && (
            <Anchor component={Link} to={`/engagements/${item.engagementId}#journal`} size="sm" data-testid="inbox-journal">
              {t('inbox.openJournal')}
            </Anchor>
          )}
          {item.kind === 'session_cancelled' && item.sessionId && (
            <Anchor component={Link} to={`/sessions/${item.sessionId}`} size="sm" data-testid="inbox-session">
              {t('inbox.openSession')}
            </Anchor>
          )}
          {item.goalId && item.goalTitle && (
            <Anchor component={Link} to={`/goals/${item.goalId}`} size="sm" lineClamp={2} data-testid="inbox-goal">
              {item.goalTitle}
            </Anchor>
          )}
          <Details item={item} />
        </Stack>
        {item.acknowledgeable && (
          <Button
            size="compact-xs"
            variant="light"
            ml="auto"
            loading={acknowledge.isPending}
            onClick={() => acknowledge.mutate(item.key)}
            aria-label={markSeenLabel(item, t, format)}
          >
            {t('inbox.markSeen')}
          </Button>
        )}
      </Group>
      {acknowledge.isError && <ProblemAlert error={acknowledge.error} />}
    </Box>
  );
}

/**
 * The reader's inbox: one list across their engagements, most pressing first. Each item links to
 * where it is handled and leaves when done; a stakeholder's answer leaves when marked seen.
 * Goals waiting for agreement have their own card beside it, so the list leaves them out.
 */
export function InboxPanel({ showClient }: { showClient: boolean }) {
  const { t } = useTranslation();
  const inbox = useInbox();
  const items = inbox.data?.items.filter((item) => item.kind !== 'goal_awaiting_agreement');
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="inbox">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <div>
            <Title order={2} fz="lg">
              {t('inbox.title')}
            </Title>
            <Text size="xs" c="dimmed">
              {t('inbox.intro')}
            </Text>
          </div>
          {items && items.length > 0 && (
            <CountBadge color={SEVERITY_COLORS[worstSeverity(items)]} data-testid="inbox-count">
              {(inbox.data?.total ?? items.length) - (inbox.data?.counts.goal_awaiting_agreement ?? 0)}
            </CountBadge>
          )}
        </Group>
        {inbox.isPending && <PageLoader />}
        {inbox.isError && <ProblemAlert error={inbox.error} onRetry={() => void inbox.refetch()} />}
        {items?.length === 0 && <EmptyState py="md" title={t('inbox.emptyTitle')} description={t('inbox.emptyBody')} data-testid="inbox-empty" />}
        {inbox.data && inbox.data.total > inbox.data.items.length && (
          <Text size="xs" c="dimmed" data-testid="inbox-more">
            {t('inbox.more', { shown: inbox.data.items.length, total: inbox.data.total })}
          </Text>
        )}
        {items && items.length > 0 && (
          <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {items.map((item) => (
              <InboxEntry key={item.key} item={item} showClient={showClient} />
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
