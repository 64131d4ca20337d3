import '../../i18n/sessions-catalog';
import { Anchor, Button, Card, Collapse, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Commitment, Engagement } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem';
import { useGoals } from '../goals/goal-queries';
import { useSessions } from '../sessions/session-queries';
import { CommitmentActions } from './commitment-actions';
import { CommitmentItem } from './commitment-item';
import { useEngagementCommitments } from './commitment-queries';

function CommitmentList({ commitments, engagement }: { commitments: readonly Commitment[]; engagement: Engagement }) {
  const { t } = useTranslation();
  const format = useFormat();
  const goals = useGoals(engagement.id);
  const sessions = useSessions(engagement.id);
  const goalTitles = new Map((goals.data ?? []).map((goal) => [goal.id, goal.title]));
  const sessionDays = new Map((sessions.data ?? []).map((session) => [session.id, session.readerTime.date]));
  const names = { coach: engagement.coach.name, client: engagement.client.name };
  return (
    <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {commitments.map((commitment) => {
        const day = sessionDays.get(commitment.sessionId);
        return (
          <CommitmentItem
            key={commitment.id}
            commitment={commitment}
            names={names}
            goalTitle={commitment.goalId ? goalTitles.get(commitment.goalId) : undefined}
            context={
              day && (
                <Anchor component={Link} to={`/sessions/${commitment.sessionId}`} size="xs">
                  {t('commitments.madeIn', { date: format.calendarDate(day) })}
                </Anchor>
              )
            }
          >
            <CommitmentActions commitment={commitment} />
          </CommitmentItem>
        );
      })}
    </Stack>
  );
}

/** The engagement's commitments: the open ones first (overdue marked), done and dropped ones on request. */
export function CommitmentsSection({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const commitments = useEngagementCommitments(engagement.id);
  const [isShowingClosed, setShowingClosed] = useState(false);
  const open = commitments.data?.filter((commitment) => commitment.status === 'open') ?? [];
  const closed = commitments.data?.filter((commitment) => commitment.status !== 'open') ?? [];

  return (
    <Stack gap="md" data-testid="commitments-section">
      <div>
        <Title order={2}>{t('commitments.title')}</Title>
        <Text c="dimmed">{t('commitments.intro')}</Text>
      </div>
      <Card withBorder radius="lg" padding="lg">
        {commitments.isPending && <PageLoader />}
        {commitments.isError && <ProblemAlert error={commitments.error} onRetry={() => void commitments.refetch()} />}
        {commitments.data?.length === 0 && (
          <EmptyState title={t('commitments.emptyTitle')} description={t('commitments.emptyBody')} data-testid="commitments-empty" />
        )}
        {commitments.data && commitments.data.length > 0 && (
          <Stack gap="md">
            {open.length > 0 && (
              <div data-testid="commitments-open">
                <CommitmentList commitments={open} engagement={engagement} />
              </div>
            )}
            {closed.length > 0 && (
              <Stack gap="sm">
                <Group>
                  <Button
                    variant="subtle"
                    color="gray"
                    size="compact-sm"
                    onClick={() => setShowingClosed((showing) => !showing)}
                    aria-expanded={isShowingClosed}
                    data-testid="toggle-closed-commitments"
                  >
                    {isShowingClosed ? t('commitments.hideClosed') : t('commitments.showClosed', { count: closed.length })}
                  </Button>
                </Group>
                <Collapse expanded={isShowingClosed}>
                  <div data-testid="commitments-closed">
                    <CommitmentList commitments={closed} engagement={engagement} />
                  </div>
                </Collapse>
              </Stack>
            )}
          </Stack>
        )}
      </Card>
    </Stack>
  );
}
