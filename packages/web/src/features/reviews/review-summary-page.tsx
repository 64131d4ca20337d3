import '../../i18n/goals-catalog';
import './print.css';
import { Anchor, Button, EmptyState, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../i18n/use-format';
import { PageLoader } from '../../ui/page-loader';
import { usePageTitle } from '../../ui/page-title';
import { ProblemAlert } from '../../ui/problem';
import { useEngagement } from '../engagements/engagement-queries';
import { useGoals } from '../goals/goal-queries';
import { useValues } from '../values/value-queries';
import { useEngagementReviews, type ReviewOutcome } from './review-queries';
import { ReviewEntry } from './reviews-section';

/**
 * The review cycle of an engagement (the last 90 days): every goal reviewed, with its outcome,
 * for coach and client to look at together, and to print.
 */
export function ReviewSummaryPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  usePageTitle(t('reviews.summaryTitle'));
  const engagement = useEngagement(id);
  const summary = useEngagementReviews(id, {});
  // To name the values and the bigger goals a realignment links to.
  const values = useValues(id);
  const goals = useGoals(id);
  const counts = new Map<ReviewOutcome, number>();
  for (const review of summary.data?.items ?? []) counts.set(review.outcome, (counts.get(review.outcome) ?? 0) + 1);

  return (
    <Stack gap="lg" data-testid="review-summary">
      <Anchor component={Link} to={`/engagements/${id}`} size="sm" className="no-print">
        ← {t('reviews.backToEngagement')}
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('reviews.summaryTitle')}</Title>
          {summary.data && (
            <Text c="dimmed">
              {t('reviews.summaryPeriod', {
                client: engagement.data?.client.name ?? '',
                from: format.calendarDate(summary.data.from),
                to: format.calendarDate(summary.data.to),
              })}
            </Text>
          )}
        </div>
        <Button variant="light" onClick={() => window.print()} className="no-print" data-testid="print-summary">
          {t('reviews.print')}
        </Button>
      </Group>
      {summary.isPending && <PageLoader />}
      {summary.isError && <ProblemAlert error={summary.error} onRetry={() => void summary.refetch()} />}
      {summary.data && summary.data.items.length > 0 && (
        <Text size="sm" data-testid="summary-counts">
          {(['keep', 'modify', 'realign', 'drop'] as const)
            .filter((outcome) => counts.has(outcome))
            .map((outcome) => `${t(`reviews.outcomesDone.${outcome}`)}: ${counts.get(outcome) ?? 0}`)
            .join(' · ')}
        </Text>
      )}
      {summary.data?.items.length === 0 && <EmptyState title={t('reviews.summaryEmptyTitle')} description={t('reviews.summaryEmptyBody')} />}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {summary.data?.items.map((review) => <ReviewEntry key={review.id} review={review} showGoal values={values.data} goals={goals.data} />)}
      </SimpleGrid>
    </Stack>
  );
}

export default ReviewSummaryPage;
