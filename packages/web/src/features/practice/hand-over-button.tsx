import '../../i18n/practice-catalog';
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { Coach, Engagement } from '../../api/types';
import { ProblemAlert } from '../../ui/problem';
import { engagementKeys } from '../engagements/engagement-queries';

function useHandOver() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, coachId }: { id: string; coachId: string }) =>
      unwrap(api.PATCH('/api/v1/engagements/{id}', { params: { path: { id } }, body: { coachId } })),
    // The lists, the coaches' counts and the engagement itself all show who coaches whom.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: engagementKeys.all }),
  });
}

/**
 * The owner hands a client over to another coach of the practice: a coach is leaving, or another
 * fits better. What the two sides share goes with the engagement; the former coach's private
 * notes are shown to nobody.
 */
export function HandOverButton({ engagement, coaches }: { engagement: Engagement; coaches: readonly Coach[] }) {
  const { t } = useTranslation();
  const handOver = useHandOver();
  const [isOpen, setOpen] = useState(false);
  const [coachId, setCoachId] = useState<string | null>(null);
  const others = coaches.filter((coach) => coach.id !== engagement.coach.id);
  const close = () => {
    setOpen(false);
    setCoachId(null);
    handOver.reset();
  };
  if (others.length === 0) return null;

  return (
    <>
      <Button
        size="xs"
        variant="subtle"
        onClick={() => setOpen(true)}
        aria-label={t('practice.handOver.aria', { name: engagement.client.name })}
        data-testid="hand-over"
      >
        {t('practice.handOver.button')}
      </Button>
      <Modal opened={isOpen} onClose={close} title={t('practice.handOver.title', { name: engagement.client.name })} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack data-testid="hand-over-dialog">
          <Text size="sm">{t('practice.handOver.body', { coach: engagement.coach.name })}</Text>
          {handOver.isError && <ProblemAlert error={handOver.error} />}
          <Select
            label={t('practice.handOver.to')}
            data={others.map((coach) => ({ value: coach.id, label: coach.name }))}
            value={coachId}
            onChange={setCoachId}
            data-testid="hand-over-coach"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('practice.handOver.cancel')}
            </Button>
            <Button
              disabled={coachId === null}
              loading={handOver.isPending}
              onClick={() => coachId && handOver.mutate({ id: engagement.id, coachId }, { onSuccess: close })}
              data-testid="confirm-hand-over"
            >
              {t('practice.handOver.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
