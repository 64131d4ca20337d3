import '../../i18n/goals-catalog';
import '../../i18n/sessions-catalog';
import { Alert, Anchor, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isProblem } from '../../api/client';
import type { Engagement, Session } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { PageLoader } from '../../ui/page-loader';
import { usePageTitle } from '../../ui/page-title';
import { ProblemAlert } from '../../ui/problem';
import { SessionCommitments } from '../commitments/session-commitments';
import { useEngagement } from '../engagements/engagement-queries';
import { goalChoices } from '../goals/goal-order';
import { useGoals } from '../goals/goal-queries';
import { useSignedInMe } from '../session/use-me';
import { AgendaPanel } from './agenda-panel';
import { CoachNotesPanel } from './coach-notes-panel';
import { SessionStatusBadge } from './session-badges';
import { useSession } from './session-queries';
import { SessionStatusActions } from './session-status-actions';
import { SessionWhen } from './session-when';
import { CancelledSessionNotes, SharedNotesEditor } from './shared-notes-editor';

/** Who cancelled the session and when, and who may put it back: the one who cancelled it. */
function cancelledNote(session: Session, myId: string, t: TFunction, date: (instant: string) => string): string {
  if (!session.cancelledBy || !session.cancelledAt) return t('sessionPage.cancelledNote');
  if (session.cancelledBy.id === myId) return t('sessionPage.cancelledNoteByMe', { date: date(session.cancelledAt) });
  return t('sessionPage.cancelledNoteBy', { name: session.cancelledBy.name, date: date(session.cancelledAt) });
}

function SessionView({ session, engagement, onReload }: { session: Session; engagement: Engagement; onReload: () => Promise<Session | undefined> }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const me = useSignedInMe();
  const goals = useGoals(session.engagementId);
  const isCoach = engagement.coach.id === me.user.id;
  const goalTitles = new Map((goals.data ?? []).map((goal) => [goal.id, goal.title]));
  const goalOptions = goalChoices(goals.data ?? [], i18n.language, ['active', 'proposed', 'draft'], (horizon) => t(`horizon.${horizon}`));
  const names = { coach: engagement.coach.name, client: engagement.client.name };
  const isUnmarked = session.status === 'planned' && new Date(session.endsAt).getTime() < Date.now();
  const sessionGoals = session.goalIds.flatMap((id) => goalTitles.get(id) ?? []);

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Anchor component={Link} to={`/engagements/${session.engagementId}`} size="sm" data-testid="session-back">
          ← {isCoach ? t('sessionPage.backTo', { name: engagement.client.name }) : t('sessionPage.backToMine')}
        </Anchor>
        <Card withBorder radius="lg" padding="lg" data-testid="session-header">
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
            <Stack gap={4}>
              <Group gap="sm">
                <SessionStatusBadge status={session.status} isUnmarked={isUnmarked} />
                <Text size="sm" c="dimmed">
                  {t('sessionPage.people', names)}
                </Text>
              </Group>
              <Title order={1} data-testid="session-title">
                {t('sessionPage.heading', { date: format.calendarDate(session.readerTime.date) })}
              </Title>
              <Group gap="md" align="flex-start">
                <SessionWhen session={session} clientName={engagement.client.name} withDate={false} />
                <Text size="sm" c="dimmed">
                  {t('sessionPage.duration', { minutes: session.durationMinutes })}
                </Text>
              </Group>
              {sessionGoals.length > 0 && (
                <Text size="sm" c="dimmed" data-testid="session-goals">
                  {sessionGoals.join(' · ')}
                </Text>
              )}
            </Stack>
            <SessionStatusActions session={session} otherName={isCoach ? engagement.client.name : engagement.coach.name} />
          </Group>
          {isUnmarked && (
            <Alert color="orange" variant="light" mt="md" data-testid="session-unmarked">
              {t('sessionPage.unmarkedNote')}
            </Alert>
          )}
          {session.status === 'cancelled' && (
            <Alert color="gray" variant="light" mt="md" data-testid="session-cancelled-note">
              {cancelledNote(session, me.user.id, t, format.instantDate)}
            </Alert>
          )}
        </Card>
      </Stack>
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: isCoach ? 7 : 12, lg: isCoach ? 8 : 12 }}>
          <Stack gap="lg">
            <AgendaPanel session={session} goalTitles={goalTitles} goalOptions={goalOptions} />
            {session.status === 'cancelled' ? (
              <CancelledSessionNotes session={session} />
            ) : (
              <SharedNotesEditor key={session.id} session={session} onReload={onReload} />
            )}
            <SessionCommitments session={session} names={names} goalTitles={goalTitles} goalOptions={goalOptions} />
          </Stack>
        </Grid.Col>
        {isCoach && (
          <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
            <CoachNotesPanel engagementId={session.engagementId} sessionId={session.id} clientName={engagement.client.name} />
          </Grid.Col>
        )}
      </Grid>
    </Stack>
  );
}

/**
 * A session: its time on both clocks and its status, the agenda, the shared notes, the
 * commitments made and followed up in it, and for the coach alone their private notes.
 */
export function SessionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession(id);
  const engagementId = session.data?.engagementId ?? '';
  const engagement = useEngagement(engagementId, { enabled: engagementId !== '' });
  const format = useFormat();
  usePageTitle(session.data ? t('sessionPage.heading', { date: format.calendarDate(session.data.readerTime.date) }) : t('sessionPage.pageTitle'));

  const failure = session.error ?? engagement.error;
  if (failure) {
    return (
      <Stack>
        <Anchor component={Link} to="/" size="sm">
          ← {t('engagement.back')}
        </Anchor>
        <ProblemAlert
          error={failure}
          onRetry={isProblem(failure, 'session_not_found', 'engagement_not_found', 'not_found', 'forbidden') ? undefined : () => void (session.error ? session.refetch() : engagement.refetch())}
        />
      </Stack>
    );
  }
  if (!session.data || !engagement.data) return <PageLoader />;
  return <SessionView session={session.data} engagement={engagement.data} onReload={async () => (await session.refetch()).data} />;
}
