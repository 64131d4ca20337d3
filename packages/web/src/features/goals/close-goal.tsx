import '../../i18n/goals-catalog';
import { Button, Card, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../../api/client';
import type { Goal } from '../../api/types';
import { ProblemAlert } from '../../ui/problem';
import { useCloseGoal } from './goal-queries';

type Closing = 'achieved' | 'dropped';

/**
 * Ending a goal, with the reason in a few words: achieved (only an active goal) or dropped (any
 * open one). When someone changed the goal meanwhile, reloading keeps the reason typed so far.
 */
export function CloseGoal({ goal, onReload }: { goal: Goal; onReload: () => Promise<Goal | undefined> }) {
  const { t } = useTranslation();
  const close = useCloseGoal(goal.id);
  const [closing, setClosing] = useState<{ state: Closing; version: number } | null>(null);
  const [reason, setReason] = useState('');
  const [isTooShort, setTooShort] = useState(false);
  const [isReloading, setReloading] = useState(false);

  const open = (state: Closing) => {
    close.reset();
    setTooShort(false);
    setClosing({ state, version: goal.version });
  };
  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await onReload();
      close.reset();
      if (fresh && closing) setClosing({ ...closing, version: fresh.version });
    } finally {
      setReloading(false);
    }
  };
  const isStale = isProblem(close.error, 'stale_version');

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="close-goal">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('closeGoal.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {goal.state === 'active' ? t('closeGoal.introActive') : t('closeGoal.introOpen')}
        </Text>
        <Group gap="xs">
          {goal.state === 'active' && (
            <Button variant="light" color="indigo" onClick={() => open('achieved')} data-testid="mark-achieved">
              {t('closeGoal.achieve')}
            </Button>
          )}
          <Button variant="subtle" color="gray" onClick={() => open('dropped')} data-testid="drop-goal">
            {t('closeGoal.drop')}
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={closing !== null}
        onClose={() => setClosing(null)}
        title={closing?.state === 'achieved' ? t('closeGoal.achieveTitle') : t('closeGoal.dropTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form
          noValidate
          data-testid="close-goal-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!closing) return;
            if (reason.trim().length < 3) {
              setTooShort(true);
              return;
            }
            close.mutate(
              { state: closing.state, reason: reason.trim(), version: closing.version },
              {
                onSuccess: () => {
                  setClosing(null);
                  setReason('');
                },
              },
            );
          }}
        >
          <Stack gap="sm">
            <Text size="sm">{closing?.state === 'achieved' ? t('closeGoal.achieveBody') : t('closeGoal.dropBody')}</Text>
            {close.isError &&
              (isStale ? (
                <ProblemAlert error={close.error} retryLabel={t('goal.reload')} onRetry={() => void reload()} />
              ) : (
                <ProblemAlert error={close.error} />
              ))}
            <Textarea
              label={t('closeGoal.reason')}
              required
              autosize
              minRows={2}
              maxLength={1000}
              value={reason}
              onChange={(event) => {
                setReason(event.currentTarget.value);
                setTooShort(false);
              }}
              error={isTooShort ? t('errors.field.reason') : undefined}
              data-autofocus
            />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setClosing(null)}>
                {t('closeGoal.cancel')}
              </Button>
              <Button type="submit" color={closing?.state === 'achieved' ? 'indigo' : 'red'} loading={close.isPending || isReloading} data-testid="confirm-close">
                {closing?.state === 'achieved' ? t('closeGoal.confirmAchieve') : t('closeGoal.confirmDrop')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Card>
  );
}
