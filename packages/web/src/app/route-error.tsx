import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { ProblemText } from '../ui/problem';

/**
 * Shown when a page fails to load or render (a page whose script is gone after a deploy has
 * already loaded the new build once: router.tsx).
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <Center mih="60vh" p="lg">
      <Stack align="center" maw={480} ta="center">
        <Title order={1}>{t('errors.title')}</Title>
        <Text c="dimmed">
          <ProblemText error={error} />
        </Text>
        <Button onClick={() => window.location.reload()}>{t('errors.retry')}</Button>
      </Stack>
    </Center>
  );
}
