import '../../i18n/sessions-catalog';
import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session, SessionStatus } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { ProblemAlert } from '../../ui/problem';
import { useChangeSession } from './session-queries';

/**
 * Planned → held or cancelled; a held or cancelled session back to planned (a slip of the finger).
 * A session that has not begun yet is marked held only when asked twice: most likely the wrong
 * session was open (a call moved earlier is the exception).
 */
export function SessionStatusActions({ session }: { session: Session }) {
  const { t } = useTranslation();
  const format = useFormat();
  const change = useChangeSession(session.id);
  const [isAskingHeld, setAskingHeld] = useState(false);
  const pending = change.isPending ? change.variables.status : undefined;
  const mark = (status: SessionStatus) => {
    setAskingHeld(false);
    change.mutate({ status });
  };
  const markHeld = () => (new Date(session.scheduledAt).getTime() > Date.now() ? setAskingHeld(true) : mark('held'));
  return (
    <>
      <Group gap="xs">
        {session.status === 'planned' ? (
          <>
            <Button size="xs" color="teal" loading={pending === 'held'} disabled={change.isPending} onClick={markHeld} data-testid="session-mark-held">
              {t('sessionPage.markHeld')}
            </Button>
            <Button size="xs" variant="default" loading={pending === 'cancelled'} disabled={change.isPending} onClick={() => mark('cancelled')} data-testid="session-cancel">
              {t('sessionPage.cancel')}
            </Button>
          </>
        ) : (
          <Button size="xs" variant="subtle" color="gray" loading={change.isPending} onClick={() => mark('planned')} data-testid="session-replan">
            {t('sessionPage.replan')}
          </Button>
        )}
      </Group>
      {isAskingHeld && session.status === 'planned' && (
        <Alert color="yellow" variant="light" mt="xs" data-testid="session-not-begun">
          <Text size="sm">{t('sessionPage.notBegun', { date: format.calendarDate(session.readerTime.date), time: session.readerTime.time })}</Text>
          <Group gap="xs" mt="xs">
            <Button size="xs" color="teal" onClick={() => mark('held')} data-testid="session-mark-held-anyway">
              {t('sessionPage.markHeldAnyway')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setAskingHeld(false)}>
              {t('sessionPlan.cancel')}
            </Button>
          </Group>
        </Alert>
      )}
      {change.isError && <ProblemAlert error={change.error} />}
    </>
  );
}
