import '../../i18n/sessions-catalog';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Commitment } from '../../api/types';
import { ProblemAlert } from '../../ui/problem';
import { useChangeCommitment } from './commitment-queries';

/** Marks an open commitment done or dropped, or opens a closed one again. */
export function CommitmentActions({ commitment }: { commitment: Commitment }) {
  const { t } = useTranslation();
  const change = useChangeCommitment();
  const pendingStatus = change.isPending ? change.variables.changes.status : undefined;
  return (
    <>
      <Group gap="xs">
        {commitment.status === 'open' ? (
          <>
            <Button
              size="compact-xs"
              variant="light"
              color="teal"
              loading={pendingStatus === 'done'}
              disabled={change.isPending}
              aria-label={t('commitments.markDoneAria', { text: commitment.text })}
              onClick={() => change.mutate({ id: commitment.id, changes: { status: 'done' } })}
              data-testid="commitment-done"
            >
              {t('commitments.markDone')}
            </Button>
            <Button
              size="compact-xs"
              variant="subtle"
              color="gray"
              loading={pendingStatus === 'dropped'}
              disabled={change.isPending}
              aria-label={t('commitments.markDroppedAria', { text: commitment.text })}
              onClick={() => change.mutate({ id: commitment.id, changes: { status: 'dropped' } })}
              data-testid="commitment-drop"
            >
              {t('commitments.markDropped')}
            </Button>
          </>
        ) : (
          <Button
            size="compact-xs"
            variant="subtle"
            color="gray"
            loading={change.isPending}
            onClick={() => change.mutate({ id: commitment.id, changes: { status: 'open' } })}
            data-testid="commitment-reopen"
          >
            {t('commitments.reopen')}
          </Button>
        )}
      </Group>
      {change.isError && <ProblemAlert error={change.error} />}
    </>
  );
}
