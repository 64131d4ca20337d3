import '../../i18n/goals-catalog';
import '../../i18n/progress-catalog';
import { ActionIcon, Anchor, Box, Button, EmptyState, Flex, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CascadeNode, Goal } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem';
import { AwaitingMeBadge, GoalStateBadge, HorizonBadge } from '../goals/goal-badges';
import { isAwaitingMe } from '../goals/goal-order';
import { useCascade } from './progress-queries';
import { ProgressMeter } from './progress-meter';
import { RISK_COLORS, RiskBadge } from './risk-badge';
import { RiskReasons } from './risk-reasons';
import { branchIds, cascadeGoals, orderCascade } from './cascade';
import { summarizeRisk } from './risk-summary';

function Chevron({ isOpen }: { isOpen: boolean }) {
  return (
    <svg
      width={16}
      height={16}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      style={{ transform: isOpen ? 'rotate(90deg)' : undefined, transition: 'transform 120ms ease' }}
    >
      <path d="M9 6l6 6-6 6" />
    </svg>
  );
}

/** What a closed branch holds: how many goals, and how many of them are at risk. */
function HiddenBranch({ nodes }: { nodes: readonly CascadeNode[] }) {
  const { t } = useTranslation();
  const { atRisk } = summarizeRisk(nodes);
  return (
    <Text size="xs" c="dimmed" fw={600} data-testid="cascade-hidden-count">
      {t('cascade.hiddenChildren', { count: cascadeGoals(nodes).length })}
      {atRisk > 0 && (
        <Text span inherit c="red.8">
          {' · '}
          {t('cascade.hiddenAtRisk', { count: atRisk })}
        </Text>
      )}
    </Text>
  );
}

type BranchProps = {
  node: CascadeNode;
  goals: ReadonlyMap<string, Goal>;
  closed: ReadonlySet<string>;
  onToggle: (goalId: string) => void;
  depth: number;
};

function CascadeBranch({ node, goals, closed, onToggle, depth }: BranchProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const goal = goals.get(node.goalId);
  const hasChildren = node.children.length > 0;
  const isOpen = hasChildren && !closed.has(node.goalId);
  const isJudged = node.status !== 'not_judged';
  const isUnderway = node.state === 'active' || node.state === 'achieved' || node.state === 'dropped';
  const childrenId = `cascade-children-${node.goalId}`;

  return (
    <Box
      component="li"
      data-testid="cascade-node"
      data-goal-id={node.goalId}
      data-horizon={node.horizon}
      data-state={node.state}
      data-risk={node.status}
      data-depth={depth}
    >
      <Paper
        withBorder
        radius="md"
        p="sm"
        bg={isJudged ? 'white' : 'gray.0'}
        style={{ borderLeft: `4px solid var(--mantine-color-${RISK_COLORS[node.status]}-${isJudged ? 6 : 3})` }}
      >
        <Group gap="xs" wrap="nowrap" align="flex-start">
          {hasChildren ? (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="md"
              mt={2}
              onClick={() => onToggle(node.goalId)}
              aria-expanded={isOpen}
              aria-controls={isOpen ? childrenId : undefined}
              aria-label={isOpen ? t('cascade.collapse', { title: node.title }) : t('cascade.expand', { title: node.title })}
              data-testid="cascade-toggle"
            >
              <Chevron isOpen={isOpen} />
            </ActionIcon>
          ) : (
            <Box w={28} style={{ flexShrink: 0 }} />
          )}
          <Stack gap={6} style={{ flex: 1, minWidth: 0, opacity: isJudged ? 1 : 0.75 }}>
            {/* On a phone the title has the card's width to itself, between its badges: beside them its words were covered. */}
            <Flex justify="space-between" align="flex-start" direction={{ base: 'column', sm: 'row' }} gap={{ base: 6, sm: 'sm' }}>
              <Flex gap={{ base: 4, sm: 'xs' }} direction={{ base: 'column', sm: 'row' }} align="flex-start" style={{ minWidth: 0, maxWidth: '100%' }}>
                <HorizonBadge horizon={node.horizon} />
                <Anchor
                  component={Link}
                  to={`/goals/${node.goalId}`}
                  fw={600}
                  c={isJudged ? undefined : 'dimmed'}
                  lh={1.3}
                  style={{ minWidth: 0, overflowWrap: 'break-word' }}
                  data-testid="cascade-goal-link"
                >
                  {node.title}
                </Anchor>
              </Flex>
              <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
                {goal && isAwaitingMe(goal) && <AwaitingMeBadge />}
                {isJudged ? <RiskBadge status={node.status} /> : <GoalStateBadge state={node.state} />}
              </Group>
            </Flex>
            {isUnderway && <ProgressMeter progress={node.progress} expected={isJudged ? node.expectedProgress : null} status={node.status} size="sm" muted={!isJudged} hasMeasure={node.hasMeasure} />}
            <Group gap="md">
              <Text size="xs" c="dimmed" data-testid="cascade-due">
                {node.dueOn ? t('goals.due', { date: format.calendarDate(node.dueOn) }) : t('goals.noDue')}
              </Text>
              {goal?.state === 'active' && goal.pendingRevision && (
                <Text size="xs" c="yellow.9" fw={600}>
                  {t('goals.changeProposed')}
                </Text>
              )}
              {hasChildren && !isOpen && <HiddenBranch nodes={node.children} />}
            </Group>
            {isJudged && <RiskReasons reasons={node.reasons} size="xs" />}
          </Stack>
        </Group>
      </Paper>
      {isOpen && (
        <Stack
          id={childrenId}
          gap="xs"
          component="ul"
          mt="xs"
          mb={0}
          mr={0}
          ml={{ base: 4, sm: 21 }}
          pr={0}
          py={0}
          pl={{ base: 'xs', sm: 'lg' }}
          style={{ listStyle: 'none', borderLeft: '2px solid var(--mantine-color-gray-3)' }}
        >
          {node.children.map((child) => (
            <CascadeBranch key={child.goalId} node={child} goals={goals} closed={closed} onToggle={onToggle} depth={depth + 1} />
          ))}
        </Stack>
      )}
    </Box>
  );
}

/**
 * The engagement's goals as a cascade: the vision, the year goals serving it, their quarter and
 * month goals, each with progress against the plan and its risk with the reasons. Every branch
 * opens and closes; goals not being judged (drafts, proposals, closed ones) are shown muted.
 */
export function CascadeTree({ engagementId, goals }: { engagementId: string; goals: readonly Goal[] | undefined }) {
  const { t, i18n } = useTranslation();
  const cascade = useCascade(engagementId);
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const byId = new Map((goals ?? []).map((goal) => [goal.id, goal]));

  if (cascade.isPending) return <PageLoader />;
  if (cascade.isError) return <ProblemAlert error={cascade.error} onRetry={() => void cascade.refetch()} />;
  const roots = orderCascade(cascade.data.roots, i18n.language);
  if (roots.length === 0) return <EmptyState title={t('goals.emptyTitle')} description={t('goals.emptyBody')} data-testid="goals-empty" />;

  const branches = branchIds(roots);
  const toggle = (goalId: string) =>
    setClosed((current) => {
      const next = new Set(current);
      if (!next.delete(goalId)) next.add(goalId);
      return next;
    });

  return (
    <Stack gap="sm" data-testid="cascade-tree">
      {branches.length > 0 && (
        <Group justify="flex-end">
          {closed.size > 0 ? (
            <Button size="compact-sm" variant="subtle" onClick={() => setClosed(new Set())} data-testid="cascade-expand-all">
              {t('cascade.expandAll')}
            </Button>
          ) : (
            <Button size="compact-sm" variant="subtle" onClick={() => setClosed(new Set(branches))} data-testid="cascade-collapse-all">
              {t('cascade.collapseAll')}
            </Button>
          )}
        </Group>
      )}
      <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('cascade.label')}>
        {roots.map((root) => (
          <CascadeBranch key={root.goalId} node={root} goals={byId} closed={closed} onToggle={toggle} depth={0} />
        ))}
      </Stack>
    </Stack>
  );
}
