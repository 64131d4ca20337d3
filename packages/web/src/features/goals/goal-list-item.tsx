import '../../i18n/goals-catalog';
import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Goal } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { AwaitingMeBadge, GoalStateBadge, HorizonBadge } from './goal-badges';
import { dueOn, isAwaitingMe } from './goal-order';
import { SmartScore } from './smart-score';

/** One goal in a list: its title as the link, horizon, state, due date and SMART at a glance. */
export function GoalListItem({ goal, context, markAwaiting = true }: { goal: Goal; context?: ReactNode; markAwaiting?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const due = dueOn(goal);
  const awaitsMe = isAwaitingMe(goal);
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      component="li"
      style={awaitsMe && markAwaiting ? { borderColor: 'var(--mantine-color-orange-4)' } : undefined}
      data-testid="goal-item"
      data-state={goal.state}
      data-awaits-me={awaitsMe}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={2} style={{ minWidth: 0 }}>
            {context}
            <Anchor component={Link} to={`/goals/${goal.id}`} fw={600} data-testid="goal-link">
              {goal.title}
            </Anchor>
          </Stack>
          {awaitsMe && markAwaiting && <AwaitingMeBadge />}
        </Group>
        <Group gap="xs">
          <HorizonBadge horizon={goal.horizon} />
          <GoalStateBadge state={goal.state} />
          {goal.state === 'active' && goal.pendingRevision && (
            <Text size="xs" c="yellow.9" fw={600} data-testid="change-proposed">
              {t('goals.changeProposed')}
            </Text>
          )}
          <Text size="xs" c="dimmed" data-testid="goal-due">
            {due ? t('goals.due', { date: format.calendarDate(due) }) : t('goals.noDue')}
          </Text>
          <SmartScore smart={goal.smart} />
        </Group>
      </Stack>
    </Paper>
  );
}
