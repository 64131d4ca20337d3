import '../../i18n/goals-catalog';
import { Button, Card, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Engagement } from '../../api/types';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem';
import { GoalListItem } from './goal-list-item';
import { groupGoals } from './goal-order';
import { useGoals } from './goal-queries';

/** The engagement's goals, what waits for the reader first; either side may draft a new one. */
export function GoalsSection({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const goals = useGoals(engagement.id);
  const groups = groupGoals(goals.data ?? []);

  return (
    <Stack gap="md" data-testid="goals-section">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('goals.title')}</Title>
          <Text c="dimmed">{t('goals.intro')}</Text>
        </div>
        <Button component={Link} to={`/engagements/${engagement.id}/goals/new`} data-testid="new-goal">
          {t('goals.new')}
        </Button>
      </Group>
      <Card withBorder radius="lg" padding="lg">
        {goals.isPending && <PageLoader />}
        {goals.isError && <ProblemAlert error={goals.error} onRetry={() => void goals.refetch()} />}
        {goals.data?.length === 0 && <EmptyState title={t('goals.emptyTitle')} description={t('goals.emptyBody')} data-testid="goals-empty" />}
        <Stack gap="lg">
          {groups.map(({ group, goals: members }) => (
            <Stack key={group} gap="xs" component="section" aria-labelledby={`goal-group-${group}`} data-testid={`goal-group-${group}`}>
              <Text id={`goal-group-${group}`} size="xs" tt="uppercase" fw={700} c={group === 'awaitingMe' ? 'orange.8' : 'dimmed'}>
                {t(`goals.group.${group}`)} · {members.length}
              </Text>
              <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {members.map((goal) => (
                  <GoalListItem key={goal.id} goal={goal} />
                ))}
              </Stack>
            </Stack>
          ))}
        </Stack>
      </Card>
    </Stack>
  );
}
