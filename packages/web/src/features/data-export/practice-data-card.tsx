import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { Me } from '../../api/types';
import { ProblemAlert } from '../../ui/problem';
import { forgetSessionBecause } from '../session/session-cache';
import { PRACTICE_EXPORT_PATH } from './download-paths';

/**
 * The owner's: the whole practice as JSON, and deleting it for good once its name is typed out.
 * Deleting ends every sign-in, this one too, so the page goes back to signing in.
 */
export function PracticeDataCard({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/practice', { body: { confirm: typed } })),
    onSuccess: () => {
      forgetSessionBecause(queryClient, 'practiceDeleted');
      void navigate('/signin', { replace: true });
    },
  });
  const matches = typed.trim() === me.practice.name;

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="practice-data">
      <Stack gap="sm">
        <div>
          <Title order={2} fz="lg">
            {t('dataExport.practice.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('dataExport.practice.intro')}
          </Text>
        </div>
        <Group>
          <Button component="a" href={PRACTICE_EXPORT_PATH} download variant="default" data-testid="download-practice">
            {t('dataExport.practice.download')}
          </Button>
        </Group>
        <Alert color="red" variant="light" title={t('dataExport.practice.deleteTitle')}>
          <Stack gap="sm">
            <Text size="sm">{t('dataExport.practice.deleteWarning', { name: me.practice.name })}</Text>
            {remove.isError && <ProblemAlert error={remove.error} />}
            <TextInput
              label={t('dataExport.practice.confirmLabel', { name: me.practice.name })}
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
              autoComplete="off"
              data-testid="delete-practice-confirm"
            />
            <Group justify="flex-end">
              <Button color="red" disabled={!matches} loading={remove.isPending} onClick={() => remove.mutate()} data-testid="delete-practice">
                {t('dataExport.practice.delete')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      </Stack>
    </Card>
  );
}
