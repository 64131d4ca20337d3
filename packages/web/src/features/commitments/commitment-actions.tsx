import '../../i18n/sessions-catalog';
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Commitment, CommitmentStatus } from '../../api/types';
import { ProblemAlert } from '../../ui/problem';
import { useChangeCommitment } from './commitment-queries';

/** Marks an open commitment done or dropped, or opens a closed one again. */
export function CommitmentActions({ commitment }: { commitment: Commitment }) {
  const { t } = useTranslation();
  const change = useChangeCommitment();
  const pendingStatus = change.isPending ? change.variables.changes.status : undefined;
  // Done or dropped, a commitment leaves the lists of open ones: a word says where it went.
  const close = (status: Extract<CommitmentStatus, 'done' | 'dropped'>) =>
    change.mutate(
      { id: commitment.id, changes: { status } },
      {
        onSuccess: () =>
          notifications.show({
            color: status === 'done' ? 'teal' : 'gray',
            message: t(status === 'done' ? 'commitments.markedDone' : 'commitments.markedDropped', { text: commitment.text }),
            closeButtonProps: { 'aria-label': t('common.close') },
          }),
      },
    );
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
              onClick={() => close('done')}
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
              onClick={() => close('dropped')}
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
            aria-label={t('commitments.reopenAria', { text: commitment.text })}
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
