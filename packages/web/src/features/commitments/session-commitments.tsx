import '../../i18n/sessions-catalog';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Commitment, CommitmentStatus, Session } from '../../api/types';
import { ProblemAlert } from '../../ui/problem';
import { useSessions } from '../sessions/session-queries';
import { CommitmentActions } from './commitment-actions';
import { CommitmentForm } from './commitment-form';
import { CommitmentItem, type OwnerNames } from './commitment-item';
import { useChangeCommitment, useEngagementCommitments } from './commitment-queries';
import { LimitedTextarea } from '../../ui/limited-textarea';

type GoalOption = { value: string; label: string };

/** Following up an earlier commitment in this session: how it went, and whether it is done, dropped or still open. */
function FollowUpForm({ commitment, sessionId }: { commitment: Commitment; sessionId: string }) {
  const { t } = useTranslation();
  const change = useChangeCommitment();
  const [outcome, setOutcome] = useState('');
  const followUp = (status: CommitmentStatus) =>
    change.mutate({ id: commitment.id, changes: { status, sessionId, ...(outcome.trim() ? { outcome: outcome.trim() } : {}) } }, { onSuccess: () => setOutcome('') });
  const pending = change.isPending ? change.variables.changes.status : undefined;
  const hasOutcome = outcome.trim() !== '';
  return (
    <Stack gap={6} data-testid="follow-up-form">
      <LimitedTextarea
        label={t('commitments.outcome')}
        // Several follow-ups share one page: the commitment's text tells their fields apart.
        aria-label={t('commitments.outcomeAria', { text: commitment.text })}
        placeholder={t('commitments.outcomePlaceholder')}
        // "Still open" is the one answer that needs an outcome: the hint says so while it is missing.
        description={hasOutcome ? undefined : <span data-testid="follow-up-open-hint">{t('commitments.outcomeNeededToKeepOpen')}</span>}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        size="xs"
        autosize
        minRows={1}
        maxRows={6}
        maxLength={4000}
        value={outcome}
        onChange={(event) => setOutcome(event.currentTarget.value)}
        data-testid="follow-up-outcome"
      />
      <Group gap="xs">
        <Button size="compact-xs" color="teal" variant="light" loading={pending === 'done'} disabled={change.isPending} aria-label={t('commitments.followUpDoneAria', { text: commitment.text })} onClick={() => followUp('done')} data-testid="follow-up-done">
          {t('commitments.followUpDone')}
        </Button>
        <Button size="compact-xs" color="gray" variant="light" loading={pending === 'dropped'} disabled={change.isPending} aria-label={t('commitments.followUpDroppedAria', { text: commitment.text })} onClick={() => followUp('dropped')} data-testid="follow-up-dropped">
          {t('commitments.followUpDropped')}
        </Button>
        <Button size="compact-xs" color="blue" variant="subtle" loading={pending === 'open'} disabled={change.isPending || !hasOutcome} aria-label={t('commitments.followUpOpenAria', { text: commitment.text })} onClick={() => followUp('open')} data-testid="follow-up-open">
          {t('commitments.followUpOpen')}
        </Button>
      </Group>
      {change.isError && <ProblemAlert error={change.error} />}
    </Stack>
  );
}

/**
 * The commitments of a session: those made in it (and making a new one), and those from earlier
 * sessions still open, each followed up here with an outcome; the ones followed up here stay
 * listed with how it went.
 */
export function SessionCommitments({ session, names, goalTitles, goalOptions }: { session: Session; names: OwnerNames; goalTitles: Map<string, string>; goalOptions: GoalOption[] }) {
  const { t } = useTranslation();
  const all = useEngagementCommitments(session.engagementId);
  const sessions = useSessions(session.engagementId);
  const startOf = new Map((sessions.data ?? []).map((candidate) => [candidate.id, candidate.scheduledAt]));
  const isEarlier = (commitment: Commitment) => (startOf.get(commitment.sessionId) ?? '') < session.scheduledAt;
  const earlier = (all.data ?? []).filter(
    (commitment) => commitment.sessionId !== session.id && (commitment.followUp?.sessionId === session.id || (commitment.status === 'open' && isEarlier(commitment))),
  );
  const toFollowUp = earlier.filter((commitment) => commitment.followUp?.sessionId !== session.id);
  const followedUpHere = earlier.filter((commitment) => commitment.followUp?.sessionId === session.id);
  const isCancelled = session.status === 'cancelled';

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="session-commitments">
      <Stack gap="md">
        <div>
          <Title order={2} fz="lg">
            {t('commitments.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('commitments.intro')}
          </Text>
        </div>
        {(toFollowUp.length > 0 || followedUpHere.length > 0) && (
          <Stack gap="xs" data-testid="commitments-from-earlier">
            <Text size="xs" tt="uppercase" fw={700} c="dimmed">
              {t('commitments.fromEarlier')}
            </Text>
            {toFollowUp.length > 0 && !isCancelled && (
              <Text size="xs" c="dimmed">
                {t('commitments.fromEarlierIntro')}
              </Text>
            )}
            <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {toFollowUp.map((commitment) => (
                <CommitmentItem key={commitment.id} commitment={commitment} names={names} goalTitle={commitment.goalId ? goalTitles.get(commitment.goalId) : undefined}>
                  {!isCancelled && <FollowUpForm commitment={commitment} sessionId={session.id} />}
                </CommitmentItem>
              ))}
              {followedUpHere.map((commitment) => (
                <CommitmentItem
                  key={commitment.id}
                  commitment={commitment}
                  names={names}
                  goalTitle={commitment.goalId ? goalTitles.get(commitment.goalId) : undefined}
                  context={
                    <Text size="xs" c="teal.8" data-testid="followed-up-here">
                      {t('commitments.followedUpHere')}
                    </Text>
                  }
                />
              ))}
            </Stack>
          </Stack>
        )}
        {all.isError && <ProblemAlert error={all.error} onRetry={() => void all.refetch()} />}
        <Stack gap="xs" data-testid="commitments-made-here">
          <Text size="xs" tt="uppercase" fw={700} c="dimmed">
            {t('commitments.madeHere')}
          </Text>
          {session.commitments.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('commitments.noneHere')}
            </Text>
          ) : (
            <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {session.commitments.map((commitment) => (
                <CommitmentItem key={commitment.id} commitment={commitment} names={names} goalTitle={commitment.goalId ? goalTitles.get(commitment.goalId) : undefined}>
                  <CommitmentActions commitment={commitment} />
                </CommitmentItem>
              ))}
            </Stack>
          )}
        </Stack>
        {isCancelled ? (
          <Text size="sm" c="dimmed">
            {t('commitments.cancelledNote')}
          </Text>
        ) : (
          <Stack gap="xs">
            <Title order={3} fz="md">
              {t('commitments.form.title')}
            </Title>
            <CommitmentForm sessionId={session.id} names={names} goalOptions={goalOptions} />
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
