import '../../i18n/goals-catalog';
import '../../i18n/progress-catalog';
import { Badge, Box, Button, Card, EmptyState, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckIn, CheckInKind, Metric } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { metricLabel } from './metric-label';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem';
import { checkInHistory } from './check-in-history';
import { useCheckIns, useFeedbackRequests } from './progress-queries';
import { LongText } from '../../ui/long-text';

/** How many entries show at first, and how many more each "show earlier" adds. */
const FIRST_SHOWN = 8;
const MORE_SHOWN = 20;

export const KIND_COLORS: Record<CheckInKind, string> = {
  metric: 'teal',
  observation: 'blue',
  self_report: 'grape',
  stakeholder_feedback: 'orange',
  mindset_shift: 'indigo',
};

function Stars({ rating }: { rating: number }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap" data-testid="check-in-rating" data-rating={rating}>
      <Text span c="orange.6" fz="md" lh={1} aria-hidden="true" style={{ letterSpacing: 1 }}>
        {'★'.repeat(rating)}
        <Text span c="gray.3" inherit>
          {'★'.repeat(Math.max(0, 5 - rating))}
        </Text>
      </Text>
      <Text span size="sm" fw={600}>
        {t('checkIn.rating', { rating })}
      </Text>
    </Group>
  );
}

/**
 * What a check-in says: the numbers, the rating, the confidence and the words; for an answer
 * through a stakeholder's link, the question it answers first.
 */
function CheckInContent({ checkIn, metrics, question }: { checkIn: CheckIn; metrics: readonly Metric[] | undefined; question?: string | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap={4}>
      {question !== undefined && (
        <Text size="xs" c="dimmed" fs="italic" style={{ overflowWrap: 'anywhere' }} data-testid="check-in-feedback-question">
          {t('checkIn.feedbackQuestion', { question: t('common.quoted', { text: question }) })}
        </Text>
      )}
      {checkIn.values.length > 0 && (
        <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {checkIn.values.map((entry) => {
            const metric = metrics?.find((candidate) => candidate.id === entry.metricId);
            return (
              <Text key={entry.metricId} component="li" size="sm" data-testid="check-in-value-line">
                {metric ? metricLabel(metric) : t('checkIn.unknownMetric')}: <b>{format.number(entry.value)}</b>
              </Text>
            );
          })}
        </Stack>
      )}
      {checkIn.rating !== null && <Stars rating={checkIn.rating} />}
      {checkIn.text && (
        <LongText testId="check-in-text">{checkIn.text}</LongText>
      )}
      {checkIn.confidence !== null && (
        <Text size="xs" c={checkIn.confidence <= 4 ? 'orange.8' : 'dimmed'} fw={600} data-testid="check-in-confidence">
          {t('checkIn.confidence', { value: checkIn.confidence })}
        </Text>
      )}
    </Stack>
  );
}

/** Who wrote it, for which day, and when it was written down when that was later. */
function Byline({ checkIn }: { checkIn: CheckIn }) {
  const { t } = useTranslation();
  const format = useFormat();
  const who = checkIn.author
    ? t('checkIn.byAuthor', { name: checkIn.author.name, side: t(`side.${checkIn.author.side}`) })
    : t('checkIn.byStakeholder', { name: checkIn.stakeholderName ?? t('checkIn.someone') });
  const heard = checkIn.author && checkIn.stakeholderName ? t('checkIn.heardFrom', { name: checkIn.stakeholderName }) : null;
  const recordedOn = format.instantDate(checkIn.createdAt);
  const isBackDated = recordedOn !== format.calendarDate(checkIn.effectiveOn);
  return (
    <Text size="xs" c="dimmed" data-testid="check-in-byline">
      {who}
      {heard && ` · ${heard}`}
      {' · '}
      {format.calendarDate(checkIn.effectiveOn)}
      {isBackDated && ` · ${t('checkIn.recordedOn', { date: recordedOn })}`}
    </Text>
  );
}

/**
 * A goal's check-ins, the latest first: numbers, observations, self-reports, stakeholder
 * feedback with its rating, mindset shifts; each with who wrote it and for which day. A
 * correction stands in place of what it corrected, which is shown struck through beneath it.
 */
export function CheckInTimeline({
  goalId,
  metrics,
  onCorrect,
}: {
  goalId: string;
  metrics: readonly Metric[] | undefined;
  onCorrect?: (checkIn: CheckIn) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const checkIns = useCheckIns(goalId);
  // The questions stakeholders answered through their links, by the check-in each answer became.
  const feedback = useFeedbackRequests(goalId);
  const questions = new Map((feedback.data ?? []).flatMap((request) => (request.checkInId ? [[request.checkInId, request.question] as const] : [])));
  const [shownCount, setShownCount] = useState(FIRST_SHOWN);
  const loaded = checkIns.data?.pages.flatMap((page) => page.items);
  const history = checkInHistory(loaded ?? []);
  const shown = history.slice(0, shownCount);
  const hasEarlier = history.length > shownCount || checkIns.hasNextPage;
  // Shows what is loaded and not shown yet, and asks for the page before when that runs short.
  const showEarlier = () => {
    const wanted = shownCount + MORE_SHOWN;
    setShownCount(wanted);
    if (history.length < wanted && checkIns.hasNextPage) void checkIns.fetchNextPage();
  };

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="check-in-timeline">
      <Stack gap="md">
        <div>
          <Title order={2} fz="lg">
            {t('checkIn.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('checkIn.intro')}
          </Text>
        </div>
        {checkIns.isPending && <PageLoader />}
        {checkIns.isError && <ProblemAlert error={checkIns.error} onRetry={() => void checkIns.refetch()} />}
        {loaded?.length === 0 && <EmptyState py="md" title={t('checkIn.emptyTitle')} description={t('checkIn.emptyBody')} data-testid="check-ins-empty" />}
        {shown.length > 0 && (
          <Timeline bulletSize={14} lineWidth={2} color="gray">
            {shown.map(({ checkIn, corrected }) => (
              <Timeline.Item
                key={checkIn.id}
                bullet={<Box w={14} h={14} bg={`${KIND_COLORS[checkIn.kind]}.6`} style={{ borderRadius: '50%' }} />}
                title={
                  <Group gap="xs" justify="space-between" wrap="nowrap">
                    <Group gap={6}>
                      <Badge size="sm" variant="light" color={KIND_COLORS[checkIn.kind]} tt="none" data-testid="check-in-kind">
                        {t(`checkIn.kind.${checkIn.kind}`)}
                      </Badge>
                      {corrected.length > 0 && (
                        <Badge size="sm" variant="outline" color="gray" tt="none" data-testid="check-in-correction">
                          {t('checkIn.correction')}
                        </Badge>
                      )}
                    </Group>
                    {onCorrect && checkIn.author && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="gray"
                        // Every check-in has one: its name says which, starting with the words shown.
                        aria-label={t('checkIn.correctAria', { kind: t(`checkIn.kind.${checkIn.kind}`), date: format.calendarDate(checkIn.effectiveOn) })}
                        onClick={() => onCorrect(checkIn)}
                        data-testid="correct-check-in"
                      >
                        {t('checkIn.correct')}
                      </Button>
                    )}
                  </Group>
                }
                data-testid="check-in"
                data-kind={checkIn.kind}
                data-check-in-id={checkIn.id}
              >
                <Stack gap={6} mt={4}>
                  <Byline checkIn={checkIn} />
                  <CheckInContent checkIn={checkIn} metrics={metrics} question={questions.get(checkIn.id)} />
                  {corrected.map((old) => (
                    <Box
                      key={old.id}
                      pl="sm"
                      py={4}
                      style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}
                      data-testid="superseded-check-in"
                      data-check-in-id={old.id}
                    >
                      <Text size="xs" c="dimmed" fw={600}>
                        {t('checkIn.replaced', { date: format.instantDate(old.createdAt) })}
                      </Text>
                      <Box c="dimmed" style={{ textDecoration: 'line-through', textDecorationColor: 'var(--mantine-color-red-4)' }}>
                        <CheckInContent checkIn={old} metrics={metrics} />
                      </Box>
                    </Box>
                  ))}
                </Stack>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
        <Group gap="xs">
          {hasEarlier && (
            <Button variant="subtle" size="xs" onClick={showEarlier} loading={checkIns.isFetchingNextPage} data-testid="check-ins-show-earlier">
              {t('checkIn.showEarlier')}
            </Button>
          )}
          {shownCount > FIRST_SHOWN && (
            <Button variant="subtle" color="gray" size="xs" onClick={() => setShownCount(FIRST_SHOWN)} data-testid="check-ins-show-fewer">
              {t('checkIn.showFewer')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
