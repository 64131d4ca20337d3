import '../../i18n/sessions-catalog';
import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session, SessionStatus } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { ProblemAlert } from '../../ui/problem';
import { useSignedInMe } from '../session/use-me';
import { useChangeSession } from './session-queries';

/** What the session page asks once more before doing it. */
type Asking = 'held' | 'cancelled';

type StepButton = { label: string; onClick: () => void; testId: string };

/** The question asked once more, with the button that does it and the one that leaves it. */
function ConfirmStep({ question, confirm, dismiss, testId }: { question: string; confirm: StepButton & { color: string }; dismiss: StepButton; testId: string }) {
  return (
    <Alert color="yellow" variant="light" mt="xs" data-testid={testId}>
      <Text size="sm">{question}</Text>
      <Group gap="xs" mt="xs">
        <Button size="xs" color={confirm.color} onClick={confirm.onClick} data-testid={confirm.testId}>
          {confirm.label}
        </Button>
        <Button size="xs" variant="default" onClick={dismiss.onClick} data-testid={dismiss.testId}>
          {dismiss.label}
        </Button>
      </Group>
    </Alert>
  );
}

/**
 * Planned → held or cancelled; a held or cancelled session back to planned (a slip of the finger).
 * A session that has not begun yet is marked held only when asked twice: most likely the wrong
 * session was open (a call moved earlier is the exception). Cancelling is always asked twice, the
 * question naming the session's day and time and the other side (`otherName`), who is told. Only
 * the one who cancelled a session puts it back (the server refuses the other side).
 */
export function SessionStatusActions({ session, otherName }: { session: Session; otherName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSignedInMe();
  const mayPutBack = session.status !== 'cancelled' || session.cancelledBy === null || session.cancelledBy.id === me.user.id;
  const change = useChangeSession(session.id);
  const [asking, setAsking] = useState<Asking | undefined>(undefined);
  const pending = change.isPending ? change.variables.status : undefined;
  const mark = (status: SessionStatus) => {
    setAsking(undefined);
    change.mutate({ status });
  };
  const markHeld = () => (new Date(session.scheduledAt).getTime() > Date.now() ? setAsking('held') : mark('held'));
  const when = { date: format.calendarDate(session.readerTime.date), time: session.readerTime.time };
  return (
    <>
      <Group gap="xs">
        {session.status === 'planned' ? (
          <>
            <Button size="xs" color="teal" loading={pending === 'held'} disabled={change.isPending || asking !== undefined} onClick={markHeld} data-testid="session-mark-held">
              {t('sessionPage.markHeld')}
            </Button>
            <Button
              size="xs"
              variant="default"
              loading={pending === 'cancelled'}
              disabled={change.isPending || asking !== undefined}
              onClick={() => setAsking('cancelled')}
              data-testid="session-cancel"
            >
              {t('sessionPage.cancel')}
            </Button>
          </>
        ) : (
          mayPutBack && (
            <Button size="xs" variant="light" color="gray" loading={change.isPending} onClick={() => mark('planned')} data-testid="session-replan">
              {t('sessionPage.replan')}
            </Button>
          )
        )}
      </Group>
      {asking === 'held' && session.status === 'planned' && (
        <ConfirmStep
          question={t('sessionPage.notBegun', when)}
          confirm={{ label: t('sessionPage.markHeldAnyway'), color: 'teal', onClick: () => mark('held'), testId: 'session-mark-held-anyway' }}
          dismiss={{ label: t('sessionPage.notYet'), onClick: () => setAsking(undefined), testId: 'session-mark-held-not-yet' }}
          testId="session-not-begun"
        />
      )}
      {asking === 'cancelled' && session.status === 'planned' && (
        <ConfirmStep
          question={t('sessionPage.cancelConfirm', { ...when, name: otherName })}
          confirm={{ label: t('sessionPage.cancel'), color: 'red', onClick: () => mark('cancelled'), testId: 'session-cancel-confirm' }}
          dismiss={{ label: t('sessionPage.keepSession'), onClick: () => setAsking(undefined), testId: 'session-cancel-keep' }}
          testId="session-cancel-confirmation"
        />
      )}
      {change.isError && <ProblemAlert error={change.error} />}
    </>
  );
}
