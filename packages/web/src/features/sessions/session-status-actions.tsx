import '../../i18n/sessions-catalog';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Session, SessionStatus } from '../../api/types';
import { ProblemAlert } from '../../ui/problem';
import { useChangeSession } from './session-queries';

/** Planned → held or cancelled; a held or cancelled session back to planned (a slip of the finger). */
export function SessionStatusActions({ session }: { session: Session }) {
  const { t } = useTranslation();
  const change = useChangeSession(session.id);
  const pending = change.isPending ? change.variables.status : undefined;
  const mark = (status: SessionStatus) => change.mutate({ status });
  return (
    <>
      <Group gap="xs">
        {session.status === 'planned' ? (
          <>
            <Button size="xs" color="teal" loading={pending === 'held'} disabled={change.isPending} onClick={() => mark('held')} data-testid="session-mark-held">
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
      {change.isError && <ProblemAlert error={change.error} />}
    </>
  );
}
