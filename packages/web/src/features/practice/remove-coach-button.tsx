import '../../i18n/practice-catalog';
import { Alert, Box, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { Coach } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { ProblemAlert } from '../../ui/problem';
import { engagementKeys } from '../engagements/engagement-queries';

function useRemoveCoach() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/practice/coaches/{id}', { params: { path: { id } } })),
    // The coaches' list lives under the engagements' key.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: engagementKeys.all }),
  });
}

/**
 * The owner removes a coach who is leaving the practice. Every engagement of theirs, ended ones
 * included, goes to another coach first (the dialog says so and will not remove them until then);
 * then their access ends at once, and what they wrote stays under their name.
 */
export function RemoveCoachButton({ coach }: { coach: Coach }) {
  const { t } = useTranslation();
  const format = useFormat();
  const remove = useRemoveCoach();
  const [isOpen, setOpen] = useState(false);
  const held = coach.engagements.invited + coach.engagements.active + coach.engagements.paused + coach.engagements.ended;
  const close = () => {
    setOpen(false);
    remove.reset();
  };

  // Inside a coach's row, which takes a click as picking the coach: clicks here, the dialog's
  // included (React carries them up through its portal), stay here.
  return (
    <Box component="span" onClick={(event) => event.stopPropagation()}>
      <Button
        size="xs"
        variant="subtle"
        color="red"
        onClick={() => setOpen(true)}
        aria-label={t('practice.remove.aria', { name: coach.name })}
        data-testid="remove-coach"
      >
        {t('practice.remove.button')}
      </Button>
      <Modal opened={isOpen} onClose={close} title={t('practice.remove.title', { name: coach.name })} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack data-testid="remove-coach-dialog">
          <Text size="sm">{t('practice.remove.body', { name: coach.name })}</Text>
          {held > 0 && (
            <Alert color="yellow" variant="light" data-testid="remove-coach-holding">
              {t('practice.remove.holding', { name: coach.name, engagements: format.number(held) })}
            </Alert>
          )}
          {remove.isError && <ProblemAlert error={remove.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('practice.remove.cancel')}
            </Button>
            <Button
              color="red"
              disabled={held > 0}
              loading={remove.isPending}
              onClick={() => remove.mutate(coach.id, { onSuccess: close })}
              data-testid="confirm-remove-coach"
            >
              {t('practice.remove.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Box>
  );
}
