import '../../i18n/sessions-catalog';
import { Anchor, Badge, Card, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Engagement } from '../../api/types';
import { CountBadge } from '../../ui/count-badge';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem';
import { CommitmentActions } from './commitment-actions';
import { CommitmentItem } from './commitment-item';
import { useMyCommitments } from './commitment-queries';

/**
 * The reader's own open action items across their engagements, as made in sessions: overdue ones
 * marked, each marked done or dropped from here. A coach sees whose engagement each belongs to.
 */
export function MyCommitmentsPanel({ engagements, showClient }: { engagements: readonly Engagement[] | undefined; showClient: boolean }) {
  const { t } = useTranslation();
  const commitments = useMyCommitments();
  const clientNames = new Map((engagements ?? []).map((engagement) => [engagement.id, engagement.client.name]));
  const overdue = commitments.data?.filter((commitment) => commitment.overdue).length ?? 0;

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="my-commitments">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <div>
            <Title order={2} fz="lg">
              {t('myCommitments.title')}
            </Title>
            <Text size="xs" c="dimmed">
              {t('myCommitments.intro')}
            </Text>
          </div>
          {commitments.data && commitments.data.length > 0 && (
            <CountBadge color={overdue > 0 ? 'red' : 'blue'} data-testid="my-commitments-count">
              {commitments.data.length}
            </CountBadge>
          )}
        </Group>
        {commitments.isPending && <PageLoader />}
        {commitments.isError && <ProblemAlert error={commitments.error} onRetry={() => void commitments.refetch()} />}
        {commitments.data?.length === 0 && (
          <EmptyState py="md" title={t('myCommitments.emptyTitle')} description={t('myCommitments.emptyBody')} data-testid="my-commitments-empty" />
        )}
        {commitments.data && commitments.data.length > 0 && (
          <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {commitments.data.map((commitment) => (
              <CommitmentItem
                key={commitment.id}
                commitment={commitment}
                showStatus={false}
                context={
                  <Group gap={6}>
                    {showClient && clientNames.has(commitment.engagementId) && (
                      <Badge size="xs" variant="light" color="gray" data-testid="commitment-client">
                        {clientNames.get(commitment.engagementId)}
                      </Badge>
                    )}
                    <Anchor
                      component={Link}
                      to={`/sessions/${commitment.sessionId}`}
                      size="xs"
                      aria-label={t('myCommitments.openSessionAria', { text: commitment.text })}
                      data-testid="commitment-session-link"
                    >
                      {t('myCommitments.openSession')}
                    </Anchor>
                  </Group>
                }
              >
                <CommitmentActions commitment={commitment} />
              </CommitmentItem>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
