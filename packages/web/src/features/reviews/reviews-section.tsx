import '../../i18n/goals-catalog';
import { Anchor, Badge, Button, Card, EmptyState, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Goal, Value } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { LongText } from '../../ui/long-text';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem';
import { FieldValue, REVISION_FIELDS } from '../goals/goal-field-value';
import { RiskBadge } from '../progress/risk-badge';
import { ReviewForm } from './review-form';
import { useGoalReviews, type Review, type ReviewOutcome } from './review-queries';

export const OUTCOME_COLORS: Record<ReviewOutcome, string> = { keep: 'teal', modify: 'blue', realign: 'grape', drop: 'gray' };

const PROPOSAL_COLORS = { agreed: 'teal', declined: 'red', waiting: 'yellow', replaced: 'gray' } as const;

/**
 * The change a modify or realign proposed, field by field as the goal's words read, and what
 * became of it: agreed by both, declined, still waiting, or replaced by a later change.
 */
function ProposedChange({ review, values, goals }: { review: Review; values: readonly Value[] | undefined; goals: readonly Goal[] | undefined }) {
  const { t } = useTranslation();
  const changes: Record<string, unknown> = review.changes;
  const fields = REVISION_FIELDS.filter((field) => field in changes);
  if (review.proposal === null && fields.length === 0) return null;
  return (
    <Stack gap={4} data-testid="review-change" data-proposal={review.proposal ?? ''}>
      <Group gap={6}>
        <Text size="xs" fw={600} c="dimmed">
          {t('reviews.proposedChange')}
        </Text>
        {review.proposal && (
          <Badge size="xs" variant="light" color={PROPOSAL_COLORS[review.proposal]} data-testid="review-proposal">
            {t(`reviews.proposal.${review.proposal}`)}
          </Badge>
        )}
      </Group>
      {fields.map((field) => (
        <Text key={field} size="sm" data-testid="review-change-field" data-field={field}>
          <b>{t(`goal.field.${field}`)}:</b> <FieldValue field={field} value={changes[field]} values={values} goals={goals} />
        </Text>
      ))}
    </Stack>
  );
}

export function ReviewEntry({
  review,
  showGoal = false,
  values,
  goals,
}: {
  review: Review;
  showGoal?: boolean;
  /** The engagement's values and goals, to name those a realignment links to. */
  values: readonly Value[] | undefined;
  goals: readonly Goal[] | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder radius="md" padding="md" data-testid="review" data-outcome={review.outcome}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap={6}>
          <Text fw={600}>{showGoal ? review.goalTitle : t('reviews.heldOn', { date: format.calendarDate(review.heldOn) })}</Text>
          <Group gap={6} wrap="nowrap">
            <RiskBadge status={review.snapshot.status} size="sm" />
            <Badge color={OUTCOME_COLORS[review.outcome]} variant="filled" size="sm" data-testid="review-outcome-badge">
              {t(`reviews.outcomesDone.${review.outcome}`)}
            </Badge>
          </Group>
        </Group>
        {showGoal && (
          <Text size="xs" c="dimmed">
            {t('reviews.heldOn', { date: format.calendarDate(review.heldOn) })}
          </Text>
        )}
        <Text size="sm" c="dimmed" data-testid="review-snapshot">
          {!review.snapshot.hasMeasure ? t('reviews.snapshotNothingMeasured') : t('reviews.snapshot', { progress: Math.round(review.snapshot.progress * 100), expected: review.snapshot.expectedProgress === null ? '—' : Math.round(review.snapshot.expectedProgress * 100) })}
        </Text>
        {review.notes && <Text size="sm">{review.notes}</Text>}
        {review.reason && (
          <Text size="sm">
            <b>{t('reviews.reason')}:</b> {review.reason}
          </Text>
        )}
        <ProposedChange review={review} values={values} goals={goals} />
        {review.walkThrough.length > 0 && (
          // The walk-through's questions answered, each with its answer, to be read back at the next review.
          <Stack component="dl" gap={6} m={0} data-testid="review-walk-through">
            {review.walkThrough.map(({ key, question, answer }) => (
              <div key={key} data-testid="review-answer" data-question={key}>
                <Text component="dt" size="xs" fw={600} c="dimmed">
                  {question}
                </Text>
                <dd style={{ margin: 0 }}>
                  <LongText testId="review-answer-text">{answer}</LongText>
                </dd>
              </div>
            ))}
          </Stack>
        )}
        <Text size="xs" c="dimmed">
          {t('reviews.heldBy', { name: review.heldBy.name })}
        </Text>
      </Stack>
    </Card>
  );
}

/** A goal's 90-day reviews: when the next is due, the ones held, and holding one. */
export function ReviewsSection({ goal, values, goals }: { goal: Goal; values: readonly Value[] | undefined; goals: readonly Goal[] | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reviews = useGoalReviews(goal.id);
  const [isHolding, setHolding] = useState(false);
  const today = format.today();
  const nextDueOn = reviews.data?.nextDueOn ?? null;
  // A goal that ends before its 90-day review comes is looked back on at its end.
  const endsFirst = reviews.data?.nextDueAt === 'goal_end';
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="reviews">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} fz="lg">
              {t('reviews.title')}
            </Title>
            {nextDueOn && (
              <Text size="sm" c={nextDueOn < today ? 'red.8' : 'dimmed'} fw={nextDueOn < today ? 600 : 400} data-testid="next-review" data-ends-first={endsFirst}>
                {endsFirst
                  ? nextDueOn < today
                    ? t('reviews.endedUnreviewed', { date: format.calendarDate(nextDueOn) })
                    : t('reviews.endsFirst', { date: format.calendarDate(nextDueOn) })
                  : nextDueOn < today
                    ? t('reviews.overdueSince', { date: format.calendarDate(nextDueOn) })
                    : t('reviews.nextDue', { date: format.calendarDate(nextDueOn) })}
              </Text>
            )}
          </div>
          {goal.state === 'active' && (
            <Button size="xs" onClick={() => setHolding(true)} data-testid="hold-review">
              {t('reviews.hold')}
            </Button>
          )}
        </Group>
        {reviews.isPending && <PageLoader />}
        {reviews.isError && <ProblemAlert error={reviews.error} onRetry={() => void reviews.refetch()} />}
        {reviews.data?.items.length === 0 && <EmptyState py="sm" title={t('reviews.emptyTitle')} description={t('reviews.emptyBody')} />}
        {reviews.data?.items.map((review) => <ReviewEntry key={review.id} review={review} values={values} goals={goals} />)}
        <Anchor component={Link} to={`/engagements/${goal.engagementId}/reviews`} size="sm" data-testid="review-summary-link">
          {t('reviews.summaryLink')}
        </Anchor>
      </Stack>
      <Modal opened={isHolding} onClose={() => setHolding(false)} title={t('reviews.formTitle', { title: goal.title })} size="lg">
        {reviews.data && <ReviewForm goal={goal} questions={reviews.data.questions} values={values} goals={goals} onDone={() => setHolding(false)} />}
      </Modal>
    </Card>
  );
}
