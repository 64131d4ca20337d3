import '../../i18n/goals-catalog';
import { Button, Card, EmptyState, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Engagement, Goal } from '../../api/types';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem';
import { CascadeTree } from '../progress/cascade-tree';
import { GoalListItem } from './goal-list-item';
import { groupGoals, type GoalGroup } from './goal-order';
import { useGoals } from './goal-queries';

const VIEWS = ['cascade', 'list'] as const;
type GoalsView = (typeof VIEWS)[number];

function GoalGroupList({ group, goals }: { group: GoalGroup; goals: readonly Goal[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby={`goal-group-${group}`} data-testid={`goal-group-${group}`}>
      <Text id={`goal-group-${group}`} size="xs" tt="uppercase" fw={700} c={group === 'awaitingMe' ? 'orange.8' : 'dimmed'}>
        {t(`goals.group.${group}`)} · {goals.length}
      </Text>
      <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {goals.map((goal) => (
          <GoalListItem key={goal.id} goal={goal} />
        ))}
      </Stack>
    </Stack>
  );
}

/**
 * The engagement's goals, either side may draft a new one. Seen as the cascade (from the vision
 * down, with progress and risk) or grouped by state; what waits for the reader comes first in both.
 */
export function GoalsSection({ engagement, isClient }: { engagement: Engagement; isClient: boolean }) {
  const { t, i18n } = useTranslation();
  const goals = useGoals(engagement.id);
  const [search, setSearch] = useSearchParams();
  const view: GoalsView = search.get('goals') === 'list' ? 'list' : 'cascade';
  const groups = groupGoals(goals.data ?? [], i18n.language);
  const awaitingMe = groups.find((entry) => entry.group === 'awaitingMe');

  return (
    <Stack gap="md" data-testid="goals-section">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('goals.title')}</Title>
          <Text c="dimmed">{isClient ? t('goals.introMine') : t('goals.intro')}</Text>
        </div>
        <Group gap="sm">
          <SegmentedControl
            aria-label={t('goals.view.label')}
            value={view}
            onChange={(value) =>
              setSearch(
                (current) => {
                  const next = new URLSearchParams(current);
                  if (value === 'list') next.set('goals', 'list');
                  else next.delete('goals');
                  return next;
                },
                { replace: true },
              )
            }
            data={VIEWS.map((option) => ({ value: option, label: t(`goals.view.${option}`) }))}
            data-testid="goals-view"
          />
          <Button component={Link} to={`/engagements/${engagement.id}/goals/new`} data-testid="new-goal">
            {t('goals.new')}
          </Button>
        </Group>
      </Group>
      <Card withBorder radius="lg" padding="lg">
        {goals.isPending && <PageLoader />}
        {goals.isError && <ProblemAlert error={goals.error} onRetry={() => void goals.refetch()} />}
        {view === 'cascade' && goals.data && (
          <Stack gap="lg">
            {awaitingMe && <GoalGroupList group="awaitingMe" goals={awaitingMe.goals} />}
            <CascadeTree engagementId={engagement.id} goals={goals.data} />
          </Stack>
        )}
        {view === 'list' && goals.data?.length === 0 && (
          <EmptyState title={t('goals.emptyTitle')} description={t('goals.emptyBody')} data-testid="goals-empty" />
        )}
        {view === 'list' && (
          <Stack gap="lg">
            {groups.map(({ group, goals: members }) => (
              <GoalGroupList key={group} group={group} goals={members} />
            ))}
          </Stack>
        )}
      </Card>
    </Stack>
  );
}
