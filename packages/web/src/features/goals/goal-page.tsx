import '../../i18n/goals-catalog';
import { Alert, Anchor, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isProblem } from '../../api/client';
import type { Goal, Revision, SmartAssessment } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { PageLoader } from '../../ui/page-loader';
import { usePageTitle } from '../../ui/page-title';
import { ProblemAlert } from '../../ui/problem';
import { useEngagement } from '../engagements/engagement-queries';
import { ObstaclesSection } from '../obstacles/obstacles-section';
import { ProgressSection } from '../progress/progress-section';
import { ReviewsSection } from '../reviews/reviews-section';
import { useValues } from '../values/value-queries';
import { AgreementBox } from './agreement-box';
import { CloseGoal } from './close-goal';
import { AwaitingMeBadge, GoalStateBadge, HorizonBadge } from './goal-badges';
import { isAwaitingMe, isClosed } from './goal-order';
import { useGoal, useGoals, useRevisions, useSmartAssessment } from './goal-queries';
import { draftToAssess, wordsOf } from './goal-words';
import { GoalStatement } from './goal-statement';
import { PendingChange } from './pending-change';
import { RevisionTimeline } from './revision-timeline';
import { SmartPanel } from './smart-panel';
import { SmartScore } from './smart-score';
import { SMART_CRITERIA } from './smart-verdict';

/**
 * The SMART check of an active goal's words in force, made again today: Achievable weighs the
 * days left and the pace its metric has kept since, which the check saved with the words could
 * not (it said "no check-ins yet" for good). The saved check stands in until the answer comes,
 * and for goals not under way.
 */
function useSmartToday(goal: Goal, words: Revision | null): { smart: SmartAssessment; isToday: boolean } {
  const { language } = useFormat();
  const draft = goal.state === 'active' && words ? draftToAssess(wordsOf(words), { engagementId: goal.engagementId, parentId: goal.parentId, goalId: goal.id, locale: language }) : null;
  const today = useSmartAssessment(draft);
  return today.data && !today.isPlaceholderData ? { smart: today.data, isToday: true } : { smart: goal.smart, isToday: false };
}

function MissingCriteria({ smart, isToday }: { smart: SmartAssessment; isToday: boolean }) {
  const { t } = useTranslation();
  const missing = SMART_CRITERIA.filter((criterion) => smart[criterion].verdict !== 'met');
  return (
    <>
      {isToday && (
        <Text size="xs" c="dimmed" data-testid="smart-checked-today">
          {t('smart.checkedToday')}
        </Text>
      )}
      {missing.length === 0 ? (
        <Alert color="teal" variant="light" data-testid="smart-all-met">
          {t('smart.allMet')}
        </Alert>
      ) : (
        <Alert color="yellow" variant="light" data-testid="smart-missing">
          {t('smart.missing', { criteria: missing.map((criterion) => t(`smart.criterion.${criterion}`)).join(', ') })}
        </Alert>
      )}
    </>
  );
}

function GoalView({ goal, onReload }: { goal: Goal; onReload: () => Promise<Goal | undefined> }) {
  const { t } = useTranslation();
  const engagement = useEngagement(goal.engagementId);
  const values = useValues(goal.engagementId);
  const goals = useGoals(goal.engagementId);
  const history = useRevisions(goal.id);
  const words = goal.state === 'active' || isClosed(goal) ? (goal.activeRevision ?? goal.pendingRevision) : (goal.pendingRevision ?? goal.activeRevision);
  const parent = goal.parentId ? (goals.data?.find((candidate) => candidate.id === goal.parentId) ?? null) : null;
  const smartToday = useSmartToday(goal, words);
  const names = { coach: engagement.data?.coach.name ?? t('role.coach'), client: engagement.data?.client.name ?? t('role.client') };
  const hasPendingChange = goal.state === 'active' && goal.activeRevision !== null && goal.pendingRevision !== null;
  // Once a goal is under way its progress leads the page; a change waiting for my agreement still comes first.
  const hasProgress = goal.state === 'active' || isClosed(goal);
  const isAgreementFirst = hasProgress && isAwaitingMe(goal);
  const agreement = (
    <>
      <AgreementBox goal={goal} names={names} history={history.data} onReload={() => void onReload()} />
      {hasPendingChange && goal.activeRevision && goal.pendingRevision && (
        <PendingChange goalId={goal.id} active={goal.activeRevision} pending={goal.pendingRevision} values={values.data} goals={goals.data} />
      )}
    </>
  );

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Anchor component={Link} to={`/engagements/${goal.engagementId}`} size="sm">
          ← {goal.mySide === 'client' ? t('goal.backToMine') : engagement.data ? t('goal.backTo', { name: engagement.data.client.name }) : t('goal.backToEngagement')}
        </Anchor>
        <Group gap="xs">
          <GoalStateBadge state={goal.state} />
          <HorizonBadge horizon={goal.horizon} />
          <SmartScore smart={smartToday.smart} />
          {isAwaitingMe(goal) && <AwaitingMeBadge />}
        </Group>
        <Title order={1} data-testid="goal-title">
          {goal.title}
        </Title>
        {goal.state !== 'active' && !isClosed(goal) && (
          <Text size="sm" c="dimmed">
            {t('goal.notYetAgreed')}
          </Text>
        )}
      </Stack>
      {isAgreementFirst && <Stack gap="lg">{agreement}</Stack>}
      {hasProgress && <ProgressSection goal={goal} />}
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            {!isAgreementFirst && agreement}
            {words && <GoalStatement words={words} values={values.data} parent={parent} />}
            <RevisionTimeline goal={goal} values={values.data} goals={goals.data} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <SmartPanel
              smart={smartToday.smart}
              title={hasPendingChange ? t('smart.titleInForce') : t('smart.title')}
              note={<MissingCriteria {...smartToday} />}
            />
            {hasProgress && <ReviewsSection goal={goal} values={values.data} goals={goals.data} />}
            {hasProgress && <ObstaclesSection goalId={goal.id} />}
            {!isClosed(goal) && <CloseGoal goal={goal} onReload={onReload} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** A goal: its progress once under way, its words, where the agreement stands, its SMART check and its history. */
export function GoalPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const goal = useGoal(id);
  usePageTitle(goal.data?.title ?? t('goal.pageTitle'));

  if (goal.isPending) return <PageLoader />;
  if (goal.isError) {
    return (
      <Stack>
        <Anchor component={Link} to="/" size="sm">
          ← {t('engagement.back')}
        </Anchor>
        <ProblemAlert error={goal.error} onRetry={isProblem(goal.error, 'goal_not_found', 'not_found') ? undefined : () => void goal.refetch()} />
      </Stack>
    );
  }
  return <GoalView goal={goal.data} onReload={async () => (await goal.refetch()).data} />;
}
