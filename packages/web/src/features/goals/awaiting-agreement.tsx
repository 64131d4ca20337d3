import '../../i18n/goals-catalog';
import { Card, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '../../api/types';
import { CountBadge } from '../../ui/count-badge';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem';
import { GoalListItem } from './goal-list-item';
import { useAwaitingMyAgreement } from './goal-queries';

/**
 * The goals whose words wait for the reader's agreement, across their engagements. A coach sees
 * whose goal it is; the names come from the engagements the home page has loaded already.
 */
export function AwaitingAgreement({ engagements, showClient }: { engagements: readonly Engagement[] | undefined; showClient: boolean }) {
  const { t } = useTranslation();
  const awaiting = useAwaitingMyAgreement();
  const clientOf = (engagementId: string) => engagements?.find((engagement) => engagement.id === engagementId)?.client.name;

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="awaiting-agreement">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} fz="lg">
            {t('awaiting.title')}
          </Title>
          {awaiting.data && awaiting.data.length > 0 && (
            <CountBadge color="orange" data-testid="awaiting-count">
              {awaiting.data.length}
            </CountBadge>
          )}
        </Group>
        {awaiting.isPending && <PageLoader />}
        {awaiting.isError && <ProblemAlert error={awaiting.error} onRetry={() => void awaiting.refetch()} />}
        {awaiting.data?.length === 0 && (
          <EmptyState py="md" title={t('awaiting.emptyTitle')} description={t('awaiting.emptyBody')} data-testid="awaiting-empty" />
        )}
        {awaiting.data && awaiting.data.length > 0 && (
          <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {awaiting.data.map((goal) => {
              const client = showClient ? clientOf(goal.engagementId) : undefined;
              return (
                <GoalListItem
                  key={goal.id}
                  goal={goal}
                  markAwaiting={false}
                  context={
                    client ? (
                      <Text size="xs" c="dimmed" fw={600} data-testid="awaiting-client">
                        {client}
                      </Text>
                    ) : undefined
                  }
                />
              );
            })}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
