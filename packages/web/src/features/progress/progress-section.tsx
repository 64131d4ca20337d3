import '../../i18n/progress-catalog';
import { Button, Card, Center, EmptyState, Grid, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckIn, Goal, GoalProgress } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem';
import { proposedBaselineDay } from './baseline-day';
import { CheckInTimeline } from './check-in-timeline';
import { FeedbackRequests } from './feedback-requests';
import { MetricCard } from './metric-card';
import type { ProgressDialog } from './progress-dialog';
import { useGoalProgress, useMetrics } from './progress-queries';
import { ProgressMeter } from './progress-meter';
import { RiskBadge } from './risk-badge';
import { RiskReasons } from './risk-reasons';
import { countsInParentProgress } from '@tandem/core';

// The forms load when one is first opened.
const ProgressDialogForm = lazy(() => import('./progress-dialog'));

const DIALOG_TITLES = {
  checkIn: 'checkInForm.title',
  correct: 'checkInForm.correctTitle',
  metric: 'metricForm.title',
  feedback: 'feedbackRequest.formTitle',
} as const satisfies Record<ProgressDialog['kind'], string>;

/** The last check-in's day, and the client's confidence then when they gave it. */
function LastCheckIn({ lastCheckIn }: { lastCheckIn: GoalProgress['lastCheckIn'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  let words = t('progress.noCheckIn');
  if (lastCheckIn && lastCheckIn.confidence === null) words = t('progress.lastCheckIn', { date: format.calendarDate(lastCheckIn.on) });
  else if (lastCheckIn) words = t('progress.lastCheckInWithConfidence', { date: format.calendarDate(lastCheckIn.on), confidence: lastCheckIn.confidence });
  return (
    <Text size="xs" c="dimmed" data-testid="last-check-in">
      {words}
    </Text>
  );
}

/**
 * Whether the goal's progress is rolled up from the goals under it (core's roll-up rule; an
 * achieved goal is simply done), and then the summary can differ from the goal's own metric cards.
 */
function countsGoalsUnder(progress: GoalProgress): boolean {
  return progress.state !== 'achieved' && progress.children.some(countsInParentProgress);
}

/** Where the goal stands: its status and every reason for it, progress against the plan, the last check-in. */
function ProgressSummary({ progress, actions }: { progress: GoalProgress; actions: ReactNode }) {
  const { t } = useTranslation();
  const isJudged = progress.status !== 'not_judged';
  const isRolledUp = countsGoalsUnder(progress);
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="progress-summary" data-risk={progress.status}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Group gap="sm">
              <Title order={2}>{t('progress.title')}</Title>
              <RiskBadge status={progress.status} size="lg" />
            </Group>
            <Text size="sm" c="dimmed">
              {isJudged ? t('progress.intro') : t('progress.notJudged')}
            </Text>
          </div>
          {actions && <Group gap="xs">{actions}</Group>}
        </Group>
        <Stack gap={4}>
          <ProgressMeter progress={progress.progress} expected={isJudged ? progress.expectedProgress : null} status={progress.status} size="lg" muted={!isJudged} hasMeasure={progress.hasMeasure} />
          {isRolledUp && (
            <Text size="xs" c="dimmed" data-testid="progress-rolled-up">
              {progress.metrics.length > 0 ? t('progress.rolledUp') : t('progress.rolledUpFromChildren')}
            </Text>
          )}
        </Stack>
        {isJudged && progress.reasons.length === 0 && (
          <Text size="sm" c="teal.8" data-testid="progress-no-reasons">
            {t('progress.allWell')}
          </Text>
        )}
        <RiskReasons reasons={progress.reasons} />
        <LastCheckIn lastCheckIn={progress.lastCheckIn} />
      </Stack>
    </Card>
  );
}

/**
 * A goal's progress on its page: status and reasons, each metric charted against its plan line,
 * the check-ins and the questions asked of stakeholders. While the goal is active, either side
 * adds metrics, records and corrects check-ins and asks stakeholders; once closed, it is a record.
 */
export function ProgressSection({ goal }: { goal: Goal }) {
  const { t } = useTranslation();
  const format = useFormat();
  const progress = useGoalProgress(goal.id);
  const metrics = useMetrics(goal.id);
  // The dialog stays mounted while it fades out; each opening starts a fresh form.
  const [shown, setShown] = useState<{ dialog: ProgressDialog; isOpen: boolean; opening: number } | null>(null);
  const openDialog = (dialog: ProgressDialog) => setShown({ dialog, isOpen: true, opening: (shown?.opening ?? 0) + 1 });
  const close = () => setShown((current) => (current ? { ...current, isOpen: false } : null));
  const isActive = goal.state === 'active';
  const defaultBaselineOn = proposedBaselineDay({ dueOn: goal.activeRevision?.dueOn ?? null }, format.today());

  if (progress.isPending) return <PageLoader />;
  if (progress.isError) return <ProblemAlert error={progress.error} onRetry={() => void progress.refetch()} />;

  const actions = isActive && (
    <>
      <Button onClick={() => openDialog({ kind: 'checkIn' })} disabled={metrics.isPending} data-testid="record-check-in">
        {t('progress.recordCheckIn')}
      </Button>
      <Button variant="light" onClick={() => openDialog({ kind: 'metric' })} data-testid="add-metric">
        {t('progress.addMetric')}
      </Button>
    </>
  );
  return (
    <Stack gap="lg" data-testid="progress-section">
      <ProgressSummary progress={progress.data} actions={actions} />
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg" data-testid="metrics">
            {metrics.isError && <ProblemAlert error={metrics.error} onRetry={() => void metrics.refetch()} />}
            {progress.data.metrics.length === 0 && (
              <Card withBorder radius="lg" padding="lg">
                <EmptyState py="md" title={t('metric.emptyTitle')} description={isActive ? t('metric.emptyBody') : t('metric.emptyClosed')} data-testid="metrics-empty">
                  {isActive && (
                    <Button variant="light" onClick={() => openDialog({ kind: 'metric' })}>
                      {t('progress.addMetric')}
                    </Button>
                  )}
                </EmptyState>
              </Card>
            )}
            {progress.data.metrics.map((metric) => (
              <MetricCard
                key={metric.metricId}
                metric={metric}
                definition={metrics.data?.find((candidate) => candidate.id === metric.metricId)}
                today={progress.data.asOf}
              />
            ))}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <CheckInTimeline
              goalId={goal.id}
              metrics={metrics.data}
              {...(isActive ? { onCorrect: (checkIn: CheckIn) => openDialog({ kind: 'correct', checkIn }) } : {})}
            />
            <FeedbackRequests goalId={goal.id} {...(isActive ? { onAsk: () => openDialog({ kind: 'feedback' }) } : {})} />
          </Stack>
        </Grid.Col>
      </Grid>
      <Modal
        opened={shown?.isOpen ?? false}
        onClose={close}
        title={shown ? t(DIALOG_TITLES[shown.dialog.kind]) : ''}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {shown && (
          <Suspense
            fallback={
              <Center mih={200}>
                <Loader aria-label={t('app.loading')} />
              </Center>
            }
          >
            <ProgressDialogForm
              key={shown.opening}
              dialog={shown.dialog}
              goal={goal}
              metrics={metrics.data ?? []}
              defaultBaselineOn={defaultBaselineOn}
              onClose={close}
            />
          </Suspense>
        )}
      </Modal>
    </Stack>
  );
}
