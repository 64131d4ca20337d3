import '../../i18n/sessions-catalog';
import { Button, Card, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Engagement, SessionSummary } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem';
import { SessionStatusBadge } from './session-badges';
import { useSessions } from './session-queries';
import { splitSessions } from './session-time';
import { SessionWhen } from './session-when';
import { PlanSessionForm } from './plan-session-form';

function SessionRow({ session, clientName, isUnmarked }: { session: SessionSummary; clientName: string; isUnmarked: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    // On a phone the status and the button go under the time, rather than past the card's edge.
    <Group
      component="li"
      justify="space-between"
      gap="xs"
      py="xs"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
      data-testid="session-item"
      data-session-id={session.id}
      data-status={session.status}
    >
      <Group gap="md" wrap="nowrap" align="flex-start" style={{ flex: '1 1 14rem', minWidth: 0 }}>
        <SessionWhen session={session} clientName={clientName} />
        <Text size="sm" c="dimmed">
          {t('sessions.minutes', { minutes: session.durationMinutes })}
        </Text>
      </Group>
      <Group gap="sm" wrap="nowrap" ml="auto">
        <SessionStatusBadge status={session.status} isUnmarked={isUnmarked} />
        <Button
          component={Link}
          to={`/sessions/${session.id}`}
          size="compact-sm"
          variant="light"
          aria-label={t('sessions.openAria', { date: format.calendarDate(session.readerTime.date) })}
          data-testid="session-link"
        >
          {t('sessions.open')}
        </Button>
      </Group>
    </Group>
  );
}

function SessionList({ label, sessions, clientName, now, testId }: { label: string; sessions: SessionSummary[]; clientName: string; now: Date; testId: string }) {
  return (
    <Stack gap={4} data-testid={testId}>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {label} · {sessions.length}
      </Text>
      <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {sessions.map((session) => (
          <SessionRow
            key={session.id}
            session={session}
            clientName={clientName}
            isUnmarked={session.status === 'planned' && new Date(session.endsAt).getTime() < now.getTime()}
          />
        ))}
      </Stack>
    </Stack>
  );
}

/** The engagement's sessions, the next ones first, each with its time on both clocks; either side plans one. */
export function SessionsSection({ engagement, isClient }: { engagement: Engagement; isClient: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sessions = useSessions(engagement.id);
  const [isPlanning, setPlanning] = useState(false);
  const now = new Date();
  const { upcoming, past, cancelled } = splitSessions(sessions.data ?? [], now);
  const canPlan = engagement.status === 'active';

  return (
    <Stack gap="md" data-testid="sessions-section">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('sessions.title')}</Title>
          <Text c="dimmed">{t('sessions.intro')}</Text>
        </div>
        {canPlan && !isPlanning && (
          <Button onClick={() => setPlanning(true)} data-testid="plan-session">
            {t('sessions.plan')}
          </Button>
        )}
      </Group>
      <Card withBorder radius="lg" padding="lg">
        <Stack gap="lg">
          {isPlanning && (
            <Stack gap="xs">
              <Title order={3} fz="lg">
                {t('sessionPlan.title')}
              </Title>
              <PlanSessionForm
                engagement={engagement}
                isClient={isClient}
                onCancel={() => setPlanning(false)}
                onDone={(session) => {
                  setPlanning(false);
                  void navigate(`/sessions/${session.id}`);
                }}
              />
            </Stack>
          )}
          {sessions.isPending && <PageLoader />}
          {sessions.isError && <ProblemAlert error={sessions.error} onRetry={() => void sessions.refetch()} />}
          {sessions.data?.length === 0 && !isPlanning && (
            <EmptyState title={t('sessions.emptyTitle')} description={t('sessions.emptyBody')} data-testid="sessions-empty" />
          )}
          {sessions.data && sessions.data.length > 0 && (
            <>
              {upcoming.length > 0 ? (
                <SessionList label={t('sessions.upcoming')} sessions={upcoming} clientName={engagement.client.name} now={now} testId="sessions-upcoming" />
              ) : (
                <Text size="sm" c="dimmed" data-testid="sessions-none-upcoming">
                  {t('sessions.noUpcoming')}
                </Text>
              )}
              {past.length > 0 && <SessionList label={t('sessions.past')} sessions={past} clientName={engagement.client.name} now={now} testId="sessions-past" />}
              {cancelled.length > 0 && (
                <SessionList label={t('sessions.cancelledGroup')} sessions={cancelled} clientName={engagement.client.name} now={now} testId="sessions-cancelled" />
              )}
            </>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
