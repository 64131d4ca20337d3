import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import '../../i18n/security-catalog';
import { ProblemAlert } from '../../ui/problem';
import { forgetSessionBecause } from '../session/session-cache';

/** Ends every session and API token of the person, this browser's too, and goes to the sign-in page, which says why. */
export function SignOutEverywhereCard() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/logout-everywhere')),
    onSuccess: () => {
      forgetSessionBecause(queryClient, 'everywhere');
      void navigate('/signin', { replace: true });
    },
  });

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="sign-out-everywhere">
      <Stack gap="sm">
        <div>
          <Title order={2} fz="lg">
            {t('signOutEverywhere.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('signOutEverywhere.intro')}
          </Text>
        </div>
        {signOut.isError && <ProblemAlert error={signOut.error} />}
        <Group>
          <Button color="red" variant="light" loading={signOut.isPending} onClick={() => signOut.mutate()}>
            {t('signOutEverywhere.button')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
